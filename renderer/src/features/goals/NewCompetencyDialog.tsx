import type { CompetencyFields } from '../../../../shared/schema/competency';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui/ModalDialog';
import { CompetencyForm, emptyCompetency } from '../competencies';

interface NewCompetencyDialogProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onSave: (fields: CompetencyFields) => void;
}

/** Adds a competency without leaving the goal being written. */
export function NewCompetencyDialog({ isOpen, onOpenChange, onSave }: NewCompetencyDialogProps) {
  const t = useT();
  return (
    <ModalDialog isOpen={isOpen} onOpenChange={onOpenChange} aria-label={t('competencies.form.newHeading')}>
      {({ close }) => (
        <CompetencyForm
          heading={t('competencies.form.newHeading')}
          initial={emptyCompetency}
          submitLabel={t('goals.checklist.add')}
          onSave={onSave}
          onCancel={close}
        />
      )}
    </ModalDialog>
  );
}
