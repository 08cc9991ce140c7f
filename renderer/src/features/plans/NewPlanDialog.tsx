import { useState } from 'react';
import { Heading } from 'react-aria-components';
import type { PlanDetails } from '../../../../shared/schema/plan';
import { ModalDialog } from '../../ui/ModalDialog';
import { PlanDetailsForm } from './PlanDetailsForm';

interface NewPlanDialogProps {
  goalId: string | null;
  onCreate: (details: PlanDetails) => Promise<void>;
  onClose: () => void;
}

/** Starts a plan: a title, optionally the goal it serves, and how often to review it. */
export function NewPlanDialog({ goalId, onCreate, onClose }: NewPlanDialogProps) {
  const [error, setError] = useState<string | null>(null);
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} aria-labelledby="new-plan-heading">
      <Heading slot="title" id="new-plan-heading">
        New development plan
      </Heading>
      <p className="dialog-lead">Add skill gaps, activities and milestones once it is created.</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <PlanDetailsForm
        label="New plan"
        saveLabel="Create plan"
        showStatus={false}
        initial={{ title: '', goalId, status: 'active', reviewCadence: 'monthly' }}
        onCancel={onClose}
        onSave={(details) => {
          onCreate(details).catch((cause: unknown) =>
            setError(
              `The plan could not be created: ${cause instanceof Error ? cause.message : String(cause)}`,
            ),
          );
        }}
      />
    </ModalDialog>
  );
}
