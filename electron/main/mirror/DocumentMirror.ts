import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { docIdSchema } from '../../../shared/ipc/contract';
import type { MirrorStore } from './mirrorStore';
import type { RecordCipher } from '../atRest/recordCipher';
import { docFolderName, mirroredDocIds } from './docFolder';
import {
  appendRecordDurably,
  isDecodableUpdate,
  LOG_FILE,
  mergeStoredUpdates,
  mirrorCodec,
  preserveDamagedFile,
  readDocumentFiles,
  type PayloadCodec,
  writeSnapshotDurably,
} from './documentFiles';
import { diskError, nodeMirrorFs, syncDirectory, type MirrorFs } from './mirrorFs';
import { KeyedQueue } from './keyedQueue';
import { encodeRecord } from './recordLog';

/**
 * The durable on-disk copy of every document (docs/ARCHITECTURE.md, Persistence and the mirror): per document a folder with
 * `snapshot.bin` and an append-only, checksummed `updates.log`. Electron-free; plain `fs`.
 *
 * Operations on one document run strictly one after another (KeyedQueue). Damage found on
 * read is counted, the damaged file copied aside, and the readable content rewritten as a
 * fresh snapshot so later appends start on a clean log.
 */

export const DEFAULT_MIN_LOG_BYTES = 256 * 1024;
export const DEFAULT_MAX_LOG_BYTES = 4 * 1024 * 1024;

export interface DocumentMirrorOptions {
  /** `<userData>/documents` */
  documentsDir: string;
  fs?: MirrorFs;
  now?: () => Date;
  /** Compaction: when the log is past this and past twice the snapshot... */
  minLogBytes?: number;
  /** ...or past this whatever the snapshot's size. */
  maxLogBytes?: number;
  /**
   * Encryption at rest (electron/main/atRest): every record is sealed under the mirror's key,
   * bound to its document. A promise while the key is still being unlocked: calls wait for it.
   * Without one (tests of the file format), records are plain Yjs updates.
   */
  cipher?: RecordCipher | Promise<RecordCipher>;
  /** Failures that lose nothing and fail no call (a compaction that could not finish). */
  onBackgroundError?: (docId: string, error: Error) => void;
}

interface DocState {
  snapshotBytes: number;
  logBytes: number;
  /** False until the log file's directory entry has been fsync'd. */
  logDurable: boolean;
}

export class DocumentMirror implements MirrorStore {
  private readonly fs: MirrorFs;
  private readonly now: () => Date;
  private readonly minLogBytes: number;
  private readonly maxLogBytes: number;
  private readonly queue = new KeyedQueue();
  /** Known sizes per document; absent means "rescan before appending". */
  private readonly states = new Map<string, DocState>();
  /** Damaged records already repaired this session, still reported by `load`. */
  private readonly repairedDamage = new Map<string, number>();
  private documentsDirReady = false;
  private readonly cipher: Promise<RecordCipher | null>;

  constructor(private readonly options: DocumentMirrorOptions) {
    this.fs = options.fs ?? nodeMirrorFs;
    this.now = options.now ?? (() => new Date());
    this.minLogBytes = options.minLogBytes ?? DEFAULT_MIN_LOG_BYTES;
    this.maxLogBytes = options.maxLogBytes ?? DEFAULT_MAX_LOG_BYTES;
    this.cipher = Promise.resolve(options.cipher ?? null);
  }

  /** The codec of one document: its records are sealed with its id as associated data. */
  private async codecFor(docId: string): Promise<PayloadCodec | null> {
    return mirrorCodec(await this.cipher, docId);
  }

  /**
   * Rewrites every document still holding plain records as one sealed snapshot (the first start
   * with encryption). Per document, the sealed snapshot replaces the old one by rename before
   * the plain log is emptied, so a crash at any point leaves each document readable.
   */
  async sealLegacyDocuments(
    onProgress: (done: number, total: number) => void = () => undefined,
  ): Promise<void> {
    const docIds = await mirroredDocIds(this.options.documentsDir);
    let done = 0;
    for (const docId of docIds) {
      await this.queue.run(docId, async () => {
        const { repairError } = await this.readAndRepair(docId, this.folderFor(docId));
        if (repairError) throw repairError;
      });
      onProgress(++done, docIds.length);
    }
  }

  folderFor(docId: string): string {
    return join(this.options.documentsDir, docFolderName(checkDocId(docId)));
  }

  append(docId: string, update: Uint8Array): Promise<{ bytesOnDisk: number }> {
    return this.queue.run(docId, async () => {
      const dir = this.folderFor(docId);
      // Garbage stored now would only be found, and dropped, at the next load.
      if (update.byteLength === 0 || !isDecodableUpdate(update)) {
        throw new Error(`Refused to store ${docId}: not a Yjs update`);
      }
      const state = this.states.get(docId) ?? (await this.openForAppend(docId, dir));
      const codec = await this.codecFor(docId);
      const record = encodeRecord(codec ? codec.seal(update) : update);
      try {
        await appendRecordDurably(this.fs, join(dir, LOG_FILE), record, state.logBytes);
        if (!state.logDurable) {
          await syncDirectory(this.fs, dir);
          state.logDurable = true;
        }
      } catch (error) {
        this.states.delete(docId);
        throw diskError('save to', error);
      }
      state.logBytes += record.byteLength;
      if (this.needsCompaction(state)) await this.compactInQueue(docId, dir);
      const after = this.states.get(docId) ?? state;
      return { bytesOnDisk: after.snapshotBytes + after.logBytes };
    });
  }

  load(docId: string): Promise<{ update: Uint8Array | null; damagedRecords: number }> {
    return this.queue.run(docId, async () => {
      const { merged, unrepairedDamage } = await this.readAndRepair(docId, this.folderFor(docId));
      return { update: merged, damagedRecords: (this.repairedDamage.get(docId) ?? 0) + unrepairedDamage };
    });
  }

  /** Rewrites the document as one snapshot and empties its log. */
  compact(docId: string): Promise<void> {
    return this.queue.run(docId, () => this.compactInQueue(docId, this.folderFor(docId)));
  }

  /**
   * The document's folder goes whole: snapshot, log and any damaged copies set aside in it.
   * Removed with the real file system (the injected one has no recursive removal): purging is
   * not part of the crash tests, and a folder half removed still holds only that document.
   */
  purge(docId: string): Promise<void> {
    return this.queue.run(docId, async () => {
      const dir = this.folderFor(docId);
      this.states.delete(docId);
      this.repairedDamage.delete(docId);
      try {
        await rm(dir, { recursive: true, force: true });
        await syncDirectory(this.fs, this.options.documentsDir);
      } catch (error) {
        throw diskError('remove from', error);
      }
    });
  }

  compactCollected(docId: string): Promise<void> {
    return this.queue.run(docId, async () => {
      const dir = this.folderFor(docId);
      const { merged, repairError } = await this.readAndRepair(docId, dir);
      if (repairError) throw repairError;
      if (merged === null) return;
      // Merging updates keeps deleted content; a document with garbage collection drops it.
      const doc = new Y.Doc({ gc: true });
      let collected: Uint8Array;
      try {
        Y.applyUpdate(doc, merged);
        collected = Y.encodeStateAsUpdate(doc);
      } finally {
        doc.destroy();
      }
      try {
        const snapshotBytes = await writeSnapshotDurably(this.fs, dir, collected, await this.codecFor(docId));
        this.states.set(docId, { snapshotBytes, logBytes: 0, logDurable: true });
      } catch (error) {
        this.states.delete(docId);
        throw diskError('save to', error);
      }
    });
  }

  isIdle(): boolean {
    return this.queue.isIdle();
  }

  /** Resolves when every queued operation has finished (before quitting). */
  whenIdle(): Promise<void> {
    return this.queue.whenIdle();
  }

  private needsCompaction(state: DocState): boolean {
    if (state.logBytes > this.maxLogBytes) return true;
    return state.logBytes > this.minLogBytes && state.logBytes > 2 * state.snapshotBytes;
  }

  private async ensureDocumentsDir(dir: string): Promise<void> {
    await this.fs.mkdir(dir, { recursive: true });
    if (!this.documentsDirReady) {
      await syncDirectory(this.fs, this.options.documentsDir);
      this.documentsDirReady = true;
    }
  }

  private async openForAppend(docId: string, dir: string): Promise<DocState> {
    try {
      await this.ensureDocumentsDir(dir);
    } catch (error) {
      throw diskError('save to', error);
    }
    const { repairError } = await this.readAndRepair(docId, dir);
    // Appending behind a torn record would make every later record unreadable.
    if (repairError) throw repairError;
    // The folder exists now (ensured above), so an empty state is accurate for a new document.
    const state = this.states.get(docId) ?? { snapshotBytes: 0, logBytes: 0, logDurable: false };
    this.states.set(docId, state);
    return state;
  }

  /**
   * Reads everything readable. When something is damaged, copies the damaged file aside and
   * rewrites the readable content as a fresh snapshot. If that repair fails (disk full), the
   * readable content is still returned and the damage stays reported.
   */
  private async readAndRepair(
    docId: string,
    dir: string,
  ): Promise<{ merged: Uint8Array | null; unrepairedDamage: number; repairError?: Error }> {
    let files;
    const codec = await this.codecFor(docId);
    try {
      files = await readDocumentFiles(this.fs, dir, codec);
    } catch (error) {
      this.states.delete(docId);
      throw diskError('read from', error);
    }
    const { merged, rejected } = mergeStoredUpdates(files.updates);
    const damage = files.damagedRecords + rejected;
    const state: DocState = {
      snapshotBytes: files.snapshotBytes,
      logBytes: files.logBytes,
      logDurable: false,
    };
    if (damage === 0 && files.legacyPlainRecords > 0) {
      // Written before encryption: sealed now, and the plain copy is not kept anywhere.
      try {
        state.snapshotBytes = await writeSnapshotDurably(this.fs, dir, merged, codec);
        state.logBytes = 0;
      } catch (error) {
        this.states.delete(docId);
        return { merged, unrepairedDamage: 0, repairError: diskError('save to', error) };
      }
      this.states.set(docId, state);
      return { merged, unrepairedDamage: 0 };
    }
    if (damage === 0) {
      // Nothing on disk yet: leave the state unknown so the first append creates the folder.
      if (files.existingFiles.length === 0) this.states.delete(docId);
      else this.states.set(docId, state);
      return { merged, unrepairedDamage: 0 };
    }
    // A rejected update could be in either file, so then both are kept.
    const damagedFiles = rejected > 0 ? files.existingFiles : files.damagedFiles;
    try {
      for (const file of damagedFiles) await preserveDamagedFile(this.fs, dir, file, this.now());
      state.snapshotBytes = await writeSnapshotDurably(this.fs, dir, merged, codec);
      state.logBytes = 0;
    } catch (error) {
      this.states.delete(docId);
      const repairError = diskError('save to', error);
      this.options.onBackgroundError?.(docId, repairError);
      return { merged, unrepairedDamage: damage, repairError };
    }
    this.repairedDamage.set(docId, (this.repairedDamage.get(docId) ?? 0) + damage);
    this.states.set(docId, state);
    return { merged, unrepairedDamage: 0 };
  }

  /** Compaction never fails a call: until it succeeds, the log simply keeps everything. */
  private async compactInQueue(docId: string, dir: string): Promise<void> {
    const { merged, repairError } = await this.readAndRepair(docId, dir);
    if (repairError) return;
    const state = this.states.get(docId);
    if (!state || state.logBytes === 0) return;
    try {
      state.snapshotBytes = await writeSnapshotDurably(this.fs, dir, merged, await this.codecFor(docId));
      state.logBytes = 0;
    } catch (error) {
      // The snapshot is replaced only by rename, so the old one and the log are intact.
      this.states.delete(docId);
      this.options.onBackgroundError?.(docId, diskError('save to', error));
    }
  }
}

function checkDocId(docId: string): string {
  const parsed = docIdSchema.safeParse(docId);
  if (!parsed.success) throw new Error(`Not a document id: ${JSON.stringify(docId).slice(0, 80)}`);
  return parsed.data;
}
