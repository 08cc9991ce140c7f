import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppServicesContext, type AppServices } from '../../../renderer/src/services/AppServicesContext';
import { BackupSection } from '../../../renderer/src/features/backup/BackupSection';
import { MemoryBackupApi, seededJournal } from './backupFixtures';

/**
 * Settings → Export and backup with a backup encrypted whole: the passphrase is asked twice when
 * it is made, and once to open it for a restore, by keyboard; each refusal (wrong passphrase, a
 * file cut short, an altered file) says its own sentence and restores nothing.
 */

const open: AppServices[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.store.closeAll();
});

async function renderSection(memory: MemoryBackupApi) {
  const services = await seededJournal();
  open.push(services);
  const user = userEvent.setup();
  render(
    <AppServicesContext.Provider value={services}>
      <BackupSection api={memory.api} reload={vi.fn()} />
    </AppServicesContext.Provider>,
  );
  return user;
}

async function makeEncryptedBackup(memory: MemoryBackupApi) {
  memory.nextSaveName = 'backup.zip';
  const user = await renderSection(memory);
  await user.click(screen.getByLabelText('Encrypt the whole backup with a passphrase'));
  await user.type(screen.getByLabelText('Passphrase'), 'correct horse battery');
  await user.type(screen.getByLabelText('Passphrase again'), 'correct horse batter');
  expect(screen.getByText('The two passphrases differ.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Create backup…' })).toBeDisabled();
  await user.type(screen.getByLabelText('Passphrase again'), 'y');
  await user.click(screen.getByRole('button', { name: 'Create backup…' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Saved a backup of');
  expect(memory.encryptedWith).toBe('correct horse battery');
  return user;
}

describe('encrypted backup', () => {
  it('asks for the passphrase to open it; a wrong one is refused and it can be tried again', async () => {
    const memory = new MemoryBackupApi();
    const user = await makeEncryptedBackup(memory);

    await user.click(screen.getByRole('button', { name: 'Restore from backup…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open an encrypted backup' });
    expect(dialog).toHaveTextContent('backup.zip is encrypted.');
    const field = within(dialog).getByLabelText('Passphrase');
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('not the passphrase{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'That passphrase does not open this backup. Nothing was changed.',
    );
    expect(field).toHaveAccessibleDescription(
      'That passphrase does not open this backup. Nothing was changed.',
    );
    await user.clear(field);
    await user.keyboard('correct horse battery{Enter}');

    const confirm = await screen.findByRole('dialog', { name: 'Restore from backup' });
    expect(confirm).toHaveTextContent('backup.zip: 6 documents');
    expect(screen.queryByRole('dialog', { name: 'Open an encrypted backup' })).not.toBeInTheDocument();
    expect(memory.restoreCalls).toBe(0);
  });

  it.each([
    [
      'truncated',
      'This backup file is cut short (it was not copied or saved completely). Nothing was changed.',
    ],
    [
      'damaged',
      'This backup file has been altered or damaged since it was made, so Tandem will not restore it. Nothing was changed.',
    ],
  ] as const)('a file that is %s says so and restores nothing', async (problem, sentence) => {
    const memory = new MemoryBackupApi();
    const user = await makeEncryptedBackup(memory);
    memory.fileProblem = problem;
    await user.click(screen.getByRole('button', { name: 'Restore from backup…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open an encrypted backup' });
    await user.type(within(dialog).getByLabelText('Passphrase'), 'correct horse battery{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(sentence);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(memory.restoreCalls).toBe(0);
  });
});
