import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendBlocks, fragmentToPlainText } from '../../../shared/schema/richText';
import { bodyXml, renderEditor } from './editorTestUtils';

const button = (name: string) => screen.getByRole('button', { name });

describe('EditorToolbar', () => {
  it('toggles bold on the selection, writes the mark to Yjs and reports aria-pressed', async () => {
    const { editor, fragment } = await renderEditor();
    editor.chain().insertContent('Hello').selectAll().run();
    const user = userEvent.setup();

    expect(button('Bold')).toHaveAttribute('aria-pressed', 'false');
    await user.click(button('Bold'));
    expect(bodyXml(fragment)).toBe('<paragraph><bold>Hello</bold></paragraph>');
    await waitFor(() => expect(button('Bold')).toHaveAttribute('aria-pressed', 'true'));

    await user.click(button('Bold'));
    expect(bodyXml(fragment)).toBe('<paragraph>Hello</paragraph>');
    await waitFor(() => expect(button('Bold')).toHaveAttribute('aria-pressed', 'false'));
  });

  it('toggles italic', async () => {
    const { editor, fragment } = await renderEditor();
    editor.chain().insertContent('Quietly').selectAll().run();
    await userEvent.setup().click(button('Italic'));
    expect(bodyXml(fragment)).toBe('<paragraph><italic>Quietly</italic></paragraph>');
    await waitFor(() => expect(button('Italic')).toHaveAttribute('aria-pressed', 'true'));
  });

  it('turns the current paragraph into a level 2 or 3 heading and back', async () => {
    const { editor, fragment } = await renderEditor();
    editor.commands.insertContent('Goals');
    const user = userEvent.setup();

    await user.click(button('Heading 2'));
    expect(bodyXml(fragment)).toBe('<heading level="2">Goals</heading>');
    await waitFor(() => expect(button('Heading 2')).toHaveAttribute('aria-pressed', 'true'));
    expect(button('Heading 3')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('heading', { level: 2, name: 'Goals' })).toBeInTheDocument();

    await user.click(button('Heading 3'));
    expect(bodyXml(fragment)).toBe('<heading level="3">Goals</heading>');
    await waitFor(() => expect(button('Heading 3')).toHaveAttribute('aria-pressed', 'true'));

    await user.click(button('Heading 3'));
    expect(bodyXml(fragment)).toBe('<paragraph>Goals</paragraph>');
  });

  it('makes a checklist whose checkbox writes to the document', async () => {
    const { editor, fragment } = await renderEditor();
    editor.commands.insertContent('Ask for feedback');
    const user = userEvent.setup();

    await user.click(button('Checklist'));
    // Y.XmlElement#toString lower-cases node names; the stored names are camelCase.
    expect(bodyXml(fragment)).toBe(
      '<tasklist><taskitem checked="false"><paragraph>Ask for feedback</paragraph></taskitem></tasklist>',
    );
    expect((fragment.get(0) as Y.XmlElement).nodeName).toBe('taskList');
    await waitFor(() => expect(button('Checklist')).toHaveAttribute('aria-pressed', 'true'));
    expect(button('Bullet list')).toHaveAttribute('aria-pressed', 'false');

    await user.click(screen.getByRole('checkbox'));
    expect(bodyXml(fragment)).toContain('<taskitem checked="true">');
  });

  it('makes bullet and numbered lists', async () => {
    const { editor, fragment } = await renderEditor();
    editor.commands.insertContent('One');
    const user = userEvent.setup();

    await user.click(button('Bullet list'));
    expect(bodyXml(fragment)).toBe(
      '<bulletlist><listitem><paragraph>One</paragraph></listitem></bulletlist>',
    );
    await waitFor(() => expect(button('Bullet list')).toHaveAttribute('aria-pressed', 'true'));

    await user.click(button('Numbered list'));
    expect(bodyXml(fragment)).toMatch(/^<orderedlist[^>]*><listitem><paragraph>One<\/paragraph>/);
    await waitFor(() => expect(button('Numbered list')).toHaveAttribute('aria-pressed', 'true'));
    expect(button('Bullet list')).toHaveAttribute('aria-pressed', 'false');
  });

  it('undoes and redoes through Yjs, leaving edits from other devices alone', async () => {
    const { doc, editor, fragment } = await renderEditor();
    const user = userEvent.setup();
    expect(button('Undo')).toBeDisabled();

    editor.commands.insertContent('Mine');
    await waitFor(() => expect(button('Undo')).toBeEnabled());

    // An edit from another device, merged into this document.
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    appendBlocks(remote.getXmlFragment('body'), [{ type: 'paragraph', text: 'Theirs' }]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)));
    expect(fragmentToPlainText(fragment)).toBe('Mine\nTheirs');

    await user.click(button('Undo'));
    expect(fragmentToPlainText(fragment)).toBe('Theirs');
    await waitFor(() => expect(button('Redo')).toBeEnabled());

    await user.click(button('Redo'));
    expect(fragmentToPlainText(fragment)).toBe('Mine\nTheirs');
  });

  it('undoes with the keyboard shortcut', async () => {
    const { fragment, textbox } = await renderEditor();
    const user = userEvent.setup();
    await user.click(textbox);
    await user.keyboard('Draft');
    expect(fragmentToPlainText(fragment)).toBe('Draft');
    await user.keyboard('{Control>}z{/Control}');
    expect(fragmentToPlainText(fragment)).toBe('');
  });

  it('is one Tab stop with arrow keys between buttons, and shows shortcuts in tooltips', async () => {
    const { textbox } = await renderEditor();
    const user = userEvent.setup();

    await user.tab();
    expect(button('Heading 2')).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Heading 2 Ctrl+Alt+2');

    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(button('Bold')).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent('Bold Ctrl+B'));
    expect(button('Bold')).toHaveAttribute('aria-keyshortcuts', 'Control+B');

    await user.keyboard('{ArrowLeft}');
    expect(button('Heading 3')).toHaveFocus();

    await user.tab();
    expect(textbox).toHaveFocus();
  });

  it('labels every button, hides the icons and names each shortcut', async () => {
    await renderEditor();
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    const names = [
      'Heading 2',
      'Heading 3',
      'Bold',
      'Italic',
      'Bullet list',
      'Numbered list',
      'Checklist',
      'Link',
      'Undo',
      'Redo',
    ];
    for (const name of names) {
      const b = button(name);
      expect(toolbar).toContainElement(b);
      expect(b).toHaveAttribute('aria-keyshortcuts');
      expect(b.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    }
    expect(button('Redo')).toHaveAttribute('aria-keyshortcuts', 'Control+Y');
  });
});
