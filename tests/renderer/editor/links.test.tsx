import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { bodyXml, renderEditor } from './editorTestUtils';

/** The link attributes stored in Yjs for the first text run of the body. */
function firstLinkHref(fragment: Y.XmlFragment): unknown {
  const paragraph = fragment.get(0) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText;
  const delta = text.toDelta() as { insert: string; attributes?: { link?: { href?: unknown } } }[];
  return delta.find((op) => op.attributes?.link)?.attributes?.link?.href;
}

/** A body whose paragraph holds a link, built the way a synced peer's update would arrive. */
function docWithLink(href: string): Y.Doc {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.getXmlFragment('body').insert(0, [paragraph]);
  text.insert(0, 'See ');
  text.insert(4, 'the notes', { link: { href } });
  return doc;
}

describe('links', () => {
  it('rejects javascript: and other unsafe URLs with a message, then accepts a web address', async () => {
    const { editor, fragment } = await renderEditor();
    editor.chain().insertContent('the plan').selectAll().run();
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add link' });
    const field = screen.getByRole('textbox', { name: 'Web or email address' });
    expect(field).toHaveFocus();

    await user.type(field, 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Add link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only web (http, https) and email (mailto) links are allowed.',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Only web/);
    expect(firstLinkHref(fragment)).toBeUndefined();
    expect(dialog).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, 'example.com/plan{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(firstLinkHref(fragment)).toBe('https://example.com/plan');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Link' })).toHaveAttribute('aria-pressed', 'true'),
    );
  });

  it('inserts the address as text when nothing is selected, and removes links', async () => {
    const { editor, fragment } = await renderEditor({ onOpenLink: vi.fn() });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Link' }));
    await user.type(screen.getByRole('textbox', { name: 'Web or email address' }), 'sam@example.com{Enter}');
    expect(firstLinkHref(fragment)).toBe('mailto:sam@example.com');
    expect(screen.getByText('sam@example.com').closest('a')).toHaveAttribute(
      'href',
      'mailto:sam@example.com',
    );

    editor.commands.setTextSelection(3);
    await user.click(screen.getByRole('button', { name: 'Link' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit link' });
    expect(screen.getByRole('textbox', { name: 'Web or email address' })).toHaveValue('sam@example.com');
    await user.click(screen.getByRole('button', { name: 'Remove link' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(firstLinkHref(fragment)).toBeUndefined();
    expect(bodyXml(fragment)).toBe('<paragraph>sam@example.com</paragraph>');
  });

  it('autolinks typed web addresses but not other schemes', async () => {
    const { editor, fragment } = await renderEditor();
    // One transaction per keystroke, as typing in Chromium produces them.
    const type = (text: string) => {
      for (const char of text) editor.view.dispatch(editor.state.tr.insertText(char));
    };
    editor.commands.focus();
    type('notes at example.com/plan and javascript:alert(1) ok');
    expect(firstLinkHref(fragment)).toBe('https://example.com/plan');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(bodyXml(fragment)).toContain('and javascript:alert(1) ok');
  });

  it('opens the link dialog with the keyboard shortcut and closes it with Escape', async () => {
    const { textbox } = await renderEditor();
    const user = userEvent.setup();
    await user.click(textbox);
    await user.keyboard('{Control>}{Shift>}k{/Shift}{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Add link' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('opens a link on Ctrl+click or from the dialog, not on a plain click', async () => {
    const onOpenLink = vi.fn();
    const { editor } = await renderEditor({ onOpenLink }, docWithLink('https://example.com/notes'));
    const anchor = screen.getByText('the notes').closest('a')!;
    expect(anchor).toHaveAttribute('href', 'https://example.com/notes');
    expect(anchor).not.toHaveAttribute('target');

    expect(fireEvent.click(anchor)).toBe(false); // default prevented: never navigates the window
    expect(onOpenLink).not.toHaveBeenCalled();

    fireEvent.click(anchor, { ctrlKey: true });
    expect(onOpenLink).toHaveBeenCalledWith('https://example.com/notes');

    editor.commands.setTextSelection(7);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Link' }));
    await user.click(await screen.findByRole('button', { name: 'Open link' }));
    expect(onOpenLink).toHaveBeenCalledTimes(2);
  });

  it('opens links on a plain click when read-only', async () => {
    const onOpenLink = vi.fn();
    await renderEditor({ onOpenLink, readOnly: true }, docWithLink('mailto:sam@example.com'));
    fireEvent.click(screen.getByText('the notes'));
    expect(onOpenLink).toHaveBeenCalledWith('mailto:sam@example.com');
  });

  it('neither renders nor opens a javascript: link that arrived from another device', async () => {
    const onOpenLink = vi.fn();
    await renderEditor({ onOpenLink, readOnly: true }, docWithLink('javascript:alert(1)'));
    const anchor = screen.getByText('the notes').closest('a')!;
    expect(anchor.getAttribute('href')).toBe('');
    fireEvent.click(anchor, { ctrlKey: true });
    expect(onOpenLink).not.toHaveBeenCalled();
  });
});
