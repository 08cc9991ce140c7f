import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFromTemplate, freshBootOptions, renderJournal } from '../journal/renderApp';

const entryList = () => screen.queryByRole('navigation', { name: 'Journal entries' });

describe('trash', () => {
  it('lists a deleted entry with when it goes for good, and Restore (by keyboard) brings it back', async () => {
    const now = new Date(2026, 2, 3, 9).getTime();
    const { user } = await renderJournal(freshBootOptions({ now: () => now }));
    await createFromTemplate(user, 'Blank page');
    await user.type(screen.getByLabelText('Title'), 'Thinking of leaving');
    await waitFor(() =>
      expect(within(entryList()!).getByRole('link', { name: /^Thinking of leaving/ })).toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(entryList()).not.toBeInTheDocument());

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(await screen.findByRole('link', { name: 'Trash: deleted items' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Trash' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Deleted items' });
    const row = within(list).getByRole('listitem');
    expect(row).toHaveTextContent('Thinking of leaving');
    expect(row).toHaveTextContent('Journal entry · Deleted 3 Mar 2026 · removed for good on 2 Apr 2026');

    const restore = within(row).getByRole('button', { name: 'Restore Thinking of leaving' });
    restore.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('The trash is empty.')).toBeInTheDocument();
    expect(screen.getByText(/^Restored “/).closest('span')).toHaveTextContent(
      'Restored “Thinking of leaving”',
    );

    await user.click(screen.getByRole('link', { name: 'Journal' }));
    await waitFor(() =>
      expect(within(entryList()!).getByRole('link', { name: /^Thinking of leaving/ })).toBeInTheDocument(),
    );
  });
});
