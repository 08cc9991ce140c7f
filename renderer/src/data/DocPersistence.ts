import * as idb from 'lib0/indexeddb';
import * as Y from 'yjs';
import { quarantineAndSalvage, type DamageReport } from './damageRecovery';
import { reasonOf, SaveProblem } from './saveProblem';
import { fetchSealedUpdates, sealUpdate, storeSealedState, type UpdateLogFields } from './sealedUpdates';
import type { WindowCipher } from './windowCipher';

/**
 * Local persistence of one Y.Doc in IndexedDB, in y-indexeddb's layout and with its load and
 * compaction (sealedUpdates.ts: the same two functions with every record encrypted at rest),
 * wrapped to fix its known weak spots:
 * - errors surface: a load that fails to decode becomes `state: 'damaged'` with a message, the
 *   stored bytes are left untouched and nothing more is written over them;
 * - there is a saved signal: `state` is 'saving' until every write's transaction commits;
 * - compaction goes by size, not only after 500 updates;
 * - opening does not append a full copy of the document each time (stock y-indexeddb does).
 */

export type PersistenceState = 'loading' | 'saving' | 'saved' | 'damaged' | 'error';

const UPDATES_STORE = 'updates';
const CUSTOM_STORE = 'custom';

/** Compact once the log holds this many records… */
const COMPACT_AFTER_RECORDS = 200;
/** …or once bytes appended since the last compaction exceed this share of the document's size. */
const COMPACT_GROWTH_FACTOR = 2;
const MIN_COMPACT_BYTES = 64 * 1024;
/** Typing produces an update per keystroke; batching them keeps IndexedDB writes few. */
const WRITE_BATCH_MS = 40;
/** A failed write is retried on its own (the disk may have room again), backing off to 30 s. */
const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 30_000;

export class DocumentDamagedError extends Error {
  /** Why it could not be read, and why it could not be set aside (if it could not), for the window's message. */
  readonly reason: string;
  readonly repairReason: string | undefined;

  constructor(
    readonly dbName: string,
    cause: unknown,
    repairFailure?: unknown,
  ) {
    const reason = reasonOf;
    super(
      `The saved data for this item could not be read (${reason(cause)}). ` +
        (repairFailure === undefined
          ? ''
          : `It could not be set aside for repair either (${reason(repairFailure)}). `) +
        'It has been kept as it is and nothing was deleted.',
    );
    this.name = 'DocumentDamagedError';
    this.reason = reasonOf(cause);
    this.repairReason = repairFailure === undefined ? undefined : reasonOf(repairFailure);
  }
}

export class DocPersistence {
  state: PersistenceState = 'loading';
  error: Error | null = null;
  /** Set when the stored data was damaged and has been quarantined and rebuilt on load. */
  recovery: DamageReport | null = null;
  readonly whenLoaded: Promise<void>;

  private readonly fields: UpdateLogFields;
  private cipher: WindowCipher | null = null;
  private readonly listeners = new Set<() => void>();
  private pending: Uint8Array[] = [];
  private batchTimer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = 0;
  private bytesSinceCompaction = 0;
  private compacting = false;
  /** Encoded size at the last compaction; growth is measured against it. */
  private compactedSize = 0;
  private idleFlushes: (() => void)[] = [];
  private retryDelay = RETRY_FIRST_MS;

  /**
   * `cipher`: the window's at-rest cipher, or a promise of it while main unlocks the key (nothing
   * is read or written until then). Null stores plain updates: unit tests of the layout only.
   */
  constructor(
    readonly dbName: string,
    readonly doc: Y.Doc,
    cipher: Promise<WindowCipher | null> | WindowCipher | null = null,
  ) {
    this.fields = { db: null, doc, _dbref: 0, _dbsize: 0, _destroyed: false };
    this.whenLoaded = this.load(Promise.resolve(cipher));
    // Errors are reported through `state`; a failed load must not become an unhandled rejection.
    this.whenLoaded.catch(() => undefined);
    doc.on('update', this.onUpdate);
    doc.on('destroy', this.destroy);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setState(state: PersistenceState, error: Error | null = this.error): void {
    if (this.state === state && this.error === error) return;
    this.state = state;
    this.error = error;
    for (const listener of this.listeners) listener();
  }

  private async load(cipher: Promise<WindowCipher | null>): Promise<void> {
    const db = await idb.openDB(this.dbName, (created) =>
      idb.createStores(created, [[UPDATES_STORE, { autoIncrement: true }], [CUSTOM_STORE]]),
    );
    this.fields.db = db;
    // Known before anything is read or written: the first read waits for it beside its requests.
    const known = cipher.then((opened) => (this.cipher = opened));
    if (this.fields._destroyed) return;
    try {
      await fetchSealedUpdates(this.fields, known, this.dbName);
    } catch {
      await known;
      // The records may have been read while a first start was still sealing this database
      // (the key arrives only after that): read again before calling anything damaged.
      try {
        await fetchSealedUpdates(this.fields, this.cipher, this.dbName);
      } catch (cause) {
        await this.recoverFromDamage(db, cause);
      }
    }
    this.setState(this.pending.length > 0 ? 'saving' : 'saved', null);
    if (this.fields._dbsize > COMPACT_AFTER_RECORDS) this.scheduleCompaction();
  }

  /**
   * Stored bytes that do not decode: copy them aside untouched, rebuild from the records that
   * still decode, and load that. Only when even the copy aside fails is the document left
   * 'damaged' (nothing written over it).
   */
  private async recoverFromDamage(db: IDBDatabase, cause: unknown): Promise<void> {
    try {
      const { report, state } = await quarantineAndSalvage(db, this.dbName, this.cipher);
      // What the failed load applied before it threw came from records that decoded that far;
      // the rebuilt state is merged over it (with our own origin: it is already stored).
      Y.applyUpdate(this.doc, state, this.fields);
      this.fields._dbref = 0;
      this.fields._dbsize = 1;
      this.recovery = report;
    } catch (repairFailure) {
      const error = new DocumentDamagedError(this.dbName, cause, repairFailure);
      this.setState('damaged', error);
      throw error;
    }
  }

  /** True for updates this persistence applied itself (loading and compaction use `fields` as origin). */
  isOwnOrigin(origin: unknown): boolean {
    return origin === this.fields;
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.isOwnOrigin(origin) || this.fields._destroyed) return;
    if (this.state === 'damaged') return; // never write over damaged bytes
    this.pending.push(update);
    this.bytesSinceCompaction += update.byteLength;
    if (this.state !== 'loading') this.setState('saving');
    this.batchTimer ??= setTimeout(() => void this.writePending(), WRITE_BATCH_MS);
  };

  /** Writes batched updates now; resolves when everything written so far has committed. */
  async flush(): Promise<void> {
    await this.whenLoaded.catch(() => undefined);
    if (this.pending.length > 0) await this.writePending();
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => this.idleFlushes.push(resolve));
  }

  private async writePending(): Promise<void> {
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = null;
    await this.whenLoaded.catch(() => undefined);
    const db = this.fields.db;
    if (!db || this.pending.length === 0 || this.state === 'damaged') return;
    const batch = Y.mergeUpdates(this.pending);
    this.pending = [];
    this.inFlight++;
    try {
      const sealed = await sealUpdate(batch, this.cipher, this.dbName);
      await runWrite(db, (store) => store.add(sealed));
      this.retryDelay = RETRY_FIRST_MS;
      this.fields._dbsize++;
      if (this.shouldCompact(batch.byteLength)) this.scheduleCompaction();
    } catch (cause) {
      // Keep the update queued so a later write (after space is freed) still saves it.
      this.pending.unshift(batch);
      this.setState('error', describeWriteError(cause));
      this.scheduleRetry();
    } finally {
      this.inFlight--;
      this.settle();
    }
  }

  private scheduleRetry(): void {
    // An edit made meanwhile may already have a write queued; it carries the batch too.
    if (this.fields._destroyed || this.batchTimer !== null) return;
    this.batchTimer = setTimeout(() => void this.writePending(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
  }

  private settle(): void {
    if (this.inFlight > 0 || this.pending.length > 0) return;
    if (this.state === 'saving' || this.state === 'error') this.setState('saved', null);
    for (const resolve of this.idleFlushes.splice(0)) resolve();
  }

  /**
   * Writes everything pending, then replaces the stored updates with one record of the current
   * state. The document collects deleted content, so what was removed from it is then in no
   * record (the vault, after an item is purged from the trash).
   */
  async compactNow(): Promise<void> {
    await this.flush();
    if (this.fields._destroyed || this.state === 'damaged') return;
    await storeSealedState(this.fields, this.cipher, this.dbName);
    this.bytesSinceCompaction = 0;
    this.compactedSize = Y.encodeStateAsUpdate(this.doc).byteLength;
  }

  private shouldCompact(lastWrite: number): boolean {
    if (this.fields._dbsize > COMPACT_AFTER_RECORDS) return true;
    const growth = this.bytesSinceCompaction + lastWrite;
    return growth > MIN_COMPACT_BYTES && growth > COMPACT_GROWTH_FACTOR * this.compactedSize;
  }

  private scheduleCompaction(): void {
    if (this.compacting) return;
    this.compacting = true;
    setTimeout(() => {
      if (this.fields._destroyed || this.state === 'damaged') return;
      storeSealedState(this.fields, this.cipher, this.dbName)
        .then(() => {
          this.bytesSinceCompaction = 0;
          this.compactedSize = Y.encodeStateAsUpdate(this.doc).byteLength;
        })
        .catch((cause: unknown) => this.setState('error', describeWriteError(cause)))
        .finally(() => {
          this.compacting = false;
        });
    }, 500);
  }

  readonly destroy = (): void => {
    if (this.fields._destroyed) return;
    const flushed = this.flush();
    this.fields._destroyed = true;
    this.doc.off('update', this.onUpdate);
    this.doc.off('destroy', this.destroy);
    void flushed.finally(() => this.fields.db?.close());
  };
}

/** Runs one write in its own transaction and resolves only when the transaction commits. */
function runWrite(db: IDBDatabase, write: (store: IDBObjectStore) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([UPDATES_STORE], 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write was aborted'));
    write(tx.objectStore(UPDATES_STORE));
  });
}

function describeWriteError(cause: unknown): SaveProblem {
  const name = cause instanceof DOMException ? cause.name : '';
  const reason = reasonOf(cause);
  if (name === 'QuotaExceededError')
    return new SaveProblem(
      'diskFull',
      reason,
      'Could not save: the disk is full. Free some space; your changes are kept in memory until then.',
    );
  return new SaveProblem('failed', reason, `Could not save: ${reason}`);
}
