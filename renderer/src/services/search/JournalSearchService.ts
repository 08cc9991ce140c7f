import {
  createJournalSearch,
  DEFAULT_SEARCH_LIMIT,
  deserialiseJournalSearchAsync,
  removeSearchDocument,
  searchJournal,
  serialiseJournalSearch,
  upsertSearchDocument,
  type JournalSearch,
  type SearchHit,
} from '../../../../shared/search/journalSearch';
import { planSearchReconcile } from '../../../../shared/search/reconcileSearchIndex';
import type { VaultEntry } from '../../../../shared/schema/vault';
import { BodyTextCache } from './bodyTextCache';
import { DebouncedIndexWriter, type Logger, type SearchIndexStore } from './searchIndexStore';
import { TimeSlicedQueue, type TimeSlicedQueueOptions } from './timeSlicedQueue';

/**
 * Journal search for the renderer: loads the saved index, brings it up to date with the vault
 * in the background, takes live edits, and saves it back now and then.
 *
 * Start-up never opens item documents for entries that did not change: the saved index
 * records the `updatedAt` each entry was indexed at, and only entries whose date moved (or
 * that are new) have their body loaded — in small time-sliced batches, so even a first run
 * over a 10-year journal leaves the UI responsive. Queries work throughout, over whatever is
 * indexed so far.
 */

export type SearchStatus = 'loading' | 'reconciling' | 'ready';

export interface JournalSearchSnapshot {
  status: SearchStatus;
  /** Live entries whose current version is searchable. */
  indexedCount: number;
  /** Entries queued to be (re)indexed. */
  pendingCount: number;
  /** Entries not deleted. */
  totalCount: number;
  /** Changes whenever results or snippets may differ: query again. */
  revision: number;
}

export interface StartOptions {
  entries: readonly VaultEntry[];
  /** Plain text of an entry's body; opens its item document when it is not open. */
  loadBodyText: (id: string) => Promise<string>;
}

export interface JournalSearchServiceOptions extends TimeSlicedQueueOptions {
  /** Null keeps the index in memory only. */
  store: SearchIndexStore | null;
  saveDelayMs?: number;
  /** Delay before saving after a bulk re-index (see BULK_REINDEX). */
  bulkSaveDelayMs?: number;
  logger?: Logger;
  /** Gets `data-search-state`; benchmarks wait for "ready". */
  stateElement?: HTMLElement | null;
  lifecycle?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
}

/**
 * After a reconcile that (re)indexed at least this many entries — a first build, or a restore —
 * the index is saved as soon as the page is idle rather than after the usual quiet period:
 * losing it would mean reading every one of those entries again at the next start.
 */
const BULK_REINDEX = 25;
const BULK_SAVE_DELAY_MS = 1_000;

/** An entry whose body could not be read is indexed by title and tags, and retried at the next reconcile. */
const BODY_UNREADABLE = -1;

export class JournalSearchService {
  private search: JournalSearch = createJournalSearch();
  private readonly entries = new Map<string, VaultEntry>();
  private readonly queue: TimeSlicedQueue;
  private readonly bodies = new BodyTextCache();
  private readonly snippetLoads = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly writer: DebouncedIndexWriter | null;
  private loadBodyText: ((id: string) => Promise<string>) | null = null;
  private started = false;
  private indexedSinceReady = 0;
  private disposed = false;
  private snapshot: JournalSearchSnapshot = {
    status: 'loading',
    indexedCount: 0,
    pendingCount: 0,
    totalCount: 0,
    revision: 0,
  };
  private readonly logger: Logger;
  private readonly stateElement: HTMLElement | null;

  constructor(private readonly options: JournalSearchServiceOptions) {
    this.queue = new TimeSlicedQueue(
      (id) => this.indexQueued(id),
      (changed) => {
        // Marked per slice, so leaving the page mid-way through a first build keeps its progress.
        if (changed) this.writer?.markDirty();
        this.emit();
      },
      options,
    );
    this.logger = options.logger ?? console;
    const fallbackElement = typeof document === 'undefined' ? null : document.documentElement;
    this.stateElement = options.stateElement === undefined ? fallbackElement : options.stateElement;
    this.writer = options.store
      ? new DebouncedIndexWriter(options.store, (urgent) => this.serialise(urgent), {
          delayMs: options.saveDelayMs,
          lifecycle: options.lifecycle,
          logger: this.logger,
        })
      : null;
    this.setState('loading');
  }

  /** True once `start` has been called: the journal page may mount many times, search starts once. */
  get hasStarted(): boolean {
    return this.started;
  }

  get status(): SearchStatus {
    return this.snapshot.status;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): JournalSearchSnapshot => this.snapshot;

  /** Resolves once every entry is indexed (status "ready"). */
  async start({ entries, loadBodyText }: StartOptions): Promise<void> {
    if (this.started) throw new Error('JournalSearchService.start was called twice');
    this.started = true;
    this.loadBodyText = loadBodyText;
    this.setEntries(entries);
    const stored = await this.options.store?.load();
    if (this.isDisposed()) return;
    if (stored !== undefined) {
      const loaded = await deserialiseJournalSearchAsync(stored);
      if (this.isDisposed()) return;
      if (loaded.ok) this.search = loaded.search;
      else {
        this.logger.warn(`Tandem search: discarding the saved search index (${loaded.reason}); rebuilding.`);
        // Overwrite it even if the rebuild turns out to have nothing to index.
        this.writer?.markDirty();
      }
    }
    this.setState('reconciling');
    await this.reconcile();
  }

  /** The vault changed under us (sync, undo, restore): bring the index in line with it. */
  refresh(entries: readonly VaultEntry[]): Promise<void> {
    this.setEntries(entries);
    if (this.snapshot.status === 'loading') return Promise.resolve();
    return this.reconcile();
  }

  /** No deleted-entry filter needed: every path that deletes also removes from the index. */
  query(text: string, limit = DEFAULT_SEARCH_LIMIT): SearchHit[] {
    return searchJournal(this.search, text, {
      limit,
      textFor: (id) => {
        const entry = this.entries.get(id);
        return entry && (this.bodies.get(id, entry.updatedAt) ?? entry.excerpt);
      },
    });
  }

  /**
   * Snippets of hits not in memory come from the excerpt, which often misses the match.
   * This loads those few bodies and bumps the revision, so a subscriber's next `query` gives
   * snippets around the match. Call it from an effect, not during render.
   */
  loadSnippets(hits: readonly SearchHit[]): void {
    const load = this.loadBodyText;
    if (!load) return;
    for (const { id } of hits) {
      const entry = this.entries.get(id);
      if (!entry || this.bodies.has(id, entry.updatedAt) || this.snippetLoads.has(id)) continue;
      this.snippetLoads.add(id);
      load(id).then(
        (text) => {
          this.snippetLoads.delete(id);
          if (this.entries.get(id) === entry) this.bodies.set(id, entry.updatedAt, text);
          this.emit();
        },
        // Not retried: a body that cannot be read now will not be readable on the next render.
        (error: unknown) => this.logger.warn(`Tandem search: no snippet for ${id}.`, error),
      );
    }
  }

  /** The entry being edited, with its current body text (the editor calls this debounced). */
  upsertEntry(entry: VaultEntry, bodyText: string): void {
    if (entry.deletedAt !== null) {
      this.removeEntry(entry.id);
      return;
    }
    this.entries.set(entry.id, entry);
    this.bodies.set(entry.id, entry.updatedAt, bodyText);
    // Until the saved index is loaded there is nothing to add to; the reconcile that follows
    // the load finds this entry stale and indexes it from the cached body.
    if (this.snapshot.status !== 'loading') {
      this.queue.delete(entry.id);
      this.indexEntry(entry, bodyText);
      this.writer?.markDirty();
    }
    this.emit();
  }

  /** The entry was deleted (soft or for good). */
  removeEntry(id: string): void {
    this.entries.delete(id);
    this.queue.delete(id);
    this.bodies.delete(id);
    if (removeSearchDocument(this.search, id)) this.writer?.markDirty();
    this.emit();
  }

  /** Saves now if anything changed (also done on `pagehide` and when the page is hidden). */
  flush(): Promise<void> {
    return this.writer?.flush() ?? Promise.resolve();
  }

  /** Stops background work. Does not save: call `flush` first (leaving the page saves anyway). */
  dispose(): void {
    this.disposed = true;
    this.queue.stop();
    this.writer?.dispose();
    this.listeners.clear();
  }

  /** A method, not the field: TypeScript would keep the field narrowed across `await`. */
  private isDisposed(): boolean {
    return this.disposed;
  }

  private setEntries(entries: readonly VaultEntry[]): void {
    const next = new Map<string, VaultEntry>();
    for (const entry of entries) {
      // Keep the known object when nothing changed: an in-flight body load checks identity.
      const known = this.entries.get(entry.id);
      next.set(entry.id, known && sameVersion(known, entry) ? known : entry);
    }
    this.entries.clear();
    for (const [id, entry] of next) this.entries.set(id, entry);
  }

  private reconcile(): Promise<void> {
    const plan = planSearchReconcile(this.search.indexedUpdatedAt, [...this.entries.values()]);
    // Removals need no body, so deleted entries vanish from results before the first yield.
    for (const id of plan.toRemove) removeSearchDocument(this.search, id);
    for (const id of plan.toIndex) this.queue.add(id);
    if (plan.toRemove.length > 0) this.writer?.markDirty();
    if (this.queue.size > 0) this.setState('reconciling');
    this.emit();
    return this.pump();
  }

  private async pump(): Promise<void> {
    await this.queue.drain();
    if (this.disposed || this.queue.size > 0) return;
    this.setState('ready');
    if (this.indexedSinceReady >= BULK_REINDEX) {
      setTimeout(() => {
        if (!this.disposed) void this.writer?.flush();
      }, this.options.bulkSaveDelayMs ?? BULK_SAVE_DELAY_MS);
    }
    this.indexedSinceReady = 0;
  }

  /** Returns whether the index changed. */
  private async indexQueued(id: string): Promise<boolean> {
    const entry = this.entries.get(id);
    if (!entry || entry.deletedAt !== null || !this.loadBodyText) return false;
    let body = this.bodies.get(id, entry.updatedAt);
    if (body === undefined) {
      try {
        body = await this.loadBodyText(id);
      } catch (error) {
        this.logger.warn(`Tandem search: could not read entry ${id}; indexing its title only.`, error);
        if (this.entries.get(id) !== entry) return false;
        this.indexEntry(entry, '', BODY_UNREADABLE);
        return true;
      }
      this.bodies.set(id, entry.updatedAt, body);
    }
    // Changed or removed while its body loaded: that change already indexed or re-queued it.
    if (this.entries.get(id) !== entry) return false;
    this.indexEntry(entry, body);
    this.indexedSinceReady++;
    return true;
  }

  private indexEntry(entry: VaultEntry, body: string, updatedAt = entry.updatedAt): void {
    const { id, title, tags } = entry;
    upsertSearchDocument(this.search, { id, title, tags, body, updatedAt });
  }

  private async serialise(urgent: boolean) {
    // Discarded versions still sit in the postings until vacuumed; no point saving them.
    if (!urgent && this.search.index.dirtCount > 0) await this.search.index.vacuum();
    return serialiseJournalSearch(this.search);
  }

  private setState(status: SearchStatus): void {
    if (this.stateElement) this.stateElement.dataset.searchState = status;
    if (status === this.snapshot.status) return;
    this.snapshot = { ...this.snapshot, status };
    this.emit();
  }

  private emit(): void {
    let indexedCount = 0;
    let totalCount = 0;
    for (const entry of this.entries.values()) {
      if (entry.deletedAt !== null) continue;
      totalCount++;
      if (this.search.indexedUpdatedAt.get(entry.id) === entry.updatedAt) indexedCount++;
    }
    const { status, revision } = this.snapshot;
    const pendingCount = this.queue.size;
    this.snapshot = { status, indexedCount, pendingCount, totalCount, revision: revision + 1 };
    for (const listener of [...this.listeners]) listener();
  }
}

function sameVersion(a: VaultEntry, b: VaultEntry): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.deletedAt === b.deletedAt &&
    a.title === b.title &&
    a.tags.length === b.tags.length &&
    a.tags.every((tag, i) => tag === b.tags[i])
  );
}
