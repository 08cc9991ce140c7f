import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendBlocks, fragmentToPlainText } from '../../../shared/schema/richText';
import { RichTextEditor } from '../../../renderer/src/features/editor/RichTextEditor';
import { bodyXml, LABEL, renderEditor } from './editorTestUtils';

/** Two-way sync between two docs, as the transport would do it (updates only, no shared objects). */
function connect(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'remote');
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(b, update, 'remote');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(a, update, 'remote');
  });
}

describe('RichTextEditor', () => {
  it('exposes a labelled multi-line textbox, a formatting toolbar and a ready flag', async () => {
    const { textbox } = await renderEditor();
    expect(textbox).toHaveAccessibleName(LABEL);
    expect(textbox).toHaveAttribute('aria-multiline', 'true');
    expect(textbox).toHaveAttribute('contenteditable', 'true');
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeInTheDocument();
    expect(screen.getByTestId('entry-editor')).toHaveAttribute('data-ready', 'true');
  });

  it('writes typed text into the Y.XmlFragment', async () => {
    const { fragment, textbox } = await renderEditor();
    const user = userEvent.setup();
    await user.click(textbox);
    await user.keyboard('Hello there');
    await waitFor(() => expect(fragmentToPlainText(fragment)).toBe('Hello there'));
  });

  it('writes paragraphs split with Enter as separate blocks', async () => {
    const { fragment, textbox } = await renderEditor();
    const user = userEvent.setup();
    await user.click(textbox);
    await user.keyboard('First{Enter}Second');
    await waitFor(() => expect(fragmentToPlainText(fragment)).toBe('First\nSecond'));
    expect(bodyXml(fragment)).toBe('<paragraph>First</paragraph><paragraph>Second</paragraph>');
  });

  it('shows a change made on another device, and sends local edits back', async () => {
    const laptop = new Y.Doc();
    const { doc, fragment, editor } = await renderEditor();
    connect(doc, laptop);

    const remote = new Y.Doc();
    appendBlocks(remote.getXmlFragment('body'), [{ type: 'paragraph', text: 'Written on the laptop' }]);
    Y.applyUpdate(laptop, Y.encodeStateAsUpdate(remote));

    await screen.findByText('Written on the laptop');
    expect(fragmentToPlainText(fragment)).toBe('Written on the laptop');

    editor.chain().focus('end').insertContent(' and edited here').run();
    expect(fragmentToPlainText(laptop.getXmlFragment('body'))).toBe('Written on the laptop and edited here');
  });

  it('is read-only without a toolbar when asked', async () => {
    const { textbox, fragment } = await renderEditor({ readOnly: true });
    expect(textbox).toHaveAttribute('contenteditable', 'false');
    expect(textbox).toHaveAttribute('aria-readonly', 'true');
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
    expect(screen.getByTestId('entry-editor')).toHaveAttribute('data-ready', 'true');
    const user = userEvent.setup();
    await user.click(textbox);
    await user.keyboard('nope');
    expect(fragmentToPlainText(fragment)).toBe('');
  });

  it('switches between editable and read-only without losing content', async () => {
    const { textbox, editor, rerender } = await renderEditor();
    editor.commands.insertContent('Kept');
    rerender({ readOnly: true });
    await waitFor(() => expect(textbox).toHaveAttribute('contenteditable', 'false'));
    rerender({ readOnly: false });
    await waitFor(() => expect(textbox).toHaveAttribute('contenteditable', 'true'));
    expect(textbox).toHaveTextContent('Kept');
  });

  it('shows the placeholder on an empty body and follows label and placeholder changes', async () => {
    const { textbox, rerender } = await renderEditor({ placeholder: 'What happened today?' });
    expect(textbox.querySelector('p')).toHaveAttribute('data-placeholder', 'What happened today?');
    rerender({ placeholder: 'Anything else?', label: 'Notes' });
    await waitFor(() =>
      expect(textbox.querySelector('p')).toHaveAttribute('data-placeholder', 'Anything else?'),
    );
    expect(textbox).toHaveAccessibleName('Notes');
  });

  it('binds to a different body when the fragment changes', async () => {
    const other = new Y.Doc();
    appendBlocks(other.getXmlFragment('body'), [{ type: 'paragraph', text: 'Another entry' }]);
    const { rerender, fragment } = await renderEditor();
    appendBlocks(fragment, [{ type: 'paragraph', text: 'First entry' }]);
    await screen.findByText('First entry');

    rerender({ fragment: other.getXmlFragment('body') });
    await screen.findByText('Another entry');
    expect(screen.queryByText('First entry')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('entry-editor')).toHaveAttribute('data-ready', 'true'));
  });

  it('takes focus when autoFocus is set', async () => {
    const { textbox } = await renderEditor({ autoFocus: true });
    await waitFor(() => expect(textbox).toHaveFocus());
  });

  it('works under StrictMode, as the app renders it', async () => {
    const doc = new Y.Doc();
    render(
      <StrictMode>
        <RichTextEditor fragment={doc.getXmlFragment('body')} label={LABEL} />
      </StrictMode>,
    );
    await waitFor(() => expect(screen.getByTestId('entry-editor')).toHaveAttribute('data-ready', 'true'));
    expect(screen.getAllByRole('textbox', { name: LABEL })).toHaveLength(1);
    const user = userEvent.setup();
    await user.click(screen.getByRole('textbox', { name: LABEL }));
    await user.keyboard('Strict');
    await waitFor(() => expect(fragmentToPlainText(doc.getXmlFragment('body'))).toBe('Strict'));
  });
});
