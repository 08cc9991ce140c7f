import './domPolyfills';
import { render, screen, waitFor } from '@testing-library/react';
import type { Editor } from '@tiptap/react';
import { expect } from 'vitest';
import * as Y from 'yjs';
import {
  RichTextEditor,
  type RichTextEditorProps,
} from '../../../renderer/src/features/editor/RichTextEditor';

export const LABEL = 'Entry body';

/** Renders the editor over a real Y.Doc's `body` fragment and waits until it reports ready. */
export async function renderEditor(
  props: Partial<RichTextEditorProps> = {},
  doc: Y.Doc = new Y.Doc(),
): Promise<{
  doc: Y.Doc;
  fragment: Y.XmlFragment;
  editor: Editor;
  textbox: HTMLElement;
  rerender: (p: Partial<RichTextEditorProps>) => void;
}> {
  const fragment = props.fragment ?? doc.getXmlFragment('body');
  const view = render(<RichTextEditor label={LABEL} {...props} fragment={fragment} />);
  await waitFor(() => expect(screen.getByTestId('entry-editor')).toHaveAttribute('data-ready', 'true'));
  const textbox = screen.getByRole('textbox', { name: LABEL });
  return {
    doc,
    fragment,
    editor: editorOf(textbox),
    textbox,
    rerender: (next) =>
      view.rerender(<RichTextEditor label={LABEL} {...props} fragment={fragment} {...next} />),
  };
}

/** TipTap puts its Editor on the editable element; tests use it to place the selection. */
export function editorOf(textbox: HTMLElement): Editor {
  const editor = (textbox as HTMLElement & { editor?: Editor }).editor;
  if (!editor) throw new Error('No TipTap editor on this element');
  return editor;
}

/** A paste event as Chromium delivers it: jsdom has no DataTransfer, so the data is faked. */
export function pasteText(target: HTMLElement, text: string, html = ''): Event {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  const data: Record<string, string> = { 'text/plain': text, 'text/html': html };
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (type: string) => data[type] ?? '', types: Object.keys(data), files: [] },
  });
  target.dispatchEvent(event);
  return event;
}

/** Plain text of a few blank-line-separated paragraphs, `chars` long in total. */
export function makeLongText(chars: number): string {
  const sentence = 'Talked through the promotion case with Sam and wrote down the next steps. ';
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1) {
    const paragraph = `${i}: ${sentence.repeat(1 + (i % 4))}`.trimEnd();
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/**
 * The body as XML, the way Y.XmlFragment#toString prints it: node names lower-cased, marks as
 * tags. Yjs implements toString on its XML types but its typings do not declare it.
 */
export function bodyXml(fragment: Y.XmlFragment): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return fragment.toString();
}
