import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useJournalSearch } from '../../../renderer/src/features/search/useJournalSearch';
import { bodySource, entry, freshStore, makeService } from './searchFixtures';

describe('useJournalSearch', () => {
  it('follows the service from loading to ready and re-runs the query on changes', async () => {
    const service = makeService(null);
    const entries = [entry('a', { title: 'Career chat', updatedAt: 1 })];
    const { result } = renderHook(({ query }) => useJournalSearch(service, query), {
      initialProps: { query: 'promotion' },
    });
    expect(result.current).toMatchObject({ status: 'loading', hits: [] });

    await act(() =>
      service.start({ entries, loadBodyText: bodySource({ a: 'About the promotion.' }).loadBodyText }),
    );
    expect(result.current.status).toBe('ready');
    expect(result.current.hits.map((h) => h.id)).toEqual(['a']);

    act(() => service.upsertEntry({ ...entries[0]!, updatedAt: 2 }, 'About a lateral move.'));
    expect(result.current.hits).toEqual([]);
  });

  it('loads bodies of visible hits so their snippets show the match', async () => {
    const { store } = freshStore();
    const entries = [entry('a', { excerpt: 'Intro text.' })];
    const previous = makeService(store);
    await previous.start({
      entries,
      loadBodyText: bodySource({ a: 'Intro text. Later, promotion.' }).loadBodyText,
    });
    await previous.flush();
    previous.dispose();

    // After a restart the loaded index has no bodies: only the excerpt is known.
    const source = bodySource({ a: 'Intro text. Later, promotion.' });
    const service = makeService(store);
    await service.start({ entries, loadBodyText: source.loadBodyText });
    expect(source.loadBodyText).not.toHaveBeenCalled();
    const { result } = renderHook(() => useJournalSearch(service, 'promotion'));
    // The excerpt misses the match, so there is no snippet until the body is read.
    expect(result.current.hits[0]?.snippet).toBeNull();
    await waitFor(() => expect(result.current.hits[0]?.snippet?.ranges).toHaveLength(1));
    expect(source.loadBodyText).toHaveBeenCalledTimes(1);
  });
});
