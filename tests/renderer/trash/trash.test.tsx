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

  it('deletes an item forever after a confirmation that Cancel backs out of, then the trash is empty', async () => {
    const { user, services } = await renderJournal();
    await createFromTemplate(user, 'Blank page');
    await user.type(screen.getByLabelText('Title'), 'Gone for good');
    await waitFor(() =>
      expect(within(entryList()!).getByRole('link', { name: /^Gone for good/ })).toBeInTheDocument(),
    );
    const id = window.location.hash.split('/').pop()!;
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(await screen.findByRole('link', { name: 'Trash: deleted items' }));

    await user.click(await screen.findByRole('button', { name: 'Delete forever: Gone for good' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete for good' });
    expect(dialog).toHaveTextContent('Delete “Gone for good” forever?');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('list', { name: 'Deleted items' })).toHaveTextContent('Gone for good');

    await user.click(screen.getByRole('button', { name: 'Empty trash' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete for good' });
    expect(confirm).toHaveTextContent('Delete 1 item in the trash forever?');
    const dbName = `${namePrefix(services)}item:${id}`;
    const databases = async () => (await indexedDB.databases()).map((db) => db.name);
    expect(await databases()).toContain(dbName);
    await user.click(within(confirm).getByRole('button', { name: 'Delete forever' }));
    expect(await screen.findByText('The trash is empty.')).toBeInTheDocument();
    expect(await screen.findByText('1 item was removed for good.')).toBeInTheDocument();
    expect(await databases()).not.toContain(dbName);
  });
});

function namePrefix(services: { vault: { persistence: { dbName: string } } }): string {
  return services.vault.persistence.dbName.slice(0, -'vault'.length);
}
