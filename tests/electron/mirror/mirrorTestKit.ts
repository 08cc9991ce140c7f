import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as Y from 'yjs';
import { nodeMirrorFs, type MirrorFs } from '../../../electron/main/mirror/mirrorFs';

/** Helpers for mirror tests: real temp folders, real Yjs documents, injectable disk faults. */

export async function withTempDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-mirror-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** An independent update from its own client, setting `key` in the map "entries". */
export function entryUpdate(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap<string>('entries').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

export function entriesOf(update: Uint8Array | null): Record<string, string> {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  return doc.getMap<string>('entries').toJSON();
}

export function diskFull(syscall = 'write'): Error {
  return Object.assign(new Error(`ENOSPC: no space left on device, ${syscall}`), { code: 'ENOSPC', syscall });
}

export type Fault = (op: 'write' | 'truncate', fileName: string) => Error | null;

/**
 * The real file system, except that `fault` may fail a write (after half the bytes have
 * reached the file, as a full disk does) or a truncate.
 */
export function faultyFs(fault: Fault): MirrorFs {
  return {
    ...nodeMirrorFs,
    async open(path, flags) {
      const handle = await nodeMirrorFs.open(path, flags);
      const name = basename(path);
      return {
        async write(buffer, offset, length, position) {
          const error = fault('write', name);
          if (!error) return handle.write(buffer, offset, length, position);
          await handle.write(buffer, offset, Math.floor(length / 2), position);
          throw error;
        },
        sync: () => handle.sync(),
        truncate: (length) => {
          const error = fault('truncate', name);
          return error ? Promise.reject(error) : handle.truncate(length);
        },
        close: () => handle.close(),
      };
    },
  };
}
