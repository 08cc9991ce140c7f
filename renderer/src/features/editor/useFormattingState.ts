import { useEditorState, type Editor } from '@tiptap/react';

/** What the toolbar shows: which marks and blocks are active, and what can be undone. */
export interface FormattingState {
  heading2: boolean;
  heading3: boolean;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  taskList: boolean;
  link: boolean;
  /** The href of the link at the selection, if any, to prefill the link popover. */
  linkHref: string | null;
  canUndo: boolean;
  canRedo: boolean;
}

function readFormattingState(editor: Editor): FormattingState {
  const href: unknown = editor.getAttributes('link').href;
  return {
    heading2: editor.isActive('heading', { level: 2 }),
    heading3: editor.isActive('heading', { level: 3 }),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    // A checklist inside a bullet list item reads as a checklist, not a bullet list: the
    // innermost list is the one the toolbar button would toggle.
    bulletList: editor.isActive('bulletList') && !editor.isActive('taskList'),
    orderedList: editor.isActive('orderedList') && !editor.isActive('taskList'),
    taskList: editor.isActive('taskList'),
    link: editor.isActive('link'),
    linkHref: typeof href === 'string' && href !== '' ? href : null,
    // The Collaboration extension's commands answer from Yjs's UndoManager stacks, so these
    // only count this person's own changes, never edits synced in from another device.
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

/**
 * Re-renders the toolbar only when one of these values changes, instead of on every keystroke
 * (the editor itself is created with `shouldRerenderOnTransaction: false`).
 */
export function useFormattingState(editor: Editor): FormattingState {
  return useEditorState({ editor, selector: ({ editor: current }) => readFormattingState(current) });
}
