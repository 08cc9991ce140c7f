import { describe, expect, it, vi } from 'vitest';
import {
  createJournalSearch,
  SEARCH_INDEX_FORMAT_VERSION,
  serialiseJournalSearch,
  upsertSearchDocument,
} from '../../../shared/search/journalSearch';
import type { VaultEntry } from '../../../shared/schema/vault';
import { JournalSearchService } from '../../../renderer/src/services/search/JournalSearchService';
import {
  SEARCH_INDEX_DB_NAME,
  SearchIndexStore,
} from '../../../renderer/src/services/search/searchIndexStore';
import { bodySource, entry, freshStore, hitIds, makeService, putRaw } from './searchFixtures';

const entries = [
  entry('a', { title: 'Offsite in Lisbon', updatedAt: 10, excerpt: 'We planned the roadmap.' }),
  entry('b', { title: 'Career chat', updatedAt: 20 }),
  entry('c', { title: 'Weekly notes', updatedAt: 30 }),
];
const bodies = {
  a: 'We planned the roadmap. Budget talks went long and the hotel was loud, then next year came up.',
  b: 'Asked about the promotion timeline.',
  c: 'Delegation is hard.',
};

/** Runs a first service to completion and saves its index, as a previous app session would. */
async function previousSession(store: SearchIndexStore, sessionEntries: VaultEntry[] = entries) {
  const service = makeService(store);
  await service.start({ entries: sessionEntries, loadBodyText: bodySource(bodies).loadBodyText });
  await service.flush();
  service.dispose();
}

describe('a saved search index', () => {
  it('is loaded at start, without opening unchanged entries', async () => {
    const { store } = freshStore();
    await previousSession(store);
    const { loadBodyText } = bodySource(bodies);
    const service = makeService(store);
    await service.start({ entries, loadBodyText });
    expect(loadBodyText).not.toHaveBeenCalled();
    expect(service.getSnapshot()).toMatchObject({ status: 'ready', indexedCount: 3, totalCount: 3 });
    expect(hitIds(service, 'promotion')).toEqual(['b']);
    expect(hitIds(service, 'delegation')).toEqual(['c']);
  });

  it('re-indexes only entries changed since it was saved, and indexes new ones', async () => {
    const { store } = freshStore();
    await previousSession(store);
    const { texts, loadBodyText } = bodySource(bodies);
    texts.set('b', 'Asked about a lateral move.');
    texts.set('d', 'Brand new entry about mentoring.');
    const now = [entries[0]!, { ...entries[1]!, updatedAt: 25 }, entries[2]!, entry('d', { updatedAt: 40 })];
    const service = makeService(store);
    await service.start({ entries: now, loadBodyText });
    expect(loadBodyText.mock.calls.map(([id]) => id)).toEqual(['d', 'b']);
    expect(hitIds(service, 'lateral')).toEqual(['b']);
    expect(hitIds(service, 'promotion')).toEqual([]);
    expect(hitIds(service, 'mentoring')).toEqual(['d']);
  });

  it('drops entries deleted since it was saved, and a later save forgets them', async () => {
    const { store } = freshStore();
    await previousSession(store);
    const now = [entries[0]!, { ...entries[1]!, deletedAt: 50 }, entries[2]!];
    const first = makeService(store);
    await first.start({ entries: now, loadBodyText: bodySource(bodies).loadBodyText });
    expect(hitIds(first, 'promotion')).toEqual([]);
    await first.flush();
    first.dispose();

    // Restored: it comes back, which means its body is read again.
    const { loadBodyText } = bodySource(bodies);
    const second = makeService(store);
    await second.start({ entries, loadBodyText });
    expect(loadBodyText.mock.calls.map(([id]) => id)).toEqual(['b']);
    expect(hitIds(second, 'promotion')).toEqual(['b']);
  });

  it('keeps live edits across a restart', async () => {
    const { store } = freshStore();
    const first = makeService(store);
    await first.start({ entries, loadBodyText: bodySource(bodies).loadBodyText });
    const edited = { ...entries[2]!, updatedAt: 31 };
    first.upsertEntry(edited, 'Delegation got easier after coaching.');
    await first.flush();
    first.dispose();

    const { loadBodyText } = bodySource(bodies);
    const second = makeService(store);
    await second.start({ entries: [entries[0]!, entries[1]!, edited], loadBodyText });
    expect(loadBodyText).not.toHaveBeenCalled();
    expect(hitIds(second, 'coaching')).toEqual(['c']);
  });

  it('shows no snippet until it has read the bodies of the hits, then the sentence that matched', async () => {
    const { store } = freshStore();
    await previousSession(store);
    const { loadBodyText } = bodySource(bodies);
    const service = makeService(store);
    await service.start({ entries, loadBodyText });
    const [cold] = service.query('year');
    // The excerpt does not hold the match: no snippet rather than one that says nothing.
    expect(cold?.snippet).toBeNull();

    const listener = vi.fn();
    service.subscribe(listener);
    service.loadSnippets(service.query('year'));
    await vi.waitFor(() => expect(listener).toHaveBeenCalled());
    expect(loadBodyText.mock.calls.map(([id]) => id)).toEqual(['a']);
    const snippet = service.query('year')[0]?.snippet;
    expect(snippet?.ranges.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['year']);
  });
});

describe('a damaged saved index', () => {
  const damaged: [string, unknown][] = [
    ['garbage', 'not an index'],
    ['a newer format', { formatVersion: SEARCH_INDEX_FORMAT_VERSION + 1, indexedUpdatedAt: {}, index: '{}' }],
    [
      'a truncated index',
      { formatVersion: SEARCH_INDEX_FORMAT_VERSION, indexedUpdatedAt: {}, index: '{"docu' },
    ],
  ];

  it.each(damaged)('(%s) is discarded with a warning and rebuilt', async (_label, value) => {
    const { store, logger } = freshStore();
    await putRaw(store.dbName, value);
    const { loadBodyText } = bodySource(bodies);
    const service = makeService(store, logger);
    await service.start({ entries, loadBodyText });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('discarding the saved search index'));
    expect(loadBodyText).toHaveBeenCalledTimes(3);
    expect(hitIds(service, 'promotion')).toEqual(['b']);

    // The rebuilt index replaces the damaged one.
    await service.flush();
    const again = bodySource(bodies);
    await makeService(store).start({ entries, loadBodyText: again.loadBodyText });
    expect(again.loadBodyText).not.toHaveBeenCalled();
  });

  it('whose dates disagree with the index is rebuilt too', async () => {
    const { store, logger } = freshStore();
    const search = createJournalSearch();
    upsertSearchDocument(search, { id: 'a', title: 'x', tags: [], body: 'y', updatedAt: 10 });
    await putRaw(store.dbName, { ...serialiseJournalSearch(search), indexedUpdatedAt: {} });
    const { loadBodyText } = bodySource(bodies);
    await makeService(store, logger).start({ entries, loadBodyText });
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(loadBodyText).toHaveBeenCalledTimes(3);
  });
});

describe('SearchIndexStore', () => {
  it('uses the tandem/search-index database by default', async () => {
    const store = new SearchIndexStore();
    await store.save(serialiseJournalSearch(createJournalSearch()));
    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).toContain(SEARCH_INDEX_DB_NAME);
    expect(SEARCH_INDEX_DB_NAME).toBe('tandem/search-index');
    await store.clear();
    expect(await store.load()).toBeUndefined();
    store.close();
  });

  it('reports an unavailable IndexedDB as "nothing saved", with a warning', async () => {
    const logger = { warn: vi.fn() };
    const failing = {
      open: () => {
        throw new Error('denied');
      },
    } as unknown as IDBFactory;
    expect(await new SearchIndexStore({ factory: failing, logger }).load()).toBeUndefined();
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('writes once the page is hidden or left, without waiting for the debounce', async () => {
    const { store } = freshStore();
    const target = new EventTarget() as unknown as Window;
    const service = new JournalSearchService({
      store,
      lifecycle: target,
      stateElement: null,
      saveDelayMs: 60_000,
    });
    await service.start({ entries, loadBodyText: bodySource(bodies).loadBodyText });
    expect(await store.load()).toBeUndefined();
    target.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect(await store.load()).toBeDefined());
    service.dispose();
  });

  it('saves soon after a first build of many entries, so leaving early does not lose it', async () => {
    const { store } = freshStore();
    const many = Array.from({ length: 30 }, (_, i) =>
      entry(`e${i}`, { title: `Entry ${i}`, updatedAt: i + 1 }),
    );
    const texts = Object.fromEntries(many.map((e) => [e.id, `body of ${e.id}`]));
    const service = new JournalSearchService({
      store,
      lifecycle: null,
      stateElement: null,
      saveDelayMs: 60_000,
      bulkSaveDelayMs: 10,
    });
    await service.start({ entries: many, loadBodyText: bodySource(texts).loadBodyText });
    await vi.waitFor(async () => expect(await store.load()).toBeDefined());
    service.dispose();
  });

  it('writes in the background after changes stop', async () => {
    const { store } = freshStore();
    const service = new JournalSearchService({ store, lifecycle: null, stateElement: null, saveDelayMs: 20 });
    await service.start({ entries, loadBodyText: bodySource(bodies).loadBodyText });
    await vi.waitFor(async () => expect(await store.load()).toBeDefined());
    service.dispose();
  });
});
