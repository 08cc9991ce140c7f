import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fragmentToPlainText } from '../../../shared/schema/richText';
import { LABEL, renderEditor } from './editorTestUtils';

describe('RichTextEditor', () => {
  it('exposes an accessible multi-line textbox and a formatting toolbar', async () => {
    const { textbox } = await renderEditor();
    expect(textbox).toHaveAttribute('aria-multiline', 'true');
    expect(textbox).toHaveAttribute('contenteditable', 'true');
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeInTheDocument();
    expect(screen.getByTestId('entry-editor')).toHaveAttribute('data-ready', 'true');
    expect(LABEL).toBe('Entry body');
  });

  it('writes typed text into the Y.XmlFragment', async () => {
    const { fragment, textbox } = await renderEditor();
    const user = userEvent.setup();
    await user.click(textbox);
    await user.keyboard('Hello');
    await waitFor(() => expect(fragmentToPlainText(fragment)).toBe('Hello'));
  });
});
