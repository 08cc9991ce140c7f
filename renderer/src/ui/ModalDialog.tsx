import { Dialog, Modal, ModalOverlay, type DialogProps } from 'react-aria-components';
import './modal.css';

interface ModalDialogProps extends Pick<DialogProps, 'children' | 'aria-label' | 'aria-labelledby'> {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
}

/** A dialog over the dimmed page, in the app's one dialog style; Escape or a click outside closes it. */
export function ModalDialog({ isOpen, onOpenChange, children, ...labelling }: ModalDialogProps) {
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog" {...labelling}>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
