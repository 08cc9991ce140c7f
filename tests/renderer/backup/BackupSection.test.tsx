import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { strFromU8 } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppServicesContext } from '../../../renderer/src/services/AppServicesContext';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { BackupSection } from '../../../renderer/src/features/backup/BackupSection';
import { indexFeedback, readPlanSummaries } from '../../../shared/schema/growthIndex';
import { readVaultEntries } from '../../../shared/schema/vault';
import { localeWrapper } from '../i18n/inLocale';
import { emptyJournal, MemoryBackupApi, seededJournal } from './backupFixtures';

const open: AppServices[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.store.closeAll();
});

function renderSection(
  services: AppServices,
  memory: MemoryBackupApi,
  reload = vi.fn(),
  wrapper?: (props: { children: ReactNode }) => ReactNode,
) {
  open.push(services);
  const user = userEvent.setup();
  const { unmount } = render(
    <AppServicesContext.Provider value={services}>
      <BackupSection api={memory.api} reload={reload} />
    </AppServicesContext.Provider>,
    wrapper ? { wrapper } : {},
  );
  return { user, reload, unmount };
}

describe('Settings → Export and backup', () => {
  it('exports the journal as JSON and says where it went', async () => {
    const memory = new MemoryBackupApi();
    const { user } = renderSection(await seededJournal(), memory);
    await user.click(screen.getByRole('button', { name: 'Export as JSON…' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Exported 5 items to journal.json.');
    expect(JSON.parse(strFromU8(memory.files.get('journal.json')!))).toMatchObject({
      format: 'tandem-journal',
      schemaVersion: 1,
    });
  });

  it('exports only the kinds chosen', async () => {
    const memory = new MemoryBackupApi();
    memory.nextSaveName = 'entries.json';
    const { user } = renderSection(await seededJournal(), memory);
    for (const kind of ['Goals', 'Development plans', 'Feedback'])
      await user.click(screen.getByLabelText(kind));
    await user.click(screen.getByRole('button', { name: 'Export as JSON…' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Exported 2 items to entries.json.');
  });

  it('shows a progress bar with Cancel, and a cancelled export writes nothing', async () => {
    const memory = new MemoryBackupApi();
    let answerDialog = () => {};
    memory.dialogGate = new Promise((resolve) => (answerDialog = resolve));
    const { user } = renderSection(await seededJournal(), memory);
    await user.click(screen.getByRole('button', { name: 'Export as Markdown…' }));
    expect(await screen.findByRole('progressbar', { name: 'Markdown export' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export as JSON…' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    answerDialog();
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Markdown export cancelled. Nothing was changed.',
    );
    expect(memory.files.size).toBe(0);
  });

  it('says why an export could not be saved', async () => {
    const memory = new MemoryBackupApi();
    memory.writeFailure =
      'Could not save “journal.json”: the disk is full. Nothing was written there; choose another place.';
    const { user } = renderSection(await seededJournal(), memory);
    await user.click(screen.getByRole('button', { name: 'Export as JSON…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /the disk is full\. Nothing was written there/,
    );
  });

  it('names every item an export could not read, instead of leaving it out in silence', async () => {
    const memory = new MemoryBackupApi();
    const services = await seededJournal();
    // The index lists a feedback note whose document holds no note (nothing was ever saved in it).
    indexFeedback(services.vault.doc, {
      id: 'ghostNote',
      from: 'Sam',
      givenOn: '2025-02-01',
      behaviour: 'Ran the demo',
      impact: 'Clients signed',
      nextStep: 'Again',
      goalId: null,
      competencyId: null,
      createdAt: Date.UTC(2025, 1, 1),
      updatedAt: Date.UTC(2025, 1, 1),
    });
    const { user } = renderSection(services, memory);
    await user.click(screen.getByRole('button', { name: 'Export as JSON…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Exported 5 items to journal.json. 1 item could not be read and was left out: the feedback note ' +
        'from Sam (2025-02-01) (its saved data does not hold a readable feedback note).',
    );
  });

  it('names each document a backup could not include', async () => {
    const memory = new MemoryBackupApi();
    memory.nextSaveName = 'backup.zip';
    const services = await seededJournal();
    const plan = readPlanSummaries(services.vault.doc)[0]!;
    memory.leftOut = [
      { docId: `item:${plan.id}`, folder: null, reason: 'the copy on disk could not be read (EIO)' },
      { docId: null, folder: '_hdeadbeef', reason: 'its folder on disk does not name a Tandem document' },
    ];
    const { user } = renderSection(services, memory);
    await user.click(screen.getByRole('button', { name: 'Create backup…' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^Saved a backup of 6 documents \(1 kB\) to backup\.zip\. 2 documents are not in it/,
    );
    expect(alert).toHaveTextContent(
      'the plan “Team lead plan” (the copy on disk could not be read (EIO)); the folder “_hdeadbeef” in ' +
        'Tandem’s data (its folder on disk does not name a Tandem document).',
    );
  });

  it('refuses a JSON file from a newer Tandem and imports nothing', async () => {
    const memory = new MemoryBackupApi();
    memory.nextOpen = {
      fileName: 'future.json',
      text: JSON.stringify({ format: 'tandem-journal', schemaVersion: 5, items: [] }),
    };
    const services = await emptyJournal();
    const { user } = renderSection(services, memory);
    await user.click(screen.getByRole('button', { name: 'Import JSON…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This export was made by a newer version of Tandem (format version 5; this version reads version 1).',
    );
    expect(readVaultEntries(services.vault.doc).entries).toEqual([]);
  });

  it('says why a JSON file is refused in the chosen language, with its numbers written the language’s way', async () => {
    const memory = new MemoryBackupApi();
    memory.nextOpen = {
      fileName: 'future.json',
      text: JSON.stringify({ format: 'tandem-journal', schemaVersion: 5, items: [] }),
    };
    const services = await emptyJournal();
    const { user } = renderSection(services, memory, vi.fn(), await localeWrapper('de'));
    await user.click(screen.getByRole('button', { name: 'JSON importieren …' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dieser Export stammt aus einer neueren Tandem-Version (Formatversion 5; diese Version liest Version 1).',
    );
    memory.nextOpen = { fileName: 'notes.json', text: '{"format": tandem' };
    await user.click(screen.getByRole('button', { name: 'JSON importieren …' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Diese Datei ist kein JSON und damit kein Tandem-Export/,
    );
    expect(readVaultEntries(services.vault.doc).entries).toEqual([]);
  });

  it('refuses a JSON file nested 10,000 levels deep with words, and imports nothing', async () => {
    const memory = new MemoryBackupApi();
    const deep = '{"type":"blockquote","content":['.repeat(10_000) + ']}'.repeat(10_000);
    memory.nextOpen = {
      fileName: 'deep.json',
      text: `{"format":"tandem-journal","schemaVersion":1,"items":[{"kind":"reflection","body":[${deep}]}]}`,
    };
    const services = await emptyJournal();
    const { user } = renderSection(services, memory);
    await user.click(screen.getByRole('button', { name: 'Import JSON…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^This file nests its content more than 200 levels deep \(at line 1, column \d+\), deeper than any journal Tandem writes/,
    );
    expect(readVaultEntries(services.vault.doc).entries).toEqual([]);
  });

  it('imports a JSON export into an empty journal', async () => {
    const source = await seededJournal();
    const exporter = new MemoryBackupApi();
    const first = renderSection(source, exporter);
    await first.user.click(screen.getByRole('button', { name: 'Export as JSON…' }));
    await screen.findByRole('status');
    first.unmount();

    const memory = new MemoryBackupApi();
    memory.nextOpen = { fileName: 'journal.json', text: strFromU8(exporter.files.get('journal.json')!) };
    const target = await emptyJournal();
    const { user } = renderSection(target, memory);
    await user.click(screen.getByRole('button', { name: 'Import JSON…' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Imported 5 items from journal.json.');
    expect(
      readVaultEntries(target.vault.doc)
        .entries.map((e) => e.title)
        .sort(),
    ).toEqual(['After the launch', 'Weekly check-in: hiring']);
  });

  it('creates a backup, then restores it after confirmation and reloads', async () => {
    const memory = new MemoryBackupApi();
    memory.nextSaveName = 'backup.zip';
    memory.restoreResult = {
      status: 'restored',
      documents: 6,
      identityRestored: false,
      spacesRestored: 0,
      warnings: [],
      previousFolder: null,
    };
    const { user, reload } = renderSection(await seededJournal(), memory);
    expect(screen.getByLabelText(/Include my sharing identity keys/)).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Create backup…' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Saved a backup of 6 documents (1 kB) to backup.zip.',
    );

    await user.click(screen.getByRole('button', { name: 'Restore from backup…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
    expect(dialog).toHaveTextContent('backup.zip: 6 documents');
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await user.click(screen.getByRole('button', { name: 'Replace this journal' }));
      expect(await screen.findByRole('status')).toHaveTextContent(
        'Restored 6 documents from backup.zip. Tandem is reloading…',
      );
      vi.advanceTimersByTime(2000);
      expect(reload).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a restore that left something behind says what, and waits for the person to reload', async () => {
    const memory = new MemoryBackupApi();
    memory.nextSaveName = 'backup.zip';
    memory.restoreResult = {
      status: 'restored',
      documents: 6,
      identityRestored: true,
      spacesRestored: 0,
      warnings: ['The people you share with could not be restored (the disk is full); pair with them again.'],
      previousFolder: null,
    };
    const { user, reload } = renderSection(await seededJournal(), memory);
    await user.click(screen.getByRole('button', { name: 'Create backup…' }));
    await screen.findByRole('status');
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await user.click(screen.getByRole('button', { name: 'Restore from backup…' }));
      await user.click(await screen.findByRole('button', { name: 'Replace this journal' }));
      expect(await screen.findByRole('status')).toHaveTextContent(
        'Restored 6 documents from backup.zip, with your identity keys. The people you share with could not be ' +
          'restored (the disk is full); pair with them again. Reload Tandem to open the restored journal.',
      );
      vi.advanceTimersByTime(5000);
      expect(reload).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Reload Tandem' }));
      expect(reload).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a restore main refuses shows why and offers a reload', async () => {
    const memory = new MemoryBackupApi();
    memory.nextSaveName = 'backup.zip';
    memory.restoreResult = {
      status: 'failed',
      message: 'That passphrase does not unlock the identity keys in this backup. Nothing was restored.',
    };
    const { user, reload } = renderSection(await seededJournal(), memory);
    await user.click(screen.getByRole('button', { name: 'Create backup…' }));
    await screen.findByRole('status');
    await user.click(screen.getByRole('button', { name: 'Restore from backup…' }));
    await user.click(await screen.findByRole('button', { name: 'Replace this journal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That passphrase does not unlock the identity keys',
    );
    await user.click(screen.getByRole('button', { name: 'Reload Tandem' }));
    expect(reload).toHaveBeenCalled();
  });

  it('cancelling the confirmation restores nothing', async () => {
    const memory = new MemoryBackupApi();
    memory.nextSaveName = 'backup.zip';
    const { user } = renderSection(await seededJournal(), memory);
    await user.click(screen.getByRole('button', { name: 'Create backup…' }));
    await screen.findByRole('status');
    await user.click(screen.getByRole('button', { name: 'Restore from backup…' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(screen.getAllByRole('button', { name: 'Cancel' }).find((b) => dialog.contains(b))!);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(memory.restoreCalls).toBe(0);
  });
});
