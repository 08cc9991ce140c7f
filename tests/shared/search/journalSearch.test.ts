import { describe, expect, it } from 'vitest';
import {
  createJournalSearch,
  deserialiseJournalSearch,
  deserialiseJournalSearchAsync,
  removeSearchDocument,
  SEARCH_INDEX_FORMAT_VERSION,
  searchJournal,
  serialiseJournalSearch,
  upsertSearchDocument,
  type JournalSearch,
  type SearchDocument,
} from '../../../shared/search/journalSearch';
import { syntheticJournal } from './syntheticJournal';

function doc(id: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return { id, title: '', tags: [], body: '', updatedAt: 1, ...fields };
}

function build(docs: SearchDocument[]): JournalSearch {
  const search = createJournalSearch();
  for (const d of docs) upsertSearchDocument(search, d);
  return search;
}

const ids = (search: JournalSearch, query: string) => searchJournal(search, query).map((hit) => hit.id);

/**
 * Matched terms come back in term-tree order, which a reload may change, and scores may differ
 * in the last bit (averages are summed in another order); neither changes what a user sees.
 */
const comparable = (search: JournalSearch, query: string) =>
  searchJournal(search, query).map((hit) => ({
    ...hit,
    score: Number(hit.score.toPrecision(12)),
    terms: [...hit.terms].sort(),
  }));

const journal = build([
  doc('offsite', { title: 'Team offsite in Lisbon', body: 'We planned the roadmap for next year.' }),
  doc('resume', { title: 'Updating my CV', body: 'Rewrote my résumé and the cover letter.' }),
  doc('mentor', { title: 'Weekly notes', tags: ['mentoring'], body: 'Talked about delegation with Priya.' }),
  doc('motor', { title: 'Side project', body: 'Fixed the motorcycle and read about marketing.' }),
]);

describe('journal search configuration', () => {
  it('finds words in titles, bodies and tags', () => {
    expect(ids(journal, 'lisbon')).toEqual(['offsite']);
    expect(ids(journal, 'delegation')).toEqual(['mentor']);
    expect(ids(journal, 'mentoring')).toEqual(['mentor']);
  });

  it('matches prefixes of the word being typed', () => {
    expect(ids(journal, 'moto')).toEqual(['motor']);
    expect(ids(journal, 'deleg')).toEqual(['mentor']);
  });

  it('folds accents and case both ways', () => {
    expect(ids(journal, 'RESUME')).toEqual(['resume']);
    expect(ids(journal, 'résumé')).toEqual(['resume']);
    const plain = build([doc('cafe', { body: 'Met at the cafe' })]);
    expect(ids(plain, 'Café')).toEqual(['cafe']);
  });

  it('forgives a typo in longer words but not in short ones', () => {
    expect(ids(journal, 'motorcyle')).toEqual(['motor']);
    // "cv" is too short for fuzzy matching: "cu" must not find it.
    expect(ids(journal, 'cv')).toEqual(['resume']);
    expect(ids(journal, 'cu')).toEqual([]);
  });

  it('requires every word of the query', () => {
    expect(ids(journal, 'roadmap lisbon')).toEqual(['offsite']);
    expect(ids(journal, 'roadmap motorcycle')).toEqual([]);
  });

  it('ranks a title match above a body match', () => {
    // The body mentions it three times; without the title boost, this entry would come first.
    const search = build([
      doc('body', { title: 'Monday', body: 'Feedback, feedback: the feedback from the quarterly review.' }),
      doc('title', { title: 'Feedback from Sam', body: 'Some thoughts on the review and the team today.' }),
    ]);
    expect(ids(search, 'feedback')).toEqual(['title', 'body']);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(searchJournal(journal, '')).toEqual([]);
    expect(searchJournal(journal, ' ?! ')).toEqual([]);
  });

  it('honours the limit', () => {
    const search = build(Array.from({ length: 30 }, (_, i) => doc(`e${i}`, { body: 'career growth' })));
    expect(searchJournal(search, 'career', { limit: 5 })).toHaveLength(5);
  });
});

describe('hits', () => {
  it('carry the title with its matched words and a snippet from the text the caller supplies', () => {
    const [hit] = searchJournal(journal, 'motorc', {
      textFor: (id) => (id === 'motor' ? 'Fixed the Motorcycle today.' : undefined),
    });
    expect(hit).toMatchObject({ id: 'motor', title: 'Side project', terms: ['motorcycle'], titleRanges: [] });
    expect(hit!.snippet).toEqual({ text: 'Fixed the Motorcycle today.', ranges: [{ start: 10, end: 20 }] });
  });

  it('have no snippet when no text is known', () => {
    expect(searchJournal(journal, 'lisbon')[0]!.snippet).toBeNull();
  });

  it('can be filtered', () => {
    expect(searchJournal(journal, 'the', { filter: (id) => id !== 'motor' }).map((h) => h.id)).not.toContain(
      'motor',
    );
  });
});

describe('upsert and remove', () => {
  it('replaces the previous version of an entry', () => {
    const search = build([doc('a', { body: 'draft about hiring', updatedAt: 1 })]);
    upsertSearchDocument(search, doc('a', { body: 'final about promotion', updatedAt: 2 }));
    expect(ids(search, 'hiring')).toEqual([]);
    expect(ids(search, 'promotion')).toEqual(['a']);
    expect(search.index.documentCount).toBe(1);
    expect(search.indexedUpdatedAt.get('a')).toBe(2);
  });

  it('removes an entry and its date, and reports whether it was there', () => {
    const search = build([doc('a', { body: 'hiring' }), doc('b', { body: 'hiring' })]);
    expect(removeSearchDocument(search, 'a')).toBe(true);
    expect(removeSearchDocument(search, 'a')).toBe(false);
    expect(ids(search, 'hiring')).toEqual(['b']);
    expect([...search.indexedUpdatedAt.keys()]).toEqual(['b']);
  });

  it('survives many edits of one entry (discard, then vacuum)', async () => {
    const search = build([doc('a', { body: 'start' }), doc('b', { body: 'other' })]);
    for (let i = 0; i < 100; i++) upsertSearchDocument(search, doc('a', { body: `draft${i}`, updatedAt: i }));
    upsertSearchDocument(search, doc('a', { body: 'published', updatedAt: 100 }));
    expect(search.index.dirtCount).toBeGreaterThan(0);
    await search.index.vacuum();
    expect(search.index.dirtCount).toBe(0);
    expect(ids(search, 'published')).toEqual(['a']);
    expect(ids(search, 'draft')).toEqual([]);
    expect(search.index.documentCount).toBe(2);
  });
});

describe('serialise and load', () => {
  const entries = syntheticJournal(40, 7);
  const original = build(entries);
  const queries = ['feedback', 'mentor growth', 'résumé', 'the team', 'coach', 'prom'];

  it('has queries that find something, or the comparisons below prove nothing', () => {
    for (const q of queries) expect(searchJournal(original, q).length).toBeGreaterThan(0);
  });

  it('gives the same results after a round trip through structured clone', () => {
    const loaded = deserialiseJournalSearch(structuredClone(serialiseJournalSearch(original)));
    if (!loaded.ok) throw new Error(loaded.reason);
    for (const q of queries) expect(comparable(loaded.search, q)).toEqual(comparable(original, q));
    expect(loaded.search.indexedUpdatedAt).toEqual(original.indexedUpdatedAt);
  });

  it('loads asynchronously to the same results', async () => {
    const loaded = await deserialiseJournalSearchAsync(serialiseJournalSearch(original));
    if (!loaded.ok) throw new Error(loaded.reason);
    for (const q of queries) expect(comparable(loaded.search, q)).toEqual(comparable(original, q));
  });

  it('keeps accepting updates after loading', () => {
    const loaded = deserialiseJournalSearch(serialiseJournalSearch(original));
    if (!loaded.ok) throw new Error(loaded.reason);
    upsertSearchDocument(loaded.search, doc(entries[0]!.id, { body: 'zanzibar', updatedAt: 99 }));
    expect(ids(loaded.search, 'zanzibar')).toEqual([entries[0]!.id]);
  });

  it('does not store bodies', () => {
    const serialised = serialiseJournalSearch(build([doc('a', { body: 'one two three. Four!' })]));
    expect(serialised.index).not.toContain('one two three');
  });

  it('rejects values that are not a usable index, without throwing', () => {
    const good = serialiseJournalSearch(original);
    const bad: unknown[] = [
      undefined,
      'garbage',
      { ...good, formatVersion: SEARCH_INDEX_FORMAT_VERSION + 1 },
      { ...good, index: '{not json' },
      { ...good, index: '{"serializationVersion": 99}' },
      { ...good, indexedUpdatedAt: { ...good.indexedUpdatedAt, ghost: 1 } },
      { ...good, indexedUpdatedAt: {} },
    ];
    for (const value of bad) expect(deserialiseJournalSearch(value).ok).toBe(false);
  });
});
