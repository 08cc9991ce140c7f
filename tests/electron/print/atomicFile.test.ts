import { mkdtemp, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  describeWriteError,
  writeFileAtomically,
  type AtomicFileSystem,
} from '../../../electron/main/print/atomicFile';

/**
 * The PDF's file is written whole or not at all, against real files: a disk that fills up
 * halfway through (the real temporary file gets half the bytes, then ENOSPC) leaves neither a
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
const fullDisk: AtomicFileSystem = {
  open: async (...args: Parameters<typeof open>) => {
    const handle = await open(...args);
    return Object.assign(Object.create(handle) as typeof handle, {
      writeFile: async (bytes: Uint8Array) => {
        await handle.write(bytes.subarray(0, bytes.byteLength / 2));
        throw enospc();
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    });
  },
  rename,
  rm,
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
    const error = await writeFileAtomically(path, new Uint8Array(64 * 1024).fill(37), fullDisk).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(dir)).toEqual(['plan.pdf']);
    expect(await readFile(path, 'utf8')).toBe('old version');
    expect(describeWriteError(path, error)).toBe(
      `The PDF could not be saved to ${path}: the disk is full. Nothing was written there.`,
    );
  });

  it('leaves nothing when there was no file before and the disk fills up', async () => {
    const path = join(dir, 'plan.pdf');
    await expect(writeFileAtomically(path, new Uint8Array(1000), fullDisk)).rejects.toMatchObject({
      code: 'ENOSPC',
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('names the reason for the errors people meet, and the raw message otherwise', () => {
    const at = '/media/usb/plan.pdf';
    const withCode = (code: string) => Object.assign(new Error(code), { code });
    expect(describeWriteError(at, withCode('EACCES'))).toContain('Tandem is not allowed to write there');
    expect(describeWriteError(at, withCode('EROFS'))).toContain('that location is read-only');
    expect(describeWriteError(at, new Error('something odd'))).toBe(
      `The PDF could not be saved to ${at}: something odd. Nothing was written there.`,
    );
  });
});
