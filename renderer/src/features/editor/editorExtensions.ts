import type { AnyExtension } from '@tiptap/react';
import { Extension } from '@tiptap/react';
import Collaboration from '@tiptap/extension-collaboration';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import Placeholder from '@tiptap/extension-placeholder';
import StarterKit from '@tiptap/starter-kit';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { isAllowedLinkValue } from './linkUrl';
import { PlainTextPaste, type PasteRefusal } from './plainTextPaste';

export interface EditorExtensionOptions {
  fragment: Y.XmlFragment;
  /** A function, so a new placeholder shows without rebuilding the editor. */
  placeholder: () => string;
  /** Called by the link shortcut; the toolbar opens its link popover. */
  onLinkShortcut: () => void;
  /** Called when a paste is refused for its size. */
  onPasteRefused: (refused: PasteRefusal) => void;
  /** What a screen reader calls an empty checklist item's checkbox; read when it is drawn. */
  emptyChecklistItem?: () => string;
}

/**
 * The journal body's schema and behaviour. Node names are StarterKit's, because
 * shared/schema/richText.ts writes template bodies with those names into the same fragment.
 */
export function editorExtensions({
  fragment,
  placeholder,
  onLinkShortcut,
  onPasteRefused,
  emptyChecklistItem = () => 'Empty checklist item',
}: EditorExtensionOptions): AnyExtension[] {
  return [
    StarterKit.configure({
      // Collaboration brings Yjs's UndoManager, which only undoes this person's own changes;
      // ProseMirror's history would also undo edits that arrived from another device.
      undoRedo: false,
      heading: { levels: [1, 2, 3] },
      // TrailingNode appends an empty paragraph whenever a body ends in a heading or list, and
      // it does so into Yjs: merely opening a template-seeded entry would change it, and two
      // devices opening it offline would each add one, leaving two after they sync.
      trailingNode: false,
      link: {
        // Plain clicks place the caret; Ctrl/Cmd+click opens (handled in RichTextEditor).
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        // Only http, https and mailto. `protocols` is left empty because it can only *add*
        // schemes (linkify knows these three already); the allow-list is these validators,
        // which replace the extension's own (that one also passes ftp:, tel:, sms: and
        // relative URLs). They run on typed, pasted, autolinked and synced-in links alike.
        isAllowedUri: (url) => isAllowedLinkValue(url),
        shouldAutoLink: (url) => isAllowedLinkValue(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    TaskList,
    TaskItem.configure({
      nested: true,
      // Named after the item's own line (not nested items' text), so a screen reader says
      // "Ask for feedback, checkbox, not checked".
      a11y: { checkboxLabel: (node) => node.firstChild?.textContent || emptyChecklistItem() },
    }),
    Placeholder.configure({ placeholder: () => placeholder() }),
    Collaboration.configure({ fragment }),
    PlainTextPaste.configure({ onPasteRefused }),
    Extension.create({
      name: 'tandemLinkShortcut',
      addKeyboardShortcuts() {
        return {
          'Mod-Shift-k': () => {
            onLinkShortcut();
            return true;
          },
        };
      },
    }),
  ];
}

/** Props the editor reads when it needs them rather than when it is built. */
export interface LiveEditorProps {
  readonly current: { readonly placeholder: string; readonly emptyChecklistItem: string };
}

/**
 * The extensions for one body, kept for as long as the fragment is the same: new extensions
 * mean a new editor, which would drop the selection and the undo history. The callbacks must
 * be stable (state setters are).
 */
export function useEditorExtensions(
  fragment: Y.XmlFragment,
  live: LiveEditorProps,
  onLinkShortcut: () => void,
  onPasteRefused: (refused: PasteRefusal) => void,
): AnyExtension[] {
  return useMemo(
    () =>
      editorExtensions({
        fragment,
        // Read on each render of the decorations, so a new placeholder needs no new editor.
        placeholder: () => live.current.placeholder,
        onLinkShortcut,
        onPasteRefused,
        emptyChecklistItem: () => live.current.emptyChecklistItem,
      }),
    [fragment, live, onLinkShortcut, onPasteRefused],
  );
}
