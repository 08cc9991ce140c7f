import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { bootServices } from '../../renderer/src/app/services';
import type { MirrorClient } from '../../renderer/src/data/mirrorClient';
import { collectBackupDocuments } from '../../renderer/src/features/backup/localDocuments';
import { purgeExpiredTrash, purgeFromTrash } from '../../renderer/src/features/trash/purgeTrash';
import type { AppServices } from '../../renderer/src/services/AppServicesContext';
import { appendRichNodes } from '../../shared/export/richTree';
import { itemDocId } from '../../shared/schema/ids';
import { reflectionBody, setReflectionTitle } from '../../shared/schema/reflection';
import { readTrash, TRASH_DAYS } from '../../shared/trash/trash';
import { makeProfile, removeTempDirs, tempDir, type TestProfile } from '../electron/backup/backupTestKit';
import { freshBootOptions } from '../renderer/journal/bootOptions';
import { readBackupArchive } from '../../shared/export/backupArchive';

// The renderer's real store (fake-indexeddb, records unsealed so a canary is visible in them)
// against main's real disk mirror and backup service, as in durableBackup.test.ts.
let profile: TestProfile;
let mirror: MirrorClient;
const running: AppServices[] = [];
const DAY = 24 * 60 * 60 * 1000;
let clock = Date.UTC(2026, 2, 1, 9);

beforeEach(async () => {
  profile = await makeProfile();
  mirror = {
    append: async (docId, update) => {
      await profile.mirror.append(docId, update);
    },
    load: (docId) => profile.mirror.load(docId),
    purge: (docId) => profile.mirror.purge(docId),
    compactCollected: (docId) => profile.mirror.compactCollected(docId),
  };
});

afterEach(async () => {
  for (const services of running.splice(0)) await services.store.closeAll();
  await profile.mirror.whenIdle();
  await removeTempDirs();
});

async function boot(): Promise<AppServices> {
  const services = await bootServices(freshBootOptions({ mirror, now: () => clock }));
  running.push(services);
  return services;
}

async function edit(services: AppServices, docId: string, change: (doc: Y.Doc) => void) {
  const [opened, release] = services.store.open(docId);
  await opened.ready;
  change(opened.doc);
  release();
}

/** An entry whose title and body are canaries, indexed and saved everywhere. */
async function writeEntry(services: AppServices, title: string, body: string): Promise<string> {
  const id = await services.journal.createEntry('blank');
  await edit(services, itemDocId(id), (doc) => {
    setReflectionTitle(doc, title, clock);
    appendRichNodes(reflectionBody(doc), [{ type: 'paragraph', content: [{ type: 'text', text: body }] }]);
    services.journal.reindex(id, doc);
  });
  await services.store.flushAll();
  return id;
}

const encoder = new TextEncoder();
function holds(bytes: Uint8Array, canary: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(encoder.encode(canary)));
}

/** Every value in every IndexedDB database of this process, as bytes. */
async function everyIndexedDbValue(): Promise<Uint8Array[]> {
  const values: Uint8Array[] = [];
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error(name));
    });
    for (const storeName of Array.from(db.objectStoreNames)) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction([storeName], 'readonly').objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(storeName));
      });
      for (const value of all) {
        values.push(
          ArrayBuffer.isView(value)
            ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
            : encoder.encode(JSON.stringify(value)),
        );
      }
    }
    db.close();
  }
  return values;
}

/** Every file under the mirror's folder. */
async function everyMirrorFile(): Promise<{ path: string; bytes: Uint8Array }[]> {
  const root = join(profile.userDataDir, 'documents');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const path = join(e.parentPath, e.name);
        return { path, bytes: await readFile(path) };
      }),
  );
}

async function backUp(services: AppServices) {
  const { documents, unreadable } = await collectBackupDocuments(services.store, services.vault, {});
  const path = join(await tempDir(), 'backup.zip');
  profile.dialogAnswers.save.push(path);
  const target = await profile.service.chooseTarget({ purpose: 'backup' });
  if (target.status !== 'chosen') throw new Error('no target');
  const written = await profile.service.writeBackup({
    targetId: target.targetId,
    documents,
    unreadable,
    identityPassphrase: null,
  });
  if (written.status !== 'written') throw new Error(written.message);
  return readFile(path);
}

async function expectNowhere(services: AppServices, canaries: string[]) {
  await services.store.flushAll();
  await profile.mirror.whenIdle();
  const idb = await everyIndexedDbValue();
  const files = await everyMirrorFile();
  const backup = await backUp(services);
  const archive = await readBackupArchive(backup);
  for (const canary of canaries) {
    expect(
      idb.filter((v) => holds(v, canary)),
      `${canary} in IndexedDB`,
    ).toEqual([]);
    expect(
      files.filter((f) => holds(f.bytes, canary)).map((f) => f.path),
      `${canary} on disk`,
    ).toEqual([]);
    expect(holds(backup, canary), `${canary} in the backup file`).toBe(false);
    for (const doc of archive.documents)
      expect(holds(doc.update, canary), `${canary} in ${doc.docId}`).toBe(false);
  }
}

describe('the trash, emptied', () => {
  it('leaves a purged entry’s title and body in no IndexedDB record, no mirror file and no later backup', async () => {
    const services = await boot();
    const gone = await writeEntry(services, 'CANARY-TITLE-7f3a', 'CANARY-BODY-91c2 thinking of leaving');
    await writeEntry(services, 'Kept entry', 'KEPT-BODY-5d1e');
    services.journal.deleteEntry(gone);
    await services.store.flushAll();
    // Before: deleted is not gone. The canary is still stored (the test can fail).
    expect((await everyIndexedDbValue()).some((v) => holds(v, 'CANARY-TITLE-7f3a'))).toBe(true);

    await purgeFromTrash(services, readTrash(services.vault.doc));

    expect(readTrash(services.vault.doc)).toEqual([]);
    await expectNowhere(services, ['CANARY-TITLE-7f3a', 'CANARY-BODY-91c2']);
    // The rest of the journal is untouched, here and after a restart from the disk mirror.
    const values = await everyIndexedDbValue();
    expect(values.some((v) => holds(v, 'KEPT-BODY-5d1e'))).toBe(true);
    const files = await everyMirrorFile();
    expect(files.some((f) => holds(f.bytes, 'Kept entry'))).toBe(true);
  });

  it(`purges at start-up what has been in the trash ${TRASH_DAYS} days, and keeps what has not`, async () => {
    const services = await boot();
    const old = await writeEntry(services, 'CANARY-OLD-2b8e', 'CANARY-OLDBODY-44aa');
    services.journal.deleteEntry(old);
    clock += (TRASH_DAYS - 1) * DAY;
    const recent = await writeEntry(services, 'Recently deleted', 'RECENT-BODY-0c7d');
    services.journal.deleteEntry(recent);
    clock += DAY + 1;

    expect(await purgeExpiredTrash(services)).toBe(1);

    expect(readTrash(services.vault.doc).map((i) => i.id)).toEqual([recent]);
    await expectNowhere(services, ['CANARY-OLD-2b8e', 'CANARY-OLDBODY-44aa']);
    expect((await everyIndexedDbValue()).some((v) => holds(v, 'RECENT-BODY-0c7d'))).toBe(true);
  });

  it('withdraws a shared item from its space before removing anything, and removes nothing when that fails', async () => {
    const services = await boot();
    const id = await writeEntry(services, 'CANARY-SHARED-6e1f', 'shared body');
    services.journal.deleteEntry(id);
    const docId = itemDocId(id);
    const space = (state: 'accepted' | 'withdrawn') => ({
      spaceId: 'space-one',
      peerName: 'Grace',
      peerFingerprint: 'ab',
      myRole: 'employee' as const,
      sharing: 'on' as const,
      peerSharing: 'on' as const,
      connected: true,
      lastSyncedAt: null,
      pendingChanges: 0,
      items: [{ docId, kind: 'reflection', title: 'CANARY-SHARED-6e1f', offeredBy: 'me' as const, state }],
    });
    let state: 'accepted' | 'withdrawn' = 'accepted';
    const calls: string[] = [];
    let refuse = true;
    const sharing = {
      listSpaces: () => Promise.resolve([space(state)]),
      unshareItem: async (spaceId: string, unshared: string) => {
        calls.push(`${spaceId} ${unshared}`);
        // Main refuses (the consent file cannot be written): nothing may be gone yet.
        if (refuse) throw new Error('the disk is full');
        state = 'withdrawn';
        // Withdrawn before the document went: main still had it when the peer was told.
        expect((await mirror.load(docId)).update).not.toBeNull();
      },
    };

    await expect(purgeFromTrash(services, readTrash(services.vault.doc), sharing)).rejects.toThrow(
      'the disk is full',
    );
    expect(readTrash(services.vault.doc).map((i) => i.id)).toEqual([id]);
    expect((await mirror.load(docId)).update).not.toBeNull();

    refuse = false;
    await purgeFromTrash(services, readTrash(services.vault.doc), sharing);
    expect(calls).toEqual([`space-one ${docId}`, `space-one ${docId}`]);
    expect(state).toBe('withdrawn');
    await expectNowhere(services, ['CANARY-SHARED-6e1f']);
  });
});
