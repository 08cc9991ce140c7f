import type { SerialisedJournalSearch } from '../../../../shared/search/journalSearch';
import { asBytes, type WindowCipher } from '../../data/windowCipher';

/**
 * Where the journal's search index is kept between runs: its own IndexedDB database, apart
 * from y-indexeddb's per-document databases, holding one value — the serialised index.
 *
 * With a cipher (always, in the app) the value is sealed like every document record: the index
 * holds the journal's words. A value that does not open (or one from before encryption) is
 * treated as no index: it is a cache, rebuilt from the sealed documents.
 *
 * The stored value is a cache. Losing it, or finding it damaged, costs one rebuild from the
 * item documents; nothing else. So every failure here is logged and swallowed: search must
 * never take the app down, and a failed write is repaired by the next one.
 */

export const SEARCH_INDEX_DB_NAME = 'tandem/search-index';
const DB_VERSION = 1;
export const SEARCH_INDEX_STORE_NAME = 'indexes';
export const JOURNAL_INDEX_KEY = 'journal';
const STORE_NAME = SEARCH_INDEX_STORE_NAME;
const JOURNAL_KEY = JOURNAL_INDEX_KEY;

export type Logger = Pick<Console, 'warn'>;

export interface SearchIndexStoreOptions {
  dbName?: string;
  /** Injected so tests can use a fresh fake-indexeddb factory. */
  factory?: IDBFactory;
  logger?: Logger;
  /** Encryption at rest; absent only in tests of the cache itself. */
  cipher?: Promise<WindowCipher | null>;
}

const SEARCH_INDEX_CONTEXT = 'search-index';

/**
 * The sealed form's plaintext: the small fields as a JSON line, then the index, which is
 * already a JSON string (stringifying it again would escape every quote in a megabyte of it).
 */
function encodeIndex({ index, ...rest }: SerialisedJournalSearch): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(rest)}\n${index}`);
}

function decodeIndex(bytes: Uint8Array): unknown {
  const text = new TextDecoder().decode(bytes);
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  const head = JSON.parse(text.slice(0, newline)) as unknown;
  return typeof head === 'object' && head !== null ? { ...head, index: text.slice(newline + 1) } : undefined;
}

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export class SearchIndexStore {
  readonly dbName: string;
  private readonly factory: IDBFactory | undefined;
  private readonly logger: Logger;
  private db: Promise<IDBDatabase> | null = null;
  private readonly cipher: Promise<WindowCipher | null>;

  constructor({
    dbName = SEARCH_INDEX_DB_NAME,
    factory,
    logger = console,
    cipher,
  }: SearchIndexStoreOptions = {}) {
    this.dbName = dbName;
    this.cipher = cipher ?? Promise.resolve(null);
    this.factory = factory ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
    this.logger = logger;
  }

  /** The stored value, unparsed (the caller validates it); undefined when there is none. */
  async load(): Promise<unknown> {
    try {
      const db = await this.open();
      const stored: unknown = await promisify(
        db.transaction(STORE_NAME, 'readonly').objectStore(STORE_NAME).get(JOURNAL_KEY),
      );
      const cipher = await this.cipher;
      if (cipher === null || stored === undefined) return stored;
      const bytes = asBytes(stored);
      // A plain index from before encryption is dropped, not read: it is rebuilt sealed.
      if (bytes === null) return undefined;
      return decodeIndex(await cipher.open(bytes, SEARCH_INDEX_CONTEXT));
    } catch (error) {
      this.logger.warn('Tandem search: could not read the saved search index; it will be rebuilt.', error);
      return undefined;
    }
  }

  /**
   * Once the database is open and the value sealed, the transaction is created at once. Sealing
   * is asynchronous (WebCrypto), so a write begun from `pagehide` may not make it before the page
   * goes; that costs a re-index of the entries changed since the last write, at the next start.
   */
  async save(value: SerialisedJournalSearch): Promise<void> {
    const cipher = await this.cipher;
    if (cipher === null) return this.write((store) => store.put(value, JOURNAL_KEY));
    let sealed: Uint8Array;
    try {
      sealed = await cipher.seal(encodeIndex(value), SEARCH_INDEX_CONTEXT);
    } catch (error) {
      this.logger.warn('Tandem search: could not seal the search index.', error);
      return;
    }
    return this.write((store) => store.put(sealed, JOURNAL_KEY));
  }

  clear(): Promise<void> {
    return this.write((store) => store.delete(JOURNAL_KEY));
  }

  close(): void {
    const db = this.db;
    this.db = null;
    void db?.then((d) => d.close()).catch(() => undefined);
  }

  private async write(action: (store: IDBObjectStore) => IDBRequest): Promise<void> {
    try {
      const db = await this.open();
      const tx = db.transaction(STORE_NAME, 'readwrite');
      action(tx.objectStore(STORE_NAME));
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      });
    } catch (error) {
      this.logger.warn('Tandem search: could not save the search index.', error);
    }
  }

  private open(): Promise<IDBDatabase> {
    if (this.db) return this.db;
    const factory = this.factory;
    if (!factory) return Promise.reject(new Error('IndexedDB is not available'));
    const opening = new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(this.dbName, DB_VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE_NAME))
          request.result.createObjectStore(STORE_NAME);
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another window upgrading the database must not wait on us; we reopen on next use.
        db.onversionchange = () => {
          db.close();
          if (this.db === opening) this.db = null;
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
      request.onblocked = () => reject(new Error('IndexedDB open blocked by another connection'));
    });
    this.db = opening;
    // A failed open is retried next time rather than cached.
    opening.catch(() => {
      if (this.db === opening) this.db = null;
    });
    return opening;
  }
}

export interface IndexWriterOptions {
  /** Quiet time after the last change before writing. */
  delayMs?: number;
  /** Where `pagehide`/`visibilitychange` are listened for; null in tests that drive flushes. */
  lifecycle?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  logger?: Logger;
}

/**
 * Writes the index in the background, well after changes stop. Serialising a 10-year
 * journal's index holds the main thread for ~270 ms (measured in Node on a busy 2-core machine;
 * MiniSearch's `toJSON` dominates), so it is not done per keystroke batch: it waits `delayMs` of quiet, then an idle
 * moment. A write missed by a crash costs little — at the next start the reconcile finds the
 * entries whose `updatedAt` moved and re-indexes just those. Leaving the page (hidden or
 * `pagehide`) writes at once, skipping the vacuum, which is asynchronous.
 */
export class DebouncedIndexWriter {
  private dirty = false;
  private disposed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  private readonly delayMs: number;
  private readonly lifecycle: IndexWriterOptions['lifecycle'];
  private readonly logger: Logger;

  constructor(
    private readonly store: SearchIndexStore,
    /** `urgent` when the page is going away: no time for asynchronous work. */
    private readonly snapshot: (
      urgent: boolean,
    ) => Promise<SerialisedJournalSearch> | SerialisedJournalSearch,
    { delayMs = 10_000, lifecycle, logger = console }: IndexWriterOptions = {},
  ) {
    this.delayMs = delayMs;
    this.logger = logger;
    this.lifecycle = lifecycle === undefined ? (typeof window === 'undefined' ? null : window) : lifecycle;
    this.lifecycle?.addEventListener('pagehide', this.onLeave);
    this.lifecycle?.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  markDirty(): void {
    this.dirty = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      whenIdle(() => {
        if (!this.disposed) void this.flush();
      });
    }, this.delayMs);
  }

  /** Writes now if anything changed since the last write; resolves when it is stored. */
  async flush(urgent = false): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    // One write at a time, so an older snapshot can never land after a newer one.
    if (this.writing && !urgent) await this.writing;
    if (!this.dirty) return;
    this.dirty = false;
    const writing = this.write(urgent);
    this.writing = writing;
    try {
      await writing;
    } finally {
      if (this.writing === writing) this.writing = null;
    }
  }

  /** Stops background writes; unsaved changes are dropped (call `flush` first to keep them). */
  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.lifecycle?.removeEventListener('pagehide', this.onLeave);
    this.lifecycle?.removeEventListener('visibilitychange', this.onVisibilityChange);
  }

  private async write(urgent: boolean): Promise<void> {
    try {
      await this.store.save(await this.snapshot(urgent));
    } catch (error) {
      this.dirty = true;
      this.logger.warn('Tandem search: could not serialise the search index.', error);
    }
  }

  private readonly onLeave = () => void this.flush(true);

  private readonly onVisibilityChange = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') this.onLeave();
  };
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5_000 });
  else setTimeout(run, 0);
}
