import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentMirror } from '../../../electron/main/mirror/DocumentMirror';
import { LOG_FILE, SNAPSHOT_FILE } from '../../../electron/main/mirror/documentFiles';
import { encodeRecord, scanRecords } from '../../../electron/main/mirror/recordLog';
import { entriesOf, entryUpdate, withTempDir } from './mirrorTestKit';

describe('DocumentMirror: storing and loading', () => {
  it('round-trips a real document edited in many small updates', () =>
    withTempDir(async (dir) => {
      const mirror = new DocumentMirror({ documentsDir: dir });
      const doc = new Y.Doc();
      doc.on('update', (update: Uint8Array) => void mirror.append('item:Entry1', update));
      const text = doc.getText('body');
      for (const word of ['Learned ', 'to ', 'delegate ', 'the ', 'release.']) text.insert(text.length, word);
      text.delete(0, 8);
      doc.getMap('meta').set('title', 'Week 12');
      await mirror.whenIdle();

      const { update, damagedRecords } = await mirror.load('item:Entry1');
      expect(damagedRecords).toBe(0);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, update!);
      expect(copy.getText('body').toJSON()).toBe('to delegate the release.');
      expect(copy.getMap('meta').get('title')).toBe('Week 12');
    }));

  it('survives reopening: a new mirror on the same folder loads the same content', () =>
    withTempDir(async (dir) => {
      const first = new DocumentMirror({ documentsDir: dir });
      await first.append('vault', entryUpdate('a', 'one'));
      await first.append('vault', entryUpdate('b', 'two'));
      const second = new DocumentMirror({ documentsDir: dir });
      expect(entriesOf((await second.load('vault')).update)).toEqual({ a: 'one', b: 'two' });
      await second.append('vault', entryUpdate('c', 'three'));
      const third = new DocumentMirror({ documentsDir: dir });
      expect(entriesOf((await third.load('vault')).update)).toEqual({ a: 'one', b: 'two', c: 'three' });
    }));

  it('keeps documents apart, even ids that differ only in case', () =>
    withTempDir(async (dir) => {
      const mirror = new DocumentMirror({ documentsDir: dir });
      await mirror.append('item:abc', entryUpdate('k', 'lower'));
      await mirror.append('item:ABC', entryUpdate('k', 'upper'));
      expect(entriesOf((await mirror.load('item:abc')).update)).toEqual({ k: 'lower' });
      expect(entriesOf((await mirror.load('item:ABC')).update)).toEqual({ k: 'upper' });
      expect((await readdir(dir)).sort()).toEqual(['item_3a_41_42_43', 'item_3aabc']);
    }));

  it('answers null for a document it has never stored, without creating anything', () =>
    withTempDir(async (dir) => {
      const mirror = new DocumentMirror({ documentsDir: dir });
      expect(await mirror.load('item:nothing')).toEqual({ update: null, damagedRecords: 0 });
      expect(await readdir(dir)).toEqual([]);
    }));

  it('stores a document first loaded while it did not exist (the renderer reconciles first)', () =>
    withTempDir(async (dir) => {
      const mirror = new DocumentMirror({ documentsDir: dir });
      expect((await mirror.load('item:new')).update).toBeNull();
      await mirror.append('item:new', entryUpdate('first', 'entry'));
      expect(entriesOf((await mirror.load('item:new')).update)).toEqual({ first: 'entry' });
    }));

  it('appends one checksummed record per update, in call order, even when calls overlap', () =>
    withTempDir(async (dir) => {
      const mirror = new DocumentMirror({ documentsDir: dir });
      const updates = Array.from({ length: 40 }, (_, i) => entryUpdate(`k${i}`, `v${i}`));
      const results = await Promise.all(updates.map((u) => mirror.append('vault', u)));
      const log = new Uint8Array(await readFile(join(mirror.folderFor('vault'), LOG_FILE)));
      expect(scanRecords(log)).toEqual({ records: updates, damagedRecords: 0 });
      expect(results.at(-1)).toEqual({ bytesOnDisk: log.byteLength });
    }));

  it('refuses bad ids and bytes that are not a Yjs update, writing nothing', () =>
    withTempDir(async (dir) => {
      const mirror = new DocumentMirror({ documentsDir: dir });
      await expect(mirror.append('../../etc', entryUpdate('a', 'b'))).rejects.toThrow('Not a document id');
      await expect(mirror.load('item:../x')).rejects.toThrow('Not a document id');
      await expect(mirror.append('vault', new Uint8Array([1, 2, 3]))).rejects.toThrow(
        'Refused to store vault: not a Yjs update',
      );
      expect(await readdir(dir)).toEqual([]);
    }));
});

describe('DocumentMirror: damage', () => {
  it('counts a torn tail, copies the damaged log aside byte for byte, and keeps working', () =>
    withTempDir(async (dir) => {
      const writer = new DocumentMirror({ documentsDir: dir });
      await writer.append('vault', entryUpdate('a', 'kept'));
      await writer.append('vault', entryUpdate('b', 'kept too'));
      const folder = writer.folderFor('vault');
      const torn = encodeRecord(entryUpdate('c', 'lost in the crash')).subarray(0, 11);
      await appendFile(join(folder, LOG_FILE), torn);
      const damagedBytes = await readFile(join(folder, LOG_FILE));

      const now = () => new Date('2025-03-04T05:06:07.089Z');
      const reader = new DocumentMirror({ documentsDir: dir, now });
      const loaded = await reader.load('vault');
      expect(loaded.damagedRecords).toBe(1);
      expect(entriesOf(loaded.update)).toEqual({ a: 'kept', b: 'kept too' });

      const aside = join(folder, `${LOG_FILE}.damaged-2025-03-04T05-06-07-089Z`);
      expect(await readFile(aside)).toEqual(damagedBytes);

      // The readable content now lives in a clean snapshot, so new appends are readable too.
      await reader.append('vault', entryUpdate('d', 'after repair'));
      const reopened = new DocumentMirror({ documentsDir: dir });
      const after = await reopened.load('vault');
      expect(after.damagedRecords).toBe(0);
      expect(entriesOf(after.update)).toEqual({ a: 'kept', b: 'kept too', d: 'after repair' });
      // The session that found the damage keeps reporting it.
      expect((await reader.load('vault')).damagedRecords).toBe(1);
    }));

  it('skips one record with a flipped bit and keeps the records after it', () =>
    withTempDir(async (dir) => {
      const mirror = new DocumentMirror({ documentsDir: dir });
      const updates = [entryUpdate('a', '1'), entryUpdate('b', '2'), entryUpdate('c', '3')];
      for (const u of updates) await mirror.append('vault', u);
      const logPath = join(mirror.folderFor('vault'), LOG_FILE);
      const log = await readFile(logPath);
      log[encodeRecord(updates[0]!).byteLength + 12]! ^= 0xff;
      await writeFile(logPath, log);

      const loaded = await new DocumentMirror({ documentsDir: dir }).load('vault');
      expect(loaded.damagedRecords).toBe(1);
      expect(entriesOf(loaded.update)).toEqual({ a: '1', c: '3' });
    }));

  it('survives a damaged snapshot: counted, copied aside, the log still loads', () =>
    withTempDir(async (dir) => {
      const mirror = new DocumentMirror({ documentsDir: dir });
      await mirror.append('vault', entryUpdate('old', 'in snapshot'));
      await mirror.compact('vault');
      await mirror.append('vault', entryUpdate('new', 'in log'));
      const folder = mirror.folderFor('vault');
      const snapshot = await readFile(join(folder, SNAPSHOT_FILE));
      snapshot[snapshot.byteLength - 1]! ^= 0x01;
      await writeFile(join(folder, SNAPSHOT_FILE), snapshot);

      const loaded = await new DocumentMirror({ documentsDir: dir }).load('vault');
      expect(loaded.damagedRecords).toBe(1);
      expect(entriesOf(loaded.update)).toEqual({ new: 'in log' });
      const files = await readdir(folder);
      const aside = files.find((f) => f.startsWith(`${SNAPSHOT_FILE}.damaged-`));
      expect(aside).toBeDefined();
      expect(await readFile(join(folder, aside!))).toEqual(snapshot);
    }));
});

describe('DocumentMirror: compaction', () => {
  it('folds the log into the snapshot once it passes the threshold, losing nothing', () =>
    withTempDir(async (dir) => {
      const mirror = new DocumentMirror({ documentsDir: dir, minLogBytes: 2_000, maxLogBytes: 8_000 });
      const expected: Record<string, string> = {};
      let lastBytesOnDisk = 0;
      for (let i = 0; i < 200; i += 1) {
        expected[`k${i}`] = `value number ${i}`;
        lastBytesOnDisk = (await mirror.append('vault', entryUpdate(`k${i}`, `value number ${i}`)))
          .bytesOnDisk;
      }
      const folder = mirror.folderFor('vault');
      const snapshotSize = (await stat(join(folder, SNAPSHOT_FILE))).size;
      const logSize = (await stat(join(folder, LOG_FILE))).size;
      expect(snapshotSize).toBeGreaterThan(0);
      expect(logSize).toBeLessThanOrEqual(Math.max(2_000, 2 * snapshotSize) + 200);
      expect(lastBytesOnDisk).toBe(snapshotSize + logSize);
      expect((await readdir(folder)).sort()).toEqual([SNAPSHOT_FILE, LOG_FILE].sort());
      expect(entriesOf((await new DocumentMirror({ documentsDir: dir }).load('vault')).update)).toEqual(
        expected,
      );
    }));

  it('compact() empties the log and keeps the content', () =>
    withTempDir(async (dir) => {
      const mirror = new DocumentMirror({ documentsDir: dir });
      await mirror.append('space:s1', entryUpdate('x', '1'));
      await mirror.append('space:s1', entryUpdate('y', '2'));
      await mirror.compact('space:s1');
      const folder = mirror.folderFor('space:s1');
      expect((await stat(join(folder, LOG_FILE))).size).toBe(0);
      expect(scanRecords(await readFile(join(folder, SNAPSHOT_FILE))).records).toHaveLength(1);
      expect(entriesOf((await mirror.load('space:s1')).update)).toEqual({ x: '1', y: '2' });
    }));
});
