import { join } from 'node:path';
import * as Y from 'yjs';
import { errorCode, readOptional, syncDirectory, writeAll, type MirrorFs } from './mirrorFs';
import type { RecordCipher } from '../atRest/recordCipher';
import { RecordAuthenticationError } from '../../../shared/atRest/sealedRecord';
import { encodeRecord, scanRecords } from './recordLog';

/**
 * The files of one document's folder and the durable ways of changing them. Every write is
 * fsync'd before it is relied on; a snapshot replaces the old one only by an atomic rename.
 */

export const SNAPSHOT_FILE = 'snapshot.bin';
export const LOG_FILE = 'updates.log';

/**
 * How one document's record payloads are kept at rest (electron/main/atRest): sealed on the
 * way to disk, opened on the way back. Without one (tests of the log format), payloads are
 * plain Yjs updates.
 */
export interface PayloadCodec {
  seal(payload: Uint8Array): Uint8Array;
  /** Throws RecordAuthenticationError for a payload that does not authenticate. */
  open(stored: Uint8Array): Uint8Array;
  /** A payload written before encryption, accepted only while migration runs. */
  isLegacyPlain(stored: Uint8Array): boolean;
}

/** One document's codec under the at-rest cipher: `mirror:<docId>` is the associated data. */
export function mirrorCodec(cipher: RecordCipher | null, docId: string): PayloadCodec | null {
  if (cipher === null) return null;
  const context = `mirror:${docId}`;
  return {
    seal: (payload) => cipher.seal(payload, context),
    open: (stored) => cipher.open(stored, context),
    isLegacyPlain: (stored) => cipher.isLegacyPlain(stored),
  };
}

export interface DocumentFiles {
  /** Intact updates: the snapshot's first, then the log's in order. */
  updates: Uint8Array[];
  snapshotBytes: number;
  logBytes: number;
  /** Which of the two files exist, e.g. to copy aside when their content cannot be used. */
  existingFiles: string[];
  damagedRecords: number;
  damagedFiles: string[];
  /** Records still in plain text from before encryption (read, and to be rewritten sealed). */
  legacyPlainRecords: number;
}

export async function readDocumentFiles(
  fs: MirrorFs,
  dir: string,
  codec: PayloadCodec | null = null,
): Promise<DocumentFiles> {
  const result: DocumentFiles = {
    updates: [],
    snapshotBytes: 0,
    logBytes: 0,
    existingFiles: [],
    damagedRecords: 0,
    damagedFiles: [],
    legacyPlainRecords: 0,
  };
  for (const file of [SNAPSHOT_FILE, LOG_FILE]) {
    const bytes = await readOptional(fs, join(dir, file));
    if (bytes === null) continue;
    result.existingFiles.push(file);
    if (file === SNAPSHOT_FILE) result.snapshotBytes = bytes.byteLength;
    else result.logBytes = bytes.byteLength;
    const scan = scanRecords(bytes);
    let damaged = scan.damagedRecords;
    for (const payload of scan.records) {
      if (codec === null) {
        result.updates.push(payload);
        continue;
      }
      if (codec.isLegacyPlain(payload)) result.legacyPlainRecords += 1;
      try {
        result.updates.push(codec.open(payload));
      } catch (error) {
        // A record that fails authentication is damage like a bad checksum: kept aside, not read.
        if (!(error instanceof RecordAuthenticationError)) throw error;
        damaged += 1;
      }
    }
    if (damaged > 0) {
      result.damagedRecords += damaged;
      result.damagedFiles.push(file);
    }
  }
  return result;
}

export function isDecodableUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

/**
 * Merges the stored updates into one. A record can pass its checksum and still not be a Yjs
 * update (written by a buggy build); those are left out and counted instead of failing the
 * whole document.
 */
export function mergeStoredUpdates(updates: Uint8Array[]): { merged: Uint8Array | null; rejected: number } {
  if (updates.length === 0) return { merged: null, rejected: 0 };
  try {
    // A copy: mergeUpdates hands back its input when there is one, and that may be a view
    // into a larger Buffer that must not cross IPC whole.
    return { merged: Uint8Array.from(Y.mergeUpdates(updates)), rejected: 0 };
  } catch {
    const usable = updates.filter(isDecodableUpdate);
    const merged = usable.length > 0 ? Uint8Array.from(Y.mergeUpdates(usable)) : null;
    return { merged, rejected: updates.length - usable.length };
  }
}

/**
 * Appends one record and fsyncs it. If the write fails part-way (disk full), the file is cut
 * back to `sizeBefore` so the next append does not land behind a torn record.
 */
export async function appendRecordDurably(
  fs: MirrorFs,
  logPath: string,
  record: Uint8Array,
  sizeBefore: number,
): Promise<void> {
  const handle = await fs.open(logPath, 'a');
  try {
    await writeAll(handle, record);
    await handle.sync();
  } catch (error) {
    try {
      await handle.truncate(sizeBefore);
      await handle.sync();
    } catch {
      // The caller forgets its cached state, so the next operation rescans and repairs.
    }
    throw error;
  } finally {
    await handle.close();
  }
}

/** `flags`: 'w' to replace, 'wx' to fail with EEXIST rather than overwrite. */
async function writeFileDurably(fs: MirrorFs, path: string, bytes: Uint8Array, flags = 'w'): Promise<void> {
  const handle = await fs.open(path, flags);
  try {
    await writeAll(handle, bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces the snapshot with `merged` and empties the log. Order matters for crashes: the new
 * snapshot is complete and durable before the rename, and the log is emptied only after the
 * rename is durable. A crash in between leaves updates in both places, which Yjs merges
 * idempotently. Returns the new snapshot's size.
 */
export async function writeSnapshotDurably(
  fs: MirrorFs,
  dir: string,
  merged: Uint8Array | null,
  codec: PayloadCodec | null = null,
): Promise<number> {
  const snapshotPath = join(dir, SNAPSHOT_FILE);
  let snapshotBytes = 0;
  if (merged === null) {
    await fs.unlink(snapshotPath).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error;
    });
  } else {
    const record = encodeRecord(codec ? codec.seal(merged) : merged);
    const temporary = `${snapshotPath}.tmp`;
    try {
      await writeFileDurably(fs, temporary, record);
    } catch (error) {
      await fs.unlink(temporary).catch(() => undefined);
      throw error;
    }
    await fs.rename(temporary, snapshotPath);
    snapshotBytes = record.byteLength;
  }
  await syncDirectory(fs, dir);
  await truncateLog(fs, join(dir, LOG_FILE));
  return snapshotBytes;
}

async function truncateLog(fs: MirrorFs, logPath: string): Promise<void> {
  let handle;
  try {
    handle = await fs.open(logPath, 'r+');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  try {
    await handle.truncate(0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Copies a damaged file aside as `<name>.damaged-<timestamp>` before anything rewrites it, so
 * the unreadable bytes can still be examined or recovered by hand. The copy is fsync'd (a
 * plain copyFile is not) and never overwrites an earlier copy.
 */
export async function preserveDamagedFile(
  fs: MirrorFs,
  dir: string,
  file: string,
  now: Date,
): Promise<string> {
  const bytes = await fs.readFile(join(dir, file));
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt += 1) {
    const name = `${file}.damaged-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
    try {
      await writeFileDurably(fs, join(dir, name), bytes, 'wx');
      await syncDirectory(fs, dir);
      return name;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || attempt >= 100) throw error;
    }
  }
}
