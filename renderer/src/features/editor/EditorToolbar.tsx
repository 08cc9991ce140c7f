import type { Editor } from '@tiptap/react';
import {
  Bold,
  Heading2,
  Heading3,
  Italic,
  Link,
  List,
  ListChecks,
  ListOrdered,
  Redo2,
  Undo2,
  type LucideIcon,
} from 'lucide-react';
import { useCallback, useRef, type RefObject } from 'react';
import { Button, Toolbar, Tooltip, TooltipTrigger } from 'react-aria-components';
import { LinkPopover } from './LinkPopover';
import { ariaShortcut, formatShortcut, shortcutKeys, type Shortcuts } from './shortcuts';
import { useFormattingState, type FormattingState } from './useFormattingState';
import type { MessageId } from '../../../../shared/i18n/messages';
import { useT } from '../../i18n/useT';
import './toolbar.css';

export interface EditorToolbarProps {
  editor: Editor;
  isMac: boolean;
  isLinkOpen: boolean;
  onLinkOpenChange: (open: boolean) => void;
  onOpenLink?: (url: string) => void;
}

interface ToolbarAction {
  id: keyof Shortcuts;
  label: MessageId;
  Icon: LucideIcon;
  /** The icon points along the line (undo's arrow): turned round in right-to-left languages. */
  mirrored?: boolean;
  /** Toggles report `aria-pressed`; plain actions (undo, redo) leave it off. */
  pressed?: (state: FormattingState) => boolean;
  disabled?: (state: FormattingState) => boolean;
  run: (editor: Editor) => void;
}

const chain = (editor: Editor) => editor.chain().focus();

/** In display order; separators go between the groups. */
const GROUPS: ToolbarAction[][] = [
  [
    {
      id: 'heading2',
      label: 'editor.toolbar.heading2',
      Icon: Heading2,
      pressed: (s) => s.heading2,
      run: (e) => chain(e).toggleHeading({ level: 2 }).run(),
    },
    {
      id: 'heading3',
      label: 'editor.toolbar.heading3',
      Icon: Heading3,
      pressed: (s) => s.heading3,
      run: (e) => chain(e).toggleHeading({ level: 3 }).run(),
    },
  ],
  [
    {
      id: 'bold',
      label: 'editor.toolbar.bold',
      Icon: Bold,
      pressed: (s) => s.bold,
      run: (e) => chain(e).toggleBold().run(),
    },
    {
      id: 'italic',
      label: 'editor.toolbar.italic',
      Icon: Italic,
      pressed: (s) => s.italic,
      run: (e) => chain(e).toggleItalic().run(),
    },
  ],
  [
    {
      id: 'bulletList',
      label: 'editor.toolbar.bulletList',
      Icon: List,
      pressed: (s) => s.bulletList,
      run: (e) => chain(e).toggleBulletList().run(),
    },
    {
      id: 'orderedList',
      label: 'editor.toolbar.orderedList',
      Icon: ListOrdered,
      pressed: (s) => s.orderedList,
      run: (e) => chain(e).toggleOrderedList().run(),
    },
    {
      id: 'taskList',
      label: 'editor.toolbar.taskList',
      Icon: ListChecks,
      pressed: (s) => s.taskList,
      run: (e) => chain(e).toggleTaskList().run(),
    },
  ],
];

const HISTORY: ToolbarAction[] = [
  {
    id: 'undo',
    label: 'editor.toolbar.undo',
    Icon: Undo2,
    mirrored: true,
    disabled: (s) => !s.canUndo,
    run: (e) => chain(e).undo().run(),
  },
  {
    id: 'redo',
    label: 'editor.toolbar.redo',
    Icon: Redo2,
    mirrored: true,
    disabled: (s) => !s.canRedo,
    run: (e) => chain(e).redo().run(),
  },
];

interface ToolbarButtonProps {
  label: string;
  Icon: LucideIcon;
  mirrored?: boolean;
  shortcut: string;
  isMac: boolean;
  pressed?: boolean;
  disabled?: boolean;
  buttonRef?: RefObject<HTMLButtonElement | null>;
  onPress: () => void;
  expanded?: boolean;
}

function ToolbarButton({
  label,
  Icon,
  mirrored = false,
  shortcut,
  isMac,
  pressed,
  disabled,
  buttonRef,
  onPress,
  expanded,
}: ToolbarButtonProps) {
  const keyShortcuts = ariaShortcut(shortcut, isMac);
  // react-aria's Button drops ARIA attributes it does not know, aria-keyshortcuts among them,
  // so it is set on the element directly.
  const setButton = useCallback(
    (element: HTMLButtonElement | null) => {
      if (buttonRef) buttonRef.current = element;
      element?.setAttribute('aria-keyshortcuts', keyShortcuts);
    },
    [buttonRef, keyShortcuts],
  );
  return (
    <TooltipTrigger delay={600} closeDelay={100}>
      <Button
        ref={setButton}
        className="tandem-toolbar__button"
        aria-label={label}
        aria-pressed={pressed}
        aria-expanded={expanded}
        aria-haspopup={expanded === undefined ? undefined : 'dialog'}
        isDisabled={disabled}
        onPress={onPress}
      >
        <Icon
          aria-hidden="true"
          focusable="false"
          size={18}
          strokeWidth={2}
          className={mirrored ? 'mirror-in-rtl' : undefined}
        />
      </Button>
      <Tooltip className="tandem-tooltip" offset={6}>
        {label} <kbd className="tandem-tooltip__keys">{formatShortcut(shortcut, isMac)}</kbd>
      </Tooltip>
    </TooltipTrigger>
  );
}

/**
 * The formatting toolbar. react-aria's Toolbar gives it one Tab stop with arrow-key movement
 * between buttons, as the ARIA toolbar pattern describes.
 */
export function EditorToolbar({
  editor,
  isMac,
  isLinkOpen,
  onLinkOpenChange,
  onOpenLink,
}: EditorToolbarProps) {
  const state = useFormattingState(editor);
  const keys = shortcutKeys(isMac);
  const linkButtonRef = useRef<HTMLButtonElement>(null);
  const t = useT();

  const renderAction = (action: ToolbarAction) => (
    <ToolbarButton
      key={action.id}
      label={t(action.label)}
      Icon={action.Icon}
      mirrored={action.mirrored}
      shortcut={keys[action.id]}
      isMac={isMac}
      pressed={action.pressed?.(state)}
      disabled={action.disabled?.(state)}
      onPress={() => action.run(editor)}
    />
  );

  return (
    <>
      <Toolbar aria-label={t('editor.toolbar.label')} className="tandem-toolbar">
        {GROUPS.map((group, index) => (
          <div key={index} role="group" className="tandem-toolbar__group">
            {group.map(renderAction)}
          </div>
        ))}
        <div role="group" className="tandem-toolbar__group">
          <ToolbarButton
            label={t('editor.toolbar.link')}
            Icon={Link}
            shortcut={keys.link}
            isMac={isMac}
            pressed={state.link}
            expanded={isLinkOpen}
            buttonRef={linkButtonRef}
            onPress={() => onLinkOpenChange(!isLinkOpen)}
          />
        </div>
        <div role="group" className="tandem-toolbar__group">
          {HISTORY.map(renderAction)}
        </div>
      </Toolbar>
      {/* Outside the toolbar so its arrow-key handling never sees the URL field's keys. */}
      <LinkPopover
        editor={editor}
        triggerRef={linkButtonRef}
        isOpen={isLinkOpen}
        onOpenChange={onLinkOpenChange}
        currentHref={state.linkHref}
        onOpenLink={onOpenLink}
      />
    </>
  );
}
