import type { Editor } from '@tiptap/react';
import { ExternalLink, Unlink } from 'lucide-react';
import { useState, type RefObject, type SyntheticEvent } from 'react';
import { Button, Dialog, Heading, Input, Label, Popover, Text, TextField } from 'react-aria-components';
import { applyLink, removeLink } from './linkActions';
import { parseLinkInput } from './linkUrl';
import { useT } from '../../i18n/useT';
import './linkPopover.css';

export interface LinkPopoverProps {
  editor: Editor;
  triggerRef: RefObject<HTMLButtonElement | null>;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** The link at the selection when the popover opened, if there is one. */
  currentHref: string | null;
  onOpenLink?: (url: string) => void;
}

interface LinkFormProps extends Omit<LinkPopoverProps, 'triggerRef' | 'isOpen' | 'onOpenChange'> {
  close: () => void;
}

function LinkForm({ editor, currentHref, onOpenLink, close }: LinkFormProps) {
  // The form mounts each time the popover opens, so it starts from the link being edited.
  const [value, setValue] = useState(currentHref?.replace(/^mailto:/, '') ?? '');
  const [error, setError] = useState<string | null>(null);
  const t = useT();

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseLinkInput(value);
    if (!parsed.ok) {
      setError(t(`editor.link.${parsed.problem}`));
      return;
    }
    if (!applyLink(editor, parsed.href, value)) {
      setError(t('editor.link.notHere'));
      return;
    }
    close();
  };

  return (
    <form className="tandem-link-form" onSubmit={submit} noValidate>
      <Heading slot="title" className="tandem-link-form__title">
        {t(currentHref ? 'editor.link.editTitle' : 'editor.link.addTitle')}
      </Heading>
      <TextField
        className="tandem-link-form__field"
        value={value}
        onChange={(next) => {
          setValue(next);
          setError(null);
        }}
        isInvalid={error !== null}
        // Validation is ours (parseLinkInput); the browser's own would block the submit event.
        validationBehavior="aria"
        autoFocus
      >
        <Label>{t('editor.link.addressLabel')}</Label>
        <Input type="text" inputMode="url" placeholder="https://example.com" spellCheck={false} />
        {error !== null && (
          <Text slot="errorMessage" role="alert" className="tandem-link-form__error">
            {error}
          </Text>
        )}
      </TextField>
      <div className="tandem-link-form__actions">
        <Button type="submit" className="tandem-button tandem-button--primary">
          {t(currentHref ? 'editor.link.update' : 'editor.link.add')}
        </Button>
        {currentHref !== null && onOpenLink && (
          <Button
            className="tandem-button"
            onPress={() => {
              onOpenLink(currentHref);
              close();
            }}
          >
            <ExternalLink aria-hidden="true" focusable="false" size={16} />
            {t('editor.link.open')}
          </Button>
        )}
        {currentHref !== null && (
          <Button
            className="tandem-button"
            onPress={() => {
              removeLink(editor);
              close();
            }}
          >
            <Unlink aria-hidden="true" focusable="false" size={16} />
            {t('editor.link.remove')}
          </Button>
        )}
        <Button className="tandem-button" onPress={close}>
          {t('editor.link.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** A small dialog, anchored to the toolbar's Link button, to add, change or remove a link. */
export function LinkPopover({ triggerRef, isOpen, onOpenChange, ...formProps }: LinkPopoverProps) {
  return (
    <Popover
      triggerRef={triggerRef}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      placement="bottom start"
      className="tandem-popover"
    >
      <Dialog className="tandem-popover__dialog">
        <LinkForm {...formProps} close={() => onOpenChange(false)} />
      </Dialog>
    </Popover>
  );
}
