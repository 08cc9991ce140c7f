import { describe, expect, it, vi } from 'vitest';
import { JournalSearchService } from '../../../renderer/src/services/search/JournalSearchService';
import { bodySource, entry, freshStore, hitIds, makeService } from './searchFixtures';

const entries = [
  entry('a', { title: 'Offsite in Lisbon', updatedAt: 10, excerpt: 'We planned the roadmap.' }),
  entry('b', { title: 'Career chat', updatedAt: 20, tags: ['mentoring'] }),
  entry('c', { title: 'Weekly notes', updatedAt: 30 }),
];
const bodies = {
  a: 'We planned the roadmap for next year.',
  b: 'Asked about the promotion timeline.',
  c: 'Delegation is hard. I rewrote my résumé.',
};

describe('JournalSearchService, first run', () => {
  it('indexes every entry once and becomes ready', async () => {
    const { loadBodyText } = bodySource(bodies);
    const service = makeService(null);
    expect(service.status).toBe('loading');
    await service.start({ entries, loadBodyText });
    expect(service.status).toBe('ready');
    expect(loadBodyText).toHaveBeenCalledTimes(3);
    expect(service.getSnapshot()).toMatchObject({ indexedCount: 3, pendingCount: 0, totalCount: 3 });
    expect(hitIds(service, 'lisbon')).toEqual(['a']);
    expect(hitIds(service, 'promotion')).toEqual(['b']);
    expect(hitIds(service, 'mentoring')).toEqual(['b']);
    expect(hitIds(service, 'resume')).toEqual(['c']);
  });

  it('works in small batches, yielding between them, and answers queries meanwhile', async () => {
    const many = Array.from({ length: 40 }, (_, i) => entry(`e${i}`, { updatedAt: 100 - i }));
    const { loadBodyText } = bodySource(Object.fromEntries(many.map((e) => [e.id, `common word${e.id}`])));
    const progress: { status: string; indexed: number; hits: number }[] = [];
    let service: JournalSearchService | null = null;
    const yieldToEventLoop = vi.fn(async () => {
      const s = service!.getSnapshot();
      progress.push({
        status: s.status,
        indexed: s.indexedCount,
        hits: service!.query('common', 100).length,
      });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    // No time budget here, so batches are cut by size alone whatever the machine's speed.
    service = new JournalSearchService({
      store: null,
      maxBatch: 5,
      sliceMs: Infinity,
      yieldToEventLoop,
      stateElement: null,
    });
    await service.start({ entries: many, loadBodyText });
    expect(yieldToEventLoop).toHaveBeenCalledTimes(7);
    expect(progress[0]).toEqual({ status: 'reconciling', indexed: 5, hits: 5 });
    expect(progress.at(-1)).toEqual({ status: 'reconciling', indexed: 35, hits: 35 });
    // Most recently edited first.
    expect(loadBodyText.mock.calls.slice(0, 3).map(([id]) => id)).toEqual(['e0', 'e1', 'e2']);
    expect(service.query('common', 100)).toHaveLength(40);
  });

  it('also cuts a batch short when its time budget is spent', async () => {
    const many = Array.from({ length: 10 }, (_, i) => entry(`e${i}`));
    const { loadBodyText } = bodySource(Object.fromEntries(many.map((e) => [e.id, 'text'])));
    const yieldToEventLoop = vi.fn(() => Promise.resolve());
    const service = new JournalSearchService({
      store: null,
      sliceMs: 0,
      yieldToEventLoop,
      stateElement: null,
    });
    await service.start({ entries: many, loadBodyText });
    expect(yieldToEventLoop).toHaveBeenCalledTimes(9);
  });

  it('marks the document when ready, for benchmarks to wait on', async () => {
    const element = document.createElement('div');
    const service = new JournalSearchService({ store: null, stateElement: element });
    expect(element.dataset.searchState).toBe('loading');
    await service.start({ entries, loadBodyText: bodySource(bodies).loadBodyText });
    expect(element.dataset.searchState).toBe('ready');
  });

  it('uses document.documentElement by default', async () => {
    const service = new JournalSearchService({ store: null, lifecycle: null });
    await service.start({ entries, loadBodyText: bodySource(bodies).loadBodyText });
    expect(document.documentElement.dataset.searchState).toBe('ready');
  });

  it('indexes an entry whose body cannot be read by its title, with a warning', async () => {
    const { loadBodyText } = bodySource({ a: bodies.a, b: bodies.b });
    const logger = { warn: vi.fn() };
    const service = makeService(null, logger);
    await service.start({ entries, loadBodyText });
    expect(service.status).toBe('ready');
    expect(hitIds(service, 'weekly')).toEqual(['c']);
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });
});

describe('JournalSearchService, live changes', () => {
  it('takes edits of the open entry without loading its body', async () => {
    const { loadBodyText } = bodySource(bodies);
    const service = makeService(null);
    await service.start({ entries, loadBodyText });
    const before = service.getSnapshot().revision;
    service.upsertEntry({ ...entries[0]!, updatedAt: 11 }, 'Now about hiring instead.');
    expect(hitIds(service, 'roadmap')).toEqual([]);
    expect(hitIds(service, 'hiring')).toEqual(['a']);
    expect(service.getSnapshot().revision).toBeGreaterThan(before);
    expect(loadBodyText).toHaveBeenCalledTimes(3);
  });

  it('removes deleted entries and brings restored ones back', async () => {
    const { loadBodyText } = bodySource(bodies);
    const service = makeService(null);
    await service.start({ entries, loadBodyText });
    service.removeEntry('b');
    expect(hitIds(service, 'promotion')).toEqual([]);
    await service.refresh(entries);
    expect(hitIds(service, 'promotion')).toEqual(['b']);
    await service.refresh(entries.map((e) => (e.id === 'c' ? { ...e, deletedAt: 99 } : e)));
    expect(hitIds(service, 'delegation')).toEqual([]);
    expect(service.getSnapshot()).toMatchObject({ totalCount: 2, indexedCount: 2 });
  });

  it('applies an edit made while the saved index is still loading', async () => {
    const { loadBodyText } = bodySource(bodies);
    const service = makeService(freshStore().store);
    const started = service.start({ entries, loadBodyText });
    service.upsertEntry({ ...entries[1]!, updatedAt: 21 }, 'Talked about a lateral move.');
    await started;
    expect(hitIds(service, 'lateral')).toEqual(['b']);
    expect(hitIds(service, 'promotion')).toEqual([]);
    expect(loadBodyText.mock.calls.map(([id]) => id).sort()).toEqual(['a', 'c']);
  });

  it('does not index a body that went stale while it was loading', async () => {
    let release: (text: string) => void = () => undefined;
    const loadBodyText = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const service = makeService(null);
    const started = service.start({ entries: [entries[0]!], loadBodyText });
    await vi.waitFor(() => expect(loadBodyText).toHaveBeenCalled());
    service.upsertEntry({ ...entries[0]!, updatedAt: 12 }, 'fresh text');
    release('old roadmap text');
    await started;
    expect(hitIds(service, 'fresh')).toEqual(['a']);
    expect(hitIds(service, 'old')).toEqual([]);
  });
});
