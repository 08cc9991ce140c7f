import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { faultyFs, diskFull } from '../mirror/mirrorTestKit';
import { withArchiveFile } from '../../../electron/main/backup/fileArchiveSource';
import { readBackupArchive } from '../../../shared/export/backupArchive';
import { rawZip } from '../../shared/export/rawZip';
import { listing, makeProfile, removeTempDirs, sampleDoc, tempDir, type TestProfile } from './backupTestKit';

afterEach(removeTempDirs);

const documents = [
  { docId: 'vault', update: sampleDoc('vault', 'index', 3) },
  { docId: 'item:AbC123', update: sampleDoc('item:AbC123', 'entry one') },
  { docId: 'space:s1', update: sampleDoc('space:s1', 'space') },
];

async function saveBackup(profile: TestProfile, path: string, identityPassphrase: string | null = null) {
  profile.dialogAnswers.save.push(path);
  const target = await profile.service.chooseTarget({ purpose: 'backup' });
  if (target.status !== 'chosen') throw new Error('no target');
  return profile.service.writeBackup({
    targetId: target.targetId,
    documents,
    unreadable: [],
    identityPassphrase,
  });
}

async function openBackup(profile: TestProfile, path: string) {
  profile.dialogAnswers.open.push(path);
  return profile.service.openBackup();
}

/** What each document in the profile's disk mirror is now. */
async function mirrored(profile: TestProfile, docIds: string[]) {
  const out: Record<string, Uint8Array | null> = {};
  for (const docId of docIds) out[docId] = (await profile.mirror.load(docId)).update;
  return out;
}

describe('full backup and restore in main', () => {
  it('restores every document into a fresh profile with the same content and state vector', async () => {
    const source = await makeProfile();
    await writeFile(join(source.userDataDir, 'reminders.json'), '{"version":1,"reminders":{}}');
    const file = join(await tempDir(), 'backup.zip');
    expect(await saveBackup(source, file)).toMatchObject({
      status: 'written',
      fileName: 'backup.zip',
      documents: 3,
    });

    const fresh = await makeProfile();
    const opened = await openBackup(fresh, file);
    expect(opened).toMatchObject({ status: 'opened', fileName: 'backup.zip', hasIdentity: false });
    if (opened.status !== 'opened') return;
    expect(opened.documents).toEqual(documents);
    const restored = await fresh.service.restoreBackup({
      backupId: opened.backupId,
      identityPassphrase: null,
    });
    expect(restored).toMatchObject({ status: 'restored', documents: 3, previousFolder: null });

    const after = await mirrored(
      fresh,
      documents.map((d) => d.docId),
    );
    for (const { docId, update } of documents) {
      const original = new Y.Doc();
      Y.applyUpdate(original, update);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, after[docId]!);
      expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(original));
      expect(copy.getText('body').toJSON()).toBe(original.getText('body').toJSON());
    }
    expect(await readFile(join(fresh.userDataDir, 'reminders.json'), 'utf8')).toBe(
      '{"version":1,"reminders":{}}',
    );
  });

  it('replaces what the profile had, keeping the old documents folder aside', async () => {
    const profile = await makeProfile();
    const file = join(await tempDir(), 'backup.zip');
    await saveBackup(profile, file);
    await profile.mirror.append('item:Later', sampleDoc('item:Later', 'written after the backup'));
    const opened = await openBackup(profile, file);
    if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
    const restored = await profile.service.restoreBackup({
      backupId: opened.backupId,
      identityPassphrase: null,
    });
    expect(restored.status).toBe('restored');
    expect((await profile.mirror.load('item:Later')).update).toBeNull();
    expect(await listing(profile.userDataDir)).toEqual([
      'documents',
      'documents.before-restore-2026-03-04T05-06-07-000Z',
    ]);
  });

  it('includes the identity only when asked, encrypted; a wrong passphrase restores nothing', async () => {
    const source = await makeProfile();
    source.identity.secret = new Uint8Array([1, 2, 3, 4]);
    const plain = join(await tempDir(), 'plain.zip');
    await saveBackup(source, plain);
    const secretFile = join(await tempDir(), 'with-identity.zip');
    await saveBackup(source, secretFile, 'correct horse battery');
    expect((await readFile(plain)).includes(Buffer.from('identity.enc'))).toBe(false);

    const fresh = await makeProfile();
    await fresh.mirror.append('vault', sampleDoc('vault', 'what the fresh profile had'));
    const before = await mirrored(fresh, ['vault']);
    const opened = await openBackup(fresh, secretFile);
    if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
    expect(opened.hasIdentity).toBe(true);
    const wrong = await fresh.service.restoreBackup({
      backupId: opened.backupId,
      identityPassphrase: 'wrong passphrase',
    });
    expect(wrong).toEqual({
      status: 'failed',
      message: 'That passphrase does not unlock the identity keys in this backup. Nothing was restored.',
    });
    expect(await mirrored(fresh, ['vault'])).toEqual(before);
    expect(fresh.identity.secret).toBeNull();

    const right = await fresh.service.restoreBackup({
      backupId: opened.backupId,
      identityPassphrase: 'correct horse battery',
    });
    expect(right).toMatchObject({ status: 'restored', identityRestored: true });
    expect(fresh.identity.secret).toEqual(new Uint8Array([1, 2, 3, 4]));
  });

  it.each([
    [
      'a file with a damaged table of contents',
      (b: Buffer) => Buffer.concat([b.subarray(0, 200), Buffer.alloc(64, 7), b.subarray(264)]),
      // The manifest's deflate stream is random-ish (hashes): about one spoiled copy in ten no
      // longer inflates at all, which is reported as a damaged file rather than a damaged manifest.
      /damaged: its table of contents|incomplete or damaged/,
    ],
    [
      'a file with a damaged document',
      (b: Buffer) => Buffer.from(b).fill(7, Math.floor(b.length / 2), Math.floor(b.length / 2) + 64),
      /damaged/,
    ],
    ['a truncated file', (b: Buffer) => b.subarray(0, b.length - 300), /incomplete or damaged/],
    ['a foreign file', () => Buffer.from('%PDF-1.7 not a backup'), /not a Tandem backup/],
  ])('refuses %s with a clear message and changes nothing', async (_name, spoil, message) => {
    const source = await makeProfile();
    const file = join(await tempDir(), 'backup.zip');
    await saveBackup(source, file);
    await writeFile(file, spoil(await readFile(file)));

    const profile = await makeProfile();
    await profile.mirror.append('vault', sampleDoc('vault', 'kept'));
    const before = await mirrored(profile, ['vault']);
    const opened = await openBackup(profile, file);
    expect(opened.status).toBe('failed');
    if (opened.status === 'failed') expect(opened.message).toMatch(message);
    expect(await mirrored(profile, ['vault'])).toEqual(before);
    expect(await listing(profile.userDataDir)).toEqual(['documents']);
  });

  it('reads a backup from disk piece by piece the same as whole (large files are never read whole)', async () => {
    const source = await makeProfile();
    const file = join(await tempDir(), 'backup.zip');
    await saveBackup(source, file);
    const whole = await withArchiveFile(file, (archive) => readBackupArchive(archive));
    let reads = 0;
    const pieces = await withArchiveFile(
      file,
      (archive) =>
        readBackupArchive({
          size: archive.size,
          read: (offset, length) => {
            reads++;
            return archive.read(offset, length);
          },
        }),
      0,
    );
    expect(pieces.documents).toEqual(whole.documents);
    expect(reads).toBeGreaterThan(documents.length);
  });

  it('refuses a small file that would unpack to gigabytes from its table of files alone, changing nothing', async () => {
    // About 1.2 MB on disk; its twenty listed documents declare 60 MB each of (real) zeros.
    const zeros = deflateSync(new Uint8Array(60 * 2 ** 20), { level: 9 });
    const listed = Array.from({ length: 20 }, (_, i) => ({
      docId: `item:bomb${i}`,
      file: `documents/${i}.yjs`,
    }));
    const manifest = {
      format: 'tandem-backup',
      formatVersion: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      app: { name: 'Tandem', version: '0.1.0' },
      documents: [{ docId: 'vault', file: 'vault.yjs' }, ...listed].map((d) => ({
        ...d,
        sha256: '0'.repeat(64),
      })),
      settings: [],
      identity: null,
    };
    const file = join(await tempDir(), 'small-but-huge.zip');
    await writeFile(
      file,
      rawZip([
        { name: 'manifest.json', data: strToU8(JSON.stringify(manifest)) },
        { name: 'vault.yjs', data: sampleDoc('vault', 'index') },
        ...listed.map((d) => ({ name: d.file, data: zeros, method: 8 as const, declaredSize: 60 * 2 ** 20 })),
      ]),
    );
    const profile = await makeProfile();
    await profile.mirror.append('vault', sampleDoc('vault', 'kept'));
    const before = await mirrored(profile, ['vault']);
    const memoryBefore = process.memoryUsage().arrayBuffers;
    const opened = await openBackup(profile, file);
    expect(opened).toEqual({
      status: 'failed',
      message:
        'This backup would take 1.3 GB once unpacked, more than the 1.1 GB a restore may use. Nothing was restored.',
    });
    expect(process.memoryUsage().arrayBuffers - memoryBefore).toBeLessThan(64 * 2 ** 20);
    expect(await mirrored(profile, ['vault'])).toEqual(before);
    expect(await listing(profile.userDataDir)).toEqual(['documents']);
  }, 20_000);

  it('refuses a backup whose journal index is valid Yjs but not an index, naming it, and changes nothing', async () => {
    const notAnIndex = new Y.Doc();
    notAnIndex.getText('meta').insert(0, 'not what a journal index holds');
    const source = await makeProfile();
    const file = join(await tempDir(), 'backup.zip');
    source.dialogAnswers.save.push(file);
    const target = await source.service.chooseTarget({ purpose: 'backup' });
    if (target.status !== 'chosen') throw new Error('no target');
    await source.service.writeBackup({
      targetId: target.targetId,
      documents: [{ docId: 'vault', update: Y.encodeStateAsUpdate(notAnIndex) }, documents[1]!],
      unreadable: [],
      identityPassphrase: null,
    });
    const profile = await makeProfile();
    await profile.mirror.append('vault', sampleDoc('vault', 'kept'));
    const before = await mirrored(profile, ['vault']);
    expect(await openBackup(profile, file)).toEqual({
      status: 'failed',
      message:
        'This backup cannot be restored: the journal index (it is not a Tandem journal index (it has no ' +
        'version stamp)). Nothing was restored.',
    });
    expect(await mirrored(profile, ['vault'])).toEqual(before);
    expect(await listing(profile.userDataDir)).toEqual(['documents']);
  });

  it('a full disk during restore changes nothing and leaves no staging folder', async () => {
    const source = await makeProfile();
    const file = join(await tempDir(), 'backup.zip');
    await saveBackup(source, file);
    let writes = 0;
    const profile = await makeProfile({
      fs: faultyFs((op) => (op === 'write' && ++writes > 2 ? diskFull() : null)),
    });
    const opened = await openBackup(profile, file);
    if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
    const result = await profile.service.restoreBackup({
      backupId: opened.backupId,
      identityPassphrase: null,
    });
    expect(result).toEqual({
      status: 'failed',
      message: 'Could not restore: the disk is full. Nothing was changed.',
    });
    expect(await listing(profile.userDataDir)).toEqual([]);
  });

  it('a backup that cannot be saved reports why and leaves no half-written file', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'backup.zip'), 'an older backup');
    const profile = await makeProfile({ fs: faultyFs((op) => (op === 'write' ? diskFull() : null)) });
    const result = await saveBackup(profile, join(folder, 'backup.zip'));
    expect(result).toEqual({
      status: 'failed',
      message: `The backup could not be saved to ${join(folder, 'backup.zip')}: the disk is full. Nothing was written there.`,
    });
    expect(await listing(folder)).toEqual(['backup.zip']);
    expect(await readFile(join(folder, 'backup.zip'), 'utf8')).toBe('an older backup');

    const missing = await saveBackup(await makeProfile(), join(folder, 'no-such-folder', 'backup.zip'));
    expect(missing.status).toBe('failed');
    if (missing.status === 'failed')
      expect(missing.message).toMatch(/that folder does not exist any more\. Nothing was written there\.$/);
  });

  it('writes exports only to a place the person chose, once', async () => {
    const profile = await makeProfile();
    const path = join(await tempDir(), 'journal.json');
    profile.dialogAnswers.save.push(path);
    const target = await profile.service.chooseTarget({ purpose: 'journal-json' });
    if (target.status !== 'chosen') throw new Error('no target');
    const bytes = new TextEncoder().encode('{"format":"tandem-journal"}');
    expect(await profile.service.writeExport({ targetId: target.targetId, bytes })).toEqual({
      status: 'written',
      fileName: 'journal.json',
      bytes: bytes.byteLength,
    });
    expect(await profile.service.writeExport({ targetId: target.targetId, bytes })).toMatchObject({
      status: 'failed',
    });
    expect(await profile.service.chooseTarget({ purpose: 'journal-json' })).toEqual({ status: 'cancelled' });
  });
});
