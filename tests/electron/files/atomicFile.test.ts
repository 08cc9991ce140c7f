import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  reasonForWriteError,
  SaveFileError,
  writeFileAtomically,
  writeJsonFileAtomically,
} from '../../../electron/main/files/atomicFile';
import { nodeMirrorFs, type MirrorFs } from '../../../electron/main/mirror/mirrorFs';

/**
 * A PDF, a backup or a state file is written whole or not at all (electron/main/files/atomicFile.ts),
 * against real files: a disk that fills up halfway through (the real temporary file gets half the bytes, then ENOSPC) leaves neither a
 * partial PDF nor a temporary file, and an older file of that name stays as it was.
 */

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-atomic-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** Real file calls, except that writing stops with ENOSPC after half of the bytes. */
const fullDisk: MirrorFs = {
  ...nodeMirrorFs,
  open: async (path, flags) => {
    const handle = await nodeMirrorFs.open(path, flags);
    return {
      write: async (bytes: Uint8Array, offset: number, length: number, position: number | null) => {
        await handle.write(bytes, offset, Math.floor(length / 2), position);
        throw enospc();
      },
      sync: () => handle.sync(),
      truncate: (length?: number) => handle.truncate(length),
      close: () => handle.close(),
    };
  },
};

describe('writing the PDF file atomically', () => {
  it('writes the whole file under the chosen name and nothing else', async () => {
    const path = join(dir, 'plan.pdf');
    await writeFileAtomically(path, new TextEncoder().encode('%PDF complete'));
    expect(await readFile(path, 'utf8')).toBe('%PDF complete');
    expect(await readdir(dir)).toEqual(['plan.pdf']);
  });

  it('replaces an older file only once the new one is complete', async () => {
    const path = join(dir, 'plan.pdf');
    await writeFile(path, 'old version');
    await writeFileAtomically(path, new TextEncoder().encode('new version'));
    expect(await readFile(path, 'utf8')).toBe('new version');
    expect(await readdir(dir)).toEqual(['plan.pdf']);
  });

  it('leaves no half-written file when the disk fills up, and keeps the older file', async () => {
    const path = join(dir, 'plan.pdf');
    await writeFile(path, 'old version');
    const error = await writeFileAtomically(path, new Uint8Array(64 * 1024).fill(37), {
      what: 'The PDF',
      fs: fullDisk,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveFileError);
    expect(error).toMatchObject({ code: 'ENOSPC', path, left: 'nothing' });
    expect(await readdir(dir)).toEqual(['plan.pdf']);
    expect(await readFile(path, 'utf8')).toBe('old version');
    expect((error as Error).message).toBe(
      `The PDF could not be saved to ${path}: the disk is full. Nothing was written there.`,
    );
  });

  it('leaves nothing when there was no file before and the disk fills up', async () => {
    const path = join(dir, 'plan.pdf');
    await expect(writeFileAtomically(path, new Uint8Array(1000), { fs: fullDisk })).rejects.toMatchObject({
      code: 'ENOSPC',
      message: `The file could not be saved to ${path}: the disk is full. Nothing was written there.`,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('names the reason for the errors people meet, and the raw message otherwise', () => {
    const at = '/media/usb/plan.pdf';
    const withCode = (code: string) => Object.assign(new Error(code), { code });
    expect(reasonForWriteError(withCode('EACCES'))).toBe('Tandem is not allowed to write there');
    expect(reasonForWriteError(withCode('EROFS'))).toBe('that location is read-only');
    expect(new SaveFileError(at, 'nothing', 'The PDF', new Error('something odd')).message).toBe(
      `The PDF could not be saved to ${at}: something odd. Nothing was written there.`,
    );
  });

  it('says the file is there but unconfirmed when only the folder’s fsync fails after the rename', async () => {
    const path = join(dir, 'backup.zip');
    const eio = Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    // Opening the folder for its fsync ('r') is the one call after the rename.
    const flakyFolder: MirrorFs = {
      ...nodeMirrorFs,
      open: (at, flags) => (flags === 'r' ? Promise.reject(eio) : nodeMirrorFs.open(at, flags)),
    };
    await expect(
      writeFileAtomically(path, new TextEncoder().encode('all of it'), {
        what: 'The backup',
        fs: flakyFolder,
      }),
    ).rejects.toThrow(
      `The backup was saved to ${path}, but the disk did not confirm it (the disk reported an input/output error); check the file.`,
    );
    expect(await readFile(path, 'utf8')).toBe('all of it');
    expect(await readdir(dir)).toEqual(['backup.zip']);
  });
});

describe('JSON state files', () => {
  it('creates the folder, writes readable JSON only this user may read, and leaves no temporary file', async () => {
    const path = join(dir, 'sharing', 'spaces.json');
    await writeJsonFileAtomically(path, { version: 1, spaces: [] }, { mode: 0o600 });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ version: 1, spaces: [] });
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(join(dir, 'sharing'))).toEqual(['spaces.json']);
  });

  it('replaces an older file whole', async () => {
    const path = join(dir, 'window-state.json');
    await writeJsonFileAtomically(path, { width: 800 });
    await writeJsonFileAtomically(path, { width: 1200, height: 900 });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ width: 1200, height: 900 });
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });
});
