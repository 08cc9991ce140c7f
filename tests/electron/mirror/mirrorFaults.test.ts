import { appendFile, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DocumentMirror } from '../../../electron/main/mirror/DocumentMirror';
import { LOG_FILE, SNAPSHOT_FILE } from '../../../electron/main/mirror/documentFiles';
import { diskError } from '../../../electron/main/mirror/mirrorFs';
import { diskFull, entriesOf, entryUpdate, faultyFs, withTempDir } from './mirrorTestKit';

describe('DocumentMirror on a full disk', () => {
  it('fails the append with a clear message and loses nothing already stored', () =>
    withTempDir(async (dir) => {
      let full = false;
      const mirror = new DocumentMirror({
        documentsDir: dir,
        fs: faultyFs((op, file) => (full && op === 'write' && file === LOG_FILE ? diskFull() : null)),
      });
      await mirror.append('vault', entryUpdate('a', 'safe'));
      const logPath = join(mirror.folderFor('vault'), LOG_FILE);
      const sizeBefore = (await stat(logPath)).size;

      full = true;
      const failure = mirror.append('vault', entryUpdate('b', 'did not fit'));
      await expect(failure).rejects.toThrow('Could not save to disk: the disk is full');
      await expect(failure).rejects.toMatchObject({ cause: { code: 'ENOSPC' } });
      // The half-written record was cut off again.
      expect((await stat(logPath)).size).toBe(sizeBefore);

      full = false;
      expect(await mirror.load('vault')).toMatchObject({ damagedRecords: 0 });
      await mirror.append('vault', entryUpdate('c', 'after space was freed'));
      const reopened = await new DocumentMirror({ documentsDir: dir }).load('vault');
      expect(reopened.damagedRecords).toBe(0);
      expect(entriesOf(reopened.update)).toEqual({ a: 'safe', c: 'after space was freed' });
    }));

  it('recovers when even cutting off the torn record fails: the torn tail is found and set aside', () =>
    withTempDir(async (dir) => {
      let broken = false;
      const mirror = new DocumentMirror({
        documentsDir: dir,
        fs: faultyFs((op, file) => (broken && file === LOG_FILE ? diskFull(op) : null)),
      });
      await mirror.append('vault', entryUpdate('a', 'safe'));
      broken = true;
      await expect(mirror.append('vault', entryUpdate('b', 'torn'))).rejects.toThrow('the disk is full');

      broken = false;
      await mirror.append('vault', entryUpdate('c', 'next'));
      const loaded = await mirror.load('vault');
      expect(loaded.damagedRecords).toBe(1);
      expect(entriesOf(loaded.update)).toEqual({ a: 'safe', c: 'next' });
      const files = await readdir(mirror.folderFor('vault'));
      expect(files.some((f) => f.startsWith(`${LOG_FILE}.damaged-`))).toBe(true);
    }));

  it('keeps the append when compaction runs out of space, and leaves no temp file', () =>
    withTempDir(async (dir) => {
      const onBackgroundError = vi.fn();
      const mirror = new DocumentMirror({
        documentsDir: dir,
        minLogBytes: 1,
        maxLogBytes: 1,
        onBackgroundError,
        fs: faultyFs((op, file) => (op === 'write' && file === `${SNAPSHOT_FILE}.tmp` ? diskFull() : null)),
      });
      const stored = await mirror.append('vault', entryUpdate('a', '1'));
      expect(stored.bytesOnDisk).toBeGreaterThan(0);
      await mirror.append('vault', entryUpdate('b', '2'));
      expect(onBackgroundError).toHaveBeenCalledWith(
        'vault',
        new Error('Could not save to disk: the disk is full'),
      );
      const folder = mirror.folderFor('vault');
      expect(await readdir(folder)).toEqual([LOG_FILE]);
      expect(entriesOf((await new DocumentMirror({ documentsDir: dir }).load('vault')).update)).toEqual({
        a: '1',
        b: '2',
      });
    }));

  it('still returns readable content when repairing damage runs out of space', () =>
    withTempDir(async (dir) => {
      const healthy = new DocumentMirror({ documentsDir: dir });
      await healthy.append('vault', entryUpdate('a', 'readable'));
      const logPath = join(healthy.folderFor('vault'), LOG_FILE);
      const log = await readFile(logPath);
      await appendFile(logPath, log.subarray(0, 5));

      const full = new DocumentMirror({
        documentsDir: dir,
        fs: faultyFs((op) => (op === 'write' ? diskFull() : null)),
      });
      const loaded = await full.load('vault');
      expect(loaded.damagedRecords).toBe(1);
      expect(entriesOf(loaded.update)).toEqual({ a: 'readable' });
      // Appending behind the torn record is refused rather than making it worse.
      await expect(full.append('vault', entryUpdate('b', 'x'))).rejects.toThrow('Could not save to disk');
    }));
});

describe('diskError', () => {
  it('words common failures for people and keeps the cause', () => {
    const cause = Object.assign(new Error('EROFS'), { code: 'EROFS' });
    const error = diskError('save to', cause);
    expect(error.message).toBe('Could not save to disk: the disk is read-only');
    expect(error.cause).toBe(cause);
    expect(diskError('read from', new Error('odd')).message).toBe('Could not read from disk: odd');
  });
});
