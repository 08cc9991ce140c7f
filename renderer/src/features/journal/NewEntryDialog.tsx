import { Heading } from 'react-aria-components';
import { reflectionTemplates } from '../../../../shared/journal/templates';
import { ModalDialog } from '../../ui/ModalDialog';

interface NewEntryDialogProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onChoose: (templateId: string) => void;
}

/** Picks how a new entry starts: a guided template or a blank page. */
export function NewEntryDialog({ isOpen, onOpenChange, onChoose }: NewEntryDialogProps) {
  return (
    <ModalDialog isOpen={isOpen} onOpenChange={onOpenChange}>
      {({ close }) => (
        <>
          <Heading slot="title">New entry</Heading>
          <p className="dialog-lead">Start from a guided template, or from a blank page.</p>
          <ul className="template-list">
            {reflectionTemplates.map((template) => (
              <li key={template.id}>
                <button
                  type="button"
                  className="template-choice"
                  aria-describedby={`template-${template.id}-desc`}
                  autoFocus={template === reflectionTemplates[0]}
                  onClick={() => {
                    close();
                    onChoose(template.id);
                  }}
                >
                  <span className="template-name">{template.name}</span>
                  <span id={`template-${template.id}-desc`} className="template-desc">
                    {template.description}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
