import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecordCipher } from '../../../electron/main/atRest/recordCipher';
import { DocumentMirror } from '../../../electron/main/mirror/DocumentMirror';
import { docFolderName } from '../../../electron/main/mirror/docFolder';
import { LOG_FILE, SNAPSHOT_FILE } from '../../../electron/main/mirror/documentFiles';
import { entriesOf, entryUpdate, withTempDir } from '../mirror/mirrorTestKit';

/**
 * The disk mirror encrypted at rest: what reaches the files is sealed (AES-256-GCM, bound to
 * its document), a record that fails authentication is kept aside and the rest still opens, and
 * a journal from before encryption is read once and rewritten sealed.
 */

const CANARY = 'Canary-Mirror-7f3a';

async function allBytes(dir: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) parts.push(await readFile(join(entry.parentPath, entry.name)));
  }
  return Buffer.concat(parts);
}

describe('the sealed disk mirror', () => {
  it('stores no plain text: a snapshot and a log hold only sealed records, and read back whole', () =>
    withTempDir(async (dir) => {
      const cipher = createRecordCipher(randomBytes(32));
      const mirror = new DocumentMirror({ documentsDir: dir, cipher, minLogBytes: 1, maxLogBytes: 10 });
      await mirror.append('item:Entry1', entryUpdate('title', CANARY));
      await mirror.append('item:Entry1', entryUpdate('body', `${CANARY} body`));
      await mirror.whenIdle();
      const bytes = await allBytes(dir);
      expect(bytes.includes(Buffer.from(CANARY))).toBe(false);
      expect(bytes.includes(Buffer.from(CANARY, 'utf16le'))).toBe(false);
      const reopened = new DocumentMirror({ documentsDir: dir, cipher });
      expect(entriesOf((await reopened.load('item:Entry1')).update)).toEqual({
        title: CANARY,
        body: `${CANARY} body`,
      });
    }));

  it('keeps a record that fails authentication aside, and opens the rest', () =>
    withTempDir(async (dir) => {
      const cipher = createRecordCipher(randomBytes(32));
      const mirror = new DocumentMirror({ documentsDir: dir, cipher });
      await mirror.append('vault', entryUpdate('a', 'one'));
      await mirror.append('vault', entryUpdate('b', 'two'));
      const folder = join(dir, docFolderName('vault'));
      const log = await readFile(join(folder, LOG_FILE));
      // A bit flipped inside the second record's ciphertext, with its checksum made to match:
      // only authentication can catch it.
      const first = log.readUInt32LE(0) + 8;
      const flipped = Buffer.from(log);
      const payload = flipped.subarray(first + 8);
      payload[payload.length - 20]! ^= 0x01;
      const { crc32 } = await import('node:zlib');
      flipped.writeUInt32LE(crc32(payload, crc32(flipped.subarray(first, first + 4))), first + 4);
      await writeFile(join(folder, LOG_FILE), flipped);

      const reopened = new DocumentMirror({ documentsDir: dir, cipher });
      const { update, damagedRecords } = await reopened.load('vault');
      expect(damagedRecords).toBe(1);
      expect(entriesOf(update)).toEqual({ a: 'one' });
      const kept = (await readdir(folder)).filter((name) => name.startsWith(`${LOG_FILE}.damaged-`));
      expect(kept).toHaveLength(1);
      expect(await readFile(join(folder, kept[0]!))).toEqual(flipped);
    }));

  it('refuses a record sealed for another document', () =>
    withTempDir(async (dir) => {
      const cipher = createRecordCipher(randomBytes(32));
      const mirror = new DocumentMirror({ documentsDir: dir, cipher });
      await mirror.append('item:Other', entryUpdate('secret', 'from another item'));
      await mirror.whenIdle();
      const from = join(dir, docFolderName('item:Other'), LOG_FILE);
      const to = join(dir, docFolderName('item:Target'));
      await mirror.append('item:Target', entryUpdate('own', 'mine'));
      await mirror.whenIdle();
      await writeFile(
        join(to, LOG_FILE),
        Buffer.concat([await readFile(join(to, LOG_FILE)), await readFile(from)]),
      );
      const { update, damagedRecords } = await new DocumentMirror({ documentsDir: dir, cipher }).load(
        'item:Target',
      );
      expect(damagedRecords).toBe(1);
      expect(entriesOf(update)).toEqual({ own: 'mine' });
    }));

  it('seals a journal written before encryption, leaving no plain copy, and refuses plain records afterwards', () =>
    withTempDir(async (dir) => {
      const plain = new DocumentMirror({ documentsDir: dir });
      await plain.append('vault', entryUpdate('title', CANARY));
      await plain.append('item:Entry1', entryUpdate('body', CANARY));
      await plain.compact('vault');
      await plain.append('vault', entryUpdate('later', 'log record'));
      await plain.whenIdle();
      expect((await allBytes(dir)).includes(Buffer.from(CANARY))).toBe(true);

      let migrating = true;
      const key = randomBytes(32);
      const cipher = createRecordCipher(key, { acceptPlain: () => migrating });
      const sealing = new DocumentMirror({ documentsDir: dir, cipher });
      const progress: string[] = [];
      await sealing.sealLegacyDocuments((done, total) => progress.push(`${done}/${total}`));
      migrating = false;
      expect(progress).toEqual(['1/2', '2/2']);
      expect((await allBytes(dir)).includes(Buffer.from(CANARY))).toBe(false);

      const strict = new DocumentMirror({ documentsDir: dir, cipher: createRecordCipher(key) });
      expect(entriesOf((await strict.load('vault')).update)).toEqual({ title: CANARY, later: 'log record' });
      expect(entriesOf((await strict.load('item:Entry1')).update)).toEqual({ body: CANARY });

      // A plain record slipped in after sealing is not read as the journal's own.
      await plain.append('item:Entry1', entryUpdate('injected', 'by someone with the disk'));
      const after = await new DocumentMirror({ documentsDir: dir, cipher: createRecordCipher(key) }).load(
        'item:Entry1',
      );
      expect(after.damagedRecords).toBe(1);
      expect(entriesOf(after.update)).toEqual({ body: CANARY });
    }));

  it('survives a crash half-way through sealing: a sealed snapshot beside a plain log still reads whole', () =>
    withTempDir(async (dir) => {
      const plain = new DocumentMirror({ documentsDir: dir });
      await plain.append('vault', entryUpdate('a', 'snapshot part'));
      await plain.compact('vault');
      await plain.append('vault', entryUpdate('b', 'log part'));
      await plain.whenIdle();
      const folder = join(dir, docFolderName('vault'));
      const plainLog = await readFile(join(folder, LOG_FILE));
      const key = randomBytes(32);
      const sealing = new DocumentMirror({
        documentsDir: dir,
        cipher: createRecordCipher(key, { acceptPlain: () => true }),
      });
      await sealing.sealLegacyDocuments();
      // The crash: the sealed snapshot was renamed in, the plain log not yet emptied.
      await writeFile(join(folder, LOG_FILE), plainLog);
      const restarted = new DocumentMirror({
        documentsDir: dir,
        cipher: createRecordCipher(key, { acceptPlain: () => true }),
      });
      await restarted.sealLegacyDocuments();
      expect((await readFile(join(folder, LOG_FILE))).byteLength).toBe(0);
      const snapshot = await readFile(join(folder, SNAPSHOT_FILE));
      expect(snapshot.includes(Buffer.from('log part'))).toBe(false);
      const strict = new DocumentMirror({ documentsDir: dir, cipher: createRecordCipher(key) });
      expect(entriesOf((await strict.load('vault')).update)).toEqual({ a: 'snapshot part', b: 'log part' });
    }));
});
