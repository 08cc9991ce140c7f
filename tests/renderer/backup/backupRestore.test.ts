import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bootServices } from '../../../renderer/src/app/services';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { collectBackupDocuments } from '../../../renderer/src/features/backup/localDocuments';
import { restoredMessage, restoreOpenedBackup } from '../../../renderer/src/features/backup/restoreBackup';
import { TaskCancelledError } from '../../../renderer/src/features/backup/taskProgress';
import { readVaultEntries } from '../../../shared/schema/vault';
import { freshBootOptions } from '../journal/renderApp';
import { MemoryBackupApi, seededJournal, stateOf } from './backupFixtures';

const open: AppServices[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.store.closeAll();
});
const track = (s: AppServices) => (open.push(s), s);

async function profileWithOwnEntry() {
  const options = freshBootOptions();
  const services = track(await bootServices(options));
  await services.journal.createEntry('blank');
  await services.store.flushAll();
  return { services, options };
}

describe('full backup and restore in the renderer', () => {
  it('restores every document into a fresh profile with identical content and state vectors', async () => {
    const source = track(await seededJournal());
    const progress: number[] = [];
    const { documents } = await collectBackupDocuments(source.store, source.vault, {
      onProgress: (p) => progress.push(p.done),
    });
    // vault + 2 reflections + goal + plan + feedback
    expect(documents.map((d) => d.docId.split(':')[0]).sort()).toEqual([
      'item',
      'item',
      'item',
      'item',
      'item',
      'vault',
    ]);
    expect(progress.at(-1)).toBe(6);

    const { services: target, options } = await profileWithOwnEntry();
    const memory = new MemoryBackupApi();
    memory.restoreResult = {
      status: 'restored',
      documents: 6,
      identityRestored: false,
      spacesRestored: 0,
      warnings: [],
      previousFolder: null,
    };
    const outcome = await restoreOpenedBackup(
      {
        api: memory.api,
        store: target.store,
        vault: target.vault,
        backupId: 'backup12345',
        documents,
        identityPassphrase: null,
      },
      {},
    );
    expect(outcome).toEqual({
      status: 'restored',
      documents: 6,
      identityRestored: false,
      spacesRestored: 0,
      warnings: [],
    });

    // What the window shows after its reload: a new boot over the same databases.
    const reloaded = track(await bootServices(options));
    expect(
      readVaultEntries(reloaded.vault.doc)
        .entries.map((e) => e.title)
        .sort(),
    ).toEqual(['After the launch', 'Weekly check-in: hiring']);
    for (const { docId, update } of documents) {
      const expected = stateOf(update);
      const actual = await reloaded.store.peek(docId, (doc) => ({
        vector: Y.encodeStateVector(doc),
        update: Y.encodeStateAsUpdate(doc),
        snapshot: Y.snapshot(doc),
      }));
      expect(actual.vector).toEqual(expected.vector);
      expect(Y.equalSnapshots(actual.snapshot, Y.snapshot(expected.doc))).toBe(true);
      expect(actual.update).toEqual(Y.encodeStateAsUpdate(expected.doc));
    }
    const { documents: ids } = await collectBackupDocuments(reloaded.store, reloaded.vault, {});
    expect(ids.map((d) => d.docId).sort()).toEqual(documents.map((d) => d.docId).sort());
  });

  it('a restore cancelled before the swap changes nothing and never reaches main', async () => {
    const source = track(await seededJournal());
    const { documents } = await collectBackupDocuments(source.store, source.vault, {});
    const { services: target } = await profileWithOwnEntry();
    const before = readVaultEntries(target.vault.doc).entries;
    const memory = new MemoryBackupApi();
    const abort = new AbortController();
    abort.abort();
    await expect(
      restoreOpenedBackup(
        {
          api: memory.api,
          store: target.store,
          vault: target.vault,
          backupId: 'backup12345',
          documents,
          identityPassphrase: null,
        },
        { signal: abort.signal },
      ),
    ).rejects.toBeInstanceOf(TaskCancelledError);
    expect(memory.restoreCalls).toBe(0);
    expect(readVaultEntries(target.vault.doc).entries).toEqual(before);
  });

  it('refuses a backup whose journal is from a newer Tandem, before anything changes', async () => {
    const source = track(await seededJournal());
    const { documents } = await collectBackupDocuments(source.store, source.vault, {});
    const vault = new Y.Doc();
    Y.applyUpdate(vault, documents.find((d) => d.docId === 'vault')!.update);
    vault.getMap('meta').set('schemaVersion', 99);
    const newer = documents.map((d) =>
      d.docId === 'vault' ? { ...d, update: Y.encodeStateAsUpdate(vault) } : d,
    );
    const { services: target } = await profileWithOwnEntry();
    const memory = new MemoryBackupApi();
    await expect(
      restoreOpenedBackup(
        {
          api: memory.api,
          store: target.store,
          vault: target.vault,
          backupId: 'backup12345',
          documents: newer,
          identityPassphrase: null,
        },
        {},
      ),
    ).rejects.toThrow(/made by a newer version of Tandem/);
    expect(memory.restoreCalls).toBe(0);
  });

  it('when main cannot swap its copy, the local documents stay as they were', async () => {
    const source = track(await seededJournal());
    const { documents } = await collectBackupDocuments(source.store, source.vault, {});
    const { services: target, options } = await profileWithOwnEntry();
    const before = readVaultEntries(target.vault.doc).entries;
    const memory = new MemoryBackupApi();
    memory.restoreResult = {
      status: 'failed',
      message: 'Could not restore: the disk is full. Nothing was changed.',
    };
    const outcome = await restoreOpenedBackup(
      {
        api: memory.api,
        store: target.store,
        vault: target.vault,
        backupId: 'backup12345',
        documents,
        identityPassphrase: null,
      },
      {},
    );
    expect(outcome).toEqual({
      status: 'failed',
      message: 'Could not restore: the disk is full. Nothing was changed.',
      nothingChanged: true,
    });
    const reloaded = track(await bootServices(options));
    expect(readVaultEntries(reloaded.vault.doc).entries).toEqual(before);
  });
});

describe('the message after a restore', () => {
  const restored = { status: 'restored' as const, documents: 12, warnings: [] };
  it('names what came back beside the documents', () => {
    expect(restoredMessage({ ...restored, identityRestored: false, spacesRestored: 0 }, 'a.zip')).toBe(
      'Restored 12 documents from a.zip.',
    );
    expect(restoredMessage({ ...restored, identityRestored: true, spacesRestored: 1 }, 'a.zip')).toBe(
      'Restored 12 documents from a.zip, with your identity keys and the person you share with.',
    );
    expect(restoredMessage({ ...restored, identityRestored: true, spacesRestored: 3 }, 'a.zip')).toBe(
      'Restored 12 documents from a.zip, with your identity keys and the 3 people you share with.',
    );
  });
});
