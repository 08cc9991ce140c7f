import { Heading } from 'react-aria-components';
import { useMemo } from 'react';
import { templatesIn } from '../../../../shared/journal/templates';
import { useT } from '../../i18n/useT';
import { ModalDialog } from '../../ui/ModalDialog';

interface NewEntryDialogProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onChoose: (templateId: string) => void;
}

/** Picks how a new entry starts: a guided template or a blank page. */
export function NewEntryDialog({ isOpen, onOpenChange, onChoose }: NewEntryDialogProps) {
  const t = useT();
  const templates = useMemo(() => templatesIn(t), [t]);
  return (
    <ModalDialog isOpen={isOpen} onOpenChange={onOpenChange}>
      {({ close }) => (
        <>
          <Heading slot="title">{t('journal.newEntry.title')}</Heading>
          <p className="dialog-lead">{t('journal.newEntry.lead')}</p>
          <ul className="template-list">
            {templates.map((template) => (
              <li key={template.id}>
                <button
                  type="button"
                  className="template-choice"
                  aria-describedby={`template-${template.id}-desc`}
                  autoFocus={template === templates[0]}
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
              {t('journal.newEntry.cancel')}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
