import { useState } from 'react';
import { Heading } from 'react-aria-components';
import type { PlanDetails } from '../../../../shared/schema/plan';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui/ModalDialog';
import { PlanDetailsForm } from './PlanDetailsForm';

interface NewPlanDialogProps {
  goalId: string | null;
  onCreate: (details: PlanDetails) => Promise<void>;
  onClose: () => void;
}

/** Starts a plan: a title, optionally the goal it serves, and how often to review it. */
export function NewPlanDialog({ goalId, onCreate, onClose }: NewPlanDialogProps) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} aria-labelledby="new-plan-heading">
      <Heading slot="title" id="new-plan-heading">
        {t('plans.dialog.heading')}
      </Heading>
      <p className="dialog-lead">{t('plans.dialog.lead')}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <PlanDetailsForm
        label={t('plans.page.new')}
        saveLabel={t('plans.dialog.create')}
        showStatus={false}
        initial={{ title: '', goalId, status: 'active', reviewCadence: 'monthly' }}
        onCancel={onClose}
        onSave={(details) => {
          onCreate(details).catch((cause: unknown) =>
            setError(
              t('plans.dialog.failed', { reason: cause instanceof Error ? cause.message : String(cause) }),
            ),
          );
        }}
      />
    </ModalDialog>
  );
}
