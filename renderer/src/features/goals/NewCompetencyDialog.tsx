import { Dialog, Modal, ModalOverlay } from 'react-aria-components';
import type { CompetencyFields } from '../../../../shared/schema/competency';
import { CompetencyForm, emptyCompetency } from '../competencies/CompetencyForm';
// The modal's look is the app's one dialog style, defined with the journal's new-entry dialog.
import '../journal/journal.css';

interface NewCompetencyDialogProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onSave: (fields: CompetencyFields) => void;
}

/** Adds a competency without leaving the goal being written. */
export function NewCompetencyDialog({ isOpen, onOpenChange, onSave }: NewCompetencyDialogProps) {
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog" aria-label="New competency">
          {({ close }) => (
            <CompetencyForm
              heading="New competency"
              initial={emptyCompetency}
              submitLabel="Add competency"
              onSave={onSave}
              onCancel={close}
            />
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
