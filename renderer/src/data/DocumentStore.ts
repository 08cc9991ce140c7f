import * as Y from 'yjs';
import { VAULT_DOC_ID } from '../../../shared/schema/ids';
import { quarantinePrefix, type DamageReport } from './damageRecovery';
import { DocPersistence, type PersistenceState } from './DocPersistence';
import { MIRROR_ORIGIN, MirrorLink } from './MirrorLink';
import type { MirrorClient } from './mirrorClient';
import { reasonOf, SaveProblem, type SaveProblemKind } from './saveProblem';
import type { WindowCipher } from './windowCipher';

/** A document whose stored data was damaged, quarantined and rebuilt when it was opened. */
export interface Recovery {
  docId: string;
  report: DamageReport;
}

/** What the app shows as its one save indicator. */
/** A failed save says what kind of problem it is when it knows (see SaveProblem). */
export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; problem?: SaveProblemKind; reason?: string };

export interface OpenDocument {
  readonly docId: string;
  readonly doc: Y.Doc;
  readonly persistence: DocPersistence;
  /** Resolves when local data is loaded; rejects with DocumentDamagedError for damaged data. */
  readonly ready: Promise<void>;
}

interface Entry extends OpenDocument {
  /** Settles once the first reconcile with the disk mirror is done (or failed, or skipped). */
  reconciled: Promise<void>;
  refs: number;
  mirrorLink: MirrorLink | null;
  mirrorError: Error | null;
  unsubscribe: () => void;
  closeTimer: ReturnType<typeof setTimeout> | null;
}

export interface DocumentStoreOptions {
  mirror: MirrorClient | null;
  /**
   * Encryption at rest (windowCipher.ts): every record is sealed with it. A promise while main
   * unlocks the key; documents wait for it. Absent only in unit tests of the storage layout.
   */
  cipher?: Promise<WindowCipher | null>;
  /** IndexedDB database name prefix; tests use their own to stay isolated. */
  dbPrefix?: string;
  /** Documents opened with `deferMirror` reconcile with the disk mirror this long after load. */
  mirrorDelayMs?: number;
  /** How long a released document stays open in case it is reopened (switching entries). */
  closeDelayMs?: number;
}

/**
 * Opens Yjs documents on demand, each with local persistence and a link to main's disk mirror,
 * and shares them between the components that use them (reference-counted).
 */
export class DocumentStore {
  private readonly docs = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private status: SaveStatus = { kind: 'saved' };
  private recoveries: readonly Recovery[] = [];
  private shared: ReadonlySet<string> = new Set();

  constructor(private readonly options: DocumentStoreOptions) {}

  /** The at-rest cipher every document of this store is sealed with (null: plain, tests only). */
  get cipher(): Promise<WindowCipher | null> {
    return this.options.cipher ?? Promise.resolve(null);
  }

  /** Opens (or shares) a document. Call the returned release function when done with it. */
  open(docId: string, { deferMirror = false } = {}): [OpenDocument, () => void] {
    let entry = this.docs.get(docId);
    if (!entry) {
      entry = this.create(docId, deferMirror);
      this.docs.set(docId, entry);
    }
    entry.refs++;
    if (entry.closeTimer) clearTimeout(entry.closeTimer);
    entry.closeTimer = null;
    const opened = entry;
    let released = false;
    return [
      opened,
      () => {
        if (released) return;
        released = true;
        this.release(opened);
      },
    ];
  }

  private create(docId: string, deferMirror: boolean): Entry {
    const doc = new Y.Doc({ gc: true });
    const persistence = new DocPersistence(`${this.options.dbPrefix ?? 'tandem/'}${docId}`, doc, this.cipher);
    const entry: Entry = {
      docId,
      doc,
      persistence,
      ready: persistence.whenLoaded,
      reconciled: Promise.resolve(),
      refs: 0,
      mirrorLink: null,
      mirrorError: null,
      unsubscribe: persistence.subscribe(() => this.recompute()),
      closeTimer: null,
    };
    void persistence.whenLoaded.then(
      () => {
        if (persistence.recovery) this.addRecovery({ docId, report: persistence.recovery });
      },
      () => undefined,
    );
    const mirror = this.options.mirror;
    if (mirror) {
      entry.mirrorLink = new MirrorLink(
        docId,
        doc,
        mirror,
        (error) => {
          entry.mirrorError = error;
          this.recompute();
        },
        () => this.recompute(),
      );
      const link = entry.mirrorLink;
      link.setShared(this.shared.has(docId));
      const reconcile = async (): Promise<void> => {
        if (persistence.state === 'damaged' || !this.docs.has(docId)) return;
        await link.reconcile().catch((cause: unknown) => {
          entry.mirrorError = new SaveProblem(
            'mirrorRead',
            reasonOf(cause),
            `Could not read the backup copy on disk: ${reasonOf(cause)}`,
          );
          this.recompute();
        });
      };
      // The vault reconciles after boot so start-up reads only IndexedDB; items reconcile at once.
      entry.reconciled = persistence.whenLoaded.then(
        () =>
          deferMirror
            ? new Promise<void>((resolve) =>
                setTimeout(() => void reconcile().finally(resolve), this.options.mirrorDelayMs ?? 1500),
              )
            : reconcile(),
        () => undefined,
      );
    }
    this.recompute();
    return entry;
  }

  /**
   * The documents shared with someone right now: their changes reach main (and so the other
   * person) after a short batch instead of the usual quarter second.
   */
  setSharedDocuments(docIds: Iterable<string>): void {
    this.shared = new Set(docIds);
    for (const entry of this.docs.values()) entry.mirrorLink?.setShared(this.shared.has(entry.docId));
  }

  /**
   * A peer's change to a document, which main has already stored in the disk mirror: applied
   * with the mirror's origin so it is not sent back, saved to IndexedDB like any change, and
   * seen at once by whatever shows the document. A document that is not open is opened for the
   * moment (it also takes in whatever else the mirror has), then `afterApply` runs on it — the
   * place to re-derive what lists show — and it is released.
   */
  async applyRemoteUpdate(
    docId: string,
    update: Uint8Array,
    afterApply: (doc: Y.Doc) => void = () => undefined,
  ): Promise<void> {
    const [opened, release] = this.open(docId);
    try {
      await opened.ready;
      Y.applyUpdate(opened.doc, update, MIRROR_ORIGIN);
      afterApply(opened.doc);
    } finally {
      release();
    }
  }

  /**
   * Reads a document once it holds what main's disk mirror has (a document received from a
   * peer while no window was open is only there). Opens it for the moment if it is not open.
   */
  async readReconciled<T>(docId: string, read: (doc: Y.Doc) => T): Promise<T> {
    const [opened, release] = this.open(docId);
    try {
      await opened.ready;
      await this.docs.get(docId)?.reconciled;
      return read(opened.doc);
    } finally {
      release();
    }
  }

  /**
   * Reads a document as it is durably stored, without keeping it open: the open copy once it
   * has merged main's disk mirror, or else a short-lived load of the local database merged with
   * the mirror's copy. Exports read this way: the mirror has what the local database lost or
   * never had (a wiped browser profile, a peer's change that arrived with no window open).
   * What the mirror adds is written back to the local database as the copy closes.
   */
  async readDurable<T>(docId: string, read: (doc: Y.Doc) => T): Promise<T> {
    const open = this.docs.get(docId);
    if (open) {
      await open.ready;
      await open.reconciled;
      return read(open.doc);
    }
    const doc = new Y.Doc();
    const persistence = new DocPersistence(`${this.options.dbPrefix ?? 'tandem/'}${docId}`, doc, this.cipher);
    try {
      const mirrored = this.options.mirror?.load(docId).catch(() => null);
      await persistence.whenLoaded;
      const fromDisk = (await mirrored)?.update;
      if (fromDisk) Y.applyUpdate(doc, fromDisk, MIRROR_ORIGIN);
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Settles once an open document has merged main's disk mirror (at once for one not open). */
  async whenReconciled(docId: string): Promise<void> {
    const open = this.docs.get(docId);
    if (!open) return;
    await open.ready.catch(() => undefined);
    await open.reconciled;
  }

  /**
   * Reads a document without keeping it open: the open copy when there is one, otherwise a
   * short-lived local load with no disk-mirror traffic (search indexing reads hundreds this way).
   */
  async peek<T>(docId: string, read: (doc: Y.Doc) => T): Promise<T> {
    const open = this.docs.get(docId);
    if (open) {
      await open.ready;
      return read(open.doc);
    }
    const doc = new Y.Doc();
    const persistence = new DocPersistence(`${this.options.dbPrefix ?? 'tandem/'}${docId}`, doc, this.cipher);
    try {
      await persistence.whenLoaded;
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  private release(entry: Entry): void {
    entry.refs--;
    if (entry.refs > 0) return;
    entry.closeTimer = setTimeout(() => void this.close(entry), this.options.closeDelayMs ?? 5000);
  }

  private async close(entry: Entry): Promise<void> {
    if (entry.refs > 0) return;
    this.docs.delete(entry.docId);
    await entry.mirrorLink?.close();
    await entry.persistence.flush();
    entry.unsubscribe();
    entry.doc.destroy();
    this.recompute();
  }

  /**
   * Removes a document for good (the trash, emptied): closed if it is open, its database and
   * any quarantined copies of it deleted, and main's copy on disk removed. Never the vault.
   */
  async purge(docId: string): Promise<void> {
    if (docId === VAULT_DOC_ID) throw new Error('The vault is never purged');
    const open = this.docs.get(docId);
    if (open) {
      open.refs = 0;
      if (open.closeTimer) clearTimeout(open.closeTimer);
      await this.close(open);
    }
    const dbName = `${this.options.dbPrefix ?? 'tandem/'}${docId}`;
    for (const name of [dbName, ...(await quarantinedCopies(dbName))]) await deleteDatabase(name);
    this.dismissRecovery(docId);
    await this.options.mirror?.purge(docId);
  }

  /**
   * Rewrites a document's stored records, here and in main's copy, without its deleted content
   * (after a purge, the vault no longer holds the purged item's title in any record).
   */
  async compactCollected(docId: string): Promise<void> {
    const [opened, release] = this.open(docId);
    try {
      await opened.ready;
      await opened.persistence.compactNow();
      await this.docs.get(docId)?.mirrorLink?.flush();
      await this.options.mirror?.compactCollected(docId);
    } finally {
      release();
    }
  }

  /** Writes everything pending to IndexedDB and the disk mirror. */
  async flushAll(): Promise<void> {
    await Promise.all(
      [...this.docs.values()].map((e) => Promise.all([e.persistence.flush(), e.mirrorLink?.flush()])),
    );
  }

  /** Closes every document now (tests, window unload). */
  async closeAll(): Promise<void> {
    await Promise.all(
      [...this.docs.values()].map((entry) => {
        entry.refs = 0;
        if (entry.closeTimer) clearTimeout(entry.closeTimer);
        return this.close(entry);
      }),
    );
  }

  getStatus = (): SaveStatus => this.status;

  /** Documents repaired since start, oldest first (a new array on every change, for React). */
  getRecoveries = (): readonly Recovery[] => this.recoveries;

  dismissRecovery(docId: string): void {
    this.recoveries = this.recoveries.filter((r) => r.docId !== docId);
    for (const listener of this.listeners) listener();
  }

  private addRecovery(recovery: Recovery): void {
    this.recoveries = [...this.recoveries.filter((r) => r.docId !== recovery.docId), recovery];
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private recompute(): void {
    const next = summarize([...this.docs.values()]);
    if (
      next.kind === this.status.kind &&
      (next.kind !== 'error' || this.status.kind !== 'error' || next.message === this.status.message)
    )
      return;
    this.status = next;
    for (const listener of this.listeners) listener();
  }
}

function summarize(entries: Entry[]): SaveStatus {
  const errorOf = (e: Entry): Error | null =>
    e.persistence.state === 'error' ? e.persistence.error : (e.mirrorError ?? null);
  for (const entry of entries) {
    const error = errorOf(entry);
    if (error instanceof SaveProblem) {
      return { kind: 'error', message: error.message, problem: error.kind, reason: error.reason };
    }
    if (error) return { kind: 'error', message: error.message };
  }
  // "Saved" means in IndexedDB *and* acknowledged by the disk mirror in main.
  const busy: PersistenceState[] = ['saving'];
  return entries.some((e) => busy.includes(e.persistence.state) || (e.mirrorLink?.isBusy() ?? false))
    ? { kind: 'saving' }
    : { kind: 'saved' };
}

/** The quarantine databases damage recovery made of one database (damageRecovery.ts). */
async function quarantinedCopies(dbName: string): Promise<string[]> {
  if (typeof indexedDB.databases !== 'function') return [];
  const prefix = quarantinePrefix(dbName);
  return (await indexedDB.databases()).flatMap((db) => (db.name?.startsWith(prefix) ? [db.name] : []));
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
  });
}
