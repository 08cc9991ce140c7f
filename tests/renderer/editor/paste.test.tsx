import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendBlocks, fragmentToPlainText } from '../../../shared/schema/richText';
import { MAX_PASTE_CHARS } from '../../../renderer/src/features/editor/plainTextPaste';
import { bodyXml, makeLongText, pasteText, renderEditor } from './editorTestUtils';

describe('pasting plain text', () => {
  it('lands a 1 MB paste in the fragment in one update and one undo step', async () => {
    const { doc, fragment, textbox } = await renderEditor();
    const text = makeLongText(1_000_000);
    const paragraphs = text.split('\n\n');
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    const started = performance.now();
    const event = pasteText(textbox, text);
    const elapsed = performance.now() - started;

    expect(event.defaultPrevented).toBe(true);
    expect(fragment.length).toBe(paragraphs.length);
    expect(fragmentToPlainText(fragment)).toBe(paragraphs.join('\n'));
    expect(updates).toHaveLength(1);
    // Not a benchmark (that is `npm run bench`): a loose ceiling that only trips if pasting
    // goes quadratic. It measures 0.5 to 1.2 s in jsdom.
    expect(elapsed).toBeLessThan(10_000);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Undo' }));
    expect(fragmentToPlainText(fragment)).toBe('');
  }, 30_000);

  it('keeps blank-line paragraphs, with their line breaks as hard breaks', async () => {
    const { fragment, textbox } = await renderEditor();
    pasteText(textbox, 'Dear Sam,\nthanks for today.\n\nNext steps:\n\n\nAsk for feedback');
    expect(bodyXml(fragment)).toBe(
      '<paragraph>Dear Sam,<hardbreak></hardbreak>thanks for today.</paragraph>' +
        '<paragraph>Next steps:</paragraph><paragraph>Ask for feedback</paragraph>',
    );
  });

  it('makes each line a paragraph when the text has no blank lines', async () => {
    const { fragment, textbox } = await renderEditor();
    pasteText(textbox, 'one\r\ntwo\nthree\n');
    expect(bodyXml(fragment)).toBe(
      '<paragraph>one</paragraph><paragraph>two</paragraph><paragraph>three</paragraph>',
    );
  });

  it('joins the first and last pasted lines to the text around the caret', async () => {
    const { editor, fragment, textbox } = await renderEditor();
    editor.commands.insertContent('Hello world');
    editor.commands.setTextSelection(7);
    pasteText(textbox, 'big\n\nwide ');
    expect(fragmentToPlainText(fragment)).toBe('Hello big\nwide world');
  });

  it('refuses a paste over the limit whole, says so, and clears the message on the next edit', async () => {
    const { doc, fragment, textbox, editor } = await renderEditor();
    const event = pasteText(textbox, 'x'.repeat(MAX_PASTE_CHARS + 1));
    expect(event.defaultPrevented).toBe(true);
    expect(fragment.length).toBe(0);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing was pasted: that is 2,000,001 characters, and an entry accepts at most 2,000,000 at a time.',
    );

    // An edit synced in from another device is not this person's next edit.
    const remote = new Y.Doc();
    appendBlocks(remote.getXmlFragment('body'), [{ type: 'paragraph', text: 'From the laptop' }]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote));
    await screen.findByText('From the laptop');
    expect(screen.getByRole('alert')).toBeInTheDocument();

    editor.commands.insertContent('typed');
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
