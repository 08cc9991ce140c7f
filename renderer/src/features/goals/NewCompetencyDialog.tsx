import type { CompetencyFields } from '../../../../shared/schema/competency';
import { ModalDialog } from '../../ui/ModalDialog';
import { CompetencyForm, emptyCompetency } from '../competencies';

interface NewCompetencyDialogProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onSave: (fields: CompetencyFields) => void;
}

/** Adds a competency without leaving the goal being written. */
export function NewCompetencyDialog({ isOpen, onOpenChange, onSave }: NewCompetencyDialogProps) {
  return (
    <ModalDialog isOpen={isOpen} onOpenChange={onOpenChange} aria-label="New competency">
      {({ close }) => (
        <CompetencyForm
          heading="New competency"
          initial={emptyCompetency}
          submitLabel="Add competency"
          onSave={onSave}
          onCancel={close}
        />
      )}
    </ModalDialog>
  );
}
