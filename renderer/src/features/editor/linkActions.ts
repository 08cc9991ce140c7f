import type { Editor } from '@tiptap/react';
import { isAllowedLinkUrl } from './linkUrl';

/**
 * Sets the link at the selection. With nothing selected, the link around the caret is
 * updated, or the address itself is inserted as the link's text.
 */
export function applyLink(editor: Editor, href: string, typedText: string): boolean {
  if (editor.isActive('link')) {
    return editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
  }
  if (editor.state.selection.empty) {
    const text = typedText.trim() || href;
    return (
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] })
        // Links are inclusive while autolink is on; without this the next words typed
        // would become part of the link.
        .unsetMark('link')
        .run()
    );
  }
  return editor.chain().focus().setLink({ href }).run();
}

export function removeLink(editor: Editor): boolean {
  return editor.chain().focus().extendMarkRange('link').unsetLink().run();
}

export type LinkClick = { open: false } | { open: true; href: string };

/**
 * What a click on the editor means for links: `null` when it did not land on one; otherwise
 * whether to open it. Ctrl/Cmd+click opens while editing (a plain click places the caret);
 * any click opens when the editor is read-only. The caller stops the browser's own handling
 * either way, so a link never navigates the app's window.
 */
export function classifyLinkClick(
  event: MouseEvent,
  root: HTMLElement,
  isMac: boolean,
  readOnly: boolean,
): LinkClick | null {
  const target = event.target;
  if (!(target instanceof Element)) return null;
  const anchor = target.closest('a[href]');
  if (!anchor || !root.contains(anchor)) return null;
  const wantsOpen = event.button === 0 && (readOnly || (isMac ? event.metaKey : event.ctrlKey));
  const href = anchor.getAttribute('href') ?? '';
  // The href was validated when the mark was rendered; checking again keeps this function
  // safe on its own, since what it returns goes straight to shell.openExternal.
  return wantsOpen && isAllowedLinkUrl(href) ? { open: true, href } : { open: false };
}
