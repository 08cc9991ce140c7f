import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { z } from 'zod';
import {
  buildSnippet,
  findTermRanges,
  foldTerm,
  tokenizeText,
  type Snippet,
  type TextRange,
} from './searchText';

/**
 * Full-text search over journal entries: the MiniSearch configuration, incremental updates,
 * and the persisted form of the index.
 *
 * The index is derived data. Item documents stay the source of truth; what is kept here is
 * enough to answer queries at once after a restart without opening any item document, plus
 * the `updatedAt` each entry was indexed at so a loader can tell which entries went stale.
 *
 * Entry bodies are NOT stored (not as a MiniSearch stored field, not in the persisted form).
 * Measured on a synthetic 10-year journal (520 entries × 300–1,200 words, 386k words, 15k
 * distinct terms; tests/shared/search/measureSearchIndex.ts, Node 20, a busy 2-core machine):
 * the serialised index is 2.1 MB and the bodies would add 2.6 MB — more than doubling what is
 * read and parsed at every start and rewritten at every save, only to show a dozen snippets.
 * A full build took 550–800 ms there; loading the saved index 105–135 ms; serialising it
 * ~270 ms (MiniSearch's `toJSON`, which is why saves are rare — see DebouncedIndexWriter).
 * Instead `searchJournal` takes a `textFor` lookup: the caller answers from bodies it already
 * has in memory (the entry being edited, entries just re-indexed) or the vault excerpt, and
 * opens the few item documents of the hits on screen for a better snippet (see
 * JournalSearchService.loadSnippets).
 */

/** Bump whenever fields, tokenising or term processing change: old indexes are then rebuilt. */
export const SEARCH_INDEX_FORMAT_VERSION = 1;

export interface SearchDocument {
  id: string;
  title: string;
  tags: readonly string[];
  body: string;
  updatedAt: number;
}

type IndexedDocument = Omit<SearchDocument, 'updatedAt'>;

const FUZZY_MIN_TERM_LENGTH = 4;
/** Longer queries are pasted text, not something typed; fuzzy-matching 50 words is slow. */
const MAX_QUERY_TERMS = 12;

const searchOptions: SearchOptions = {
  // Search as you type: the word being typed is always incomplete.
  prefix: true,
  // Typos, but not for short words, where one edit already turns "goal" into "coal".
  fuzzy: (term) => (term.length >= FUZZY_MIN_TERM_LENGTH ? 0.2 : false),
  // A match in the title says much more about an entry than one among 1,000 words of body.
  boost: { title: 3, tags: 2 },
  // More words narrow the results, as in every note app; OR would let "team offsite" list
  // every entry mentioning a team.
  combineWith: 'AND',
};

/** The one MiniSearch configuration: `loadJSON` must be given exactly what built the index. */
const miniSearchOptions: Options<IndexedDocument> = {
  idField: 'id',
  fields: ['title', 'tags', 'body'],
  // `id` is returned with every result anyway; the title is stored so a hit can be shown
  // without the vault at hand.
  storeFields: ['title'],
  tokenize: tokenizeText,
  processTerm: foldTerm,
  stringifyField: (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value)),
  searchOptions,
};

export interface JournalSearch {
  readonly index: MiniSearch<IndexedDocument>;
  /** id → the entry's `updatedAt` when it was indexed. Its keys are exactly the indexed ids. */
  readonly indexedUpdatedAt: Map<string, number>;
}

export function createJournalSearch(): JournalSearch {
  return { index: new MiniSearch(miniSearchOptions), indexedUpdatedAt: new Map() };
}

/**
 * Adds or replaces an entry. `discard` marks the old version as gone in O(1) and leaves its
 * postings to MiniSearch's vacuuming (automatic once ≥20 documents and ≥10 % of the index are
 * discarded), so re-indexing the entry being edited stays cheap. `remove` would need the exact
 * old document, which we do not keep.
 */
export function upsertSearchDocument(search: JournalSearch, doc: SearchDocument): void {
  if (search.index.has(doc.id)) search.index.discard(doc.id);
  search.index.add({ id: doc.id, title: doc.title, tags: doc.tags, body: doc.body });
  search.indexedUpdatedAt.set(doc.id, doc.updatedAt);
}

/** Returns whether the entry was indexed. */
export function removeSearchDocument(search: JournalSearch, id: string): boolean {
  search.indexedUpdatedAt.delete(id);
  if (!search.index.has(id)) return false;
  search.index.discard(id);
  return true;
}

export interface SearchHit {
  id: string;
  title: string;
  score: number;
  /** Index terms that matched (folded), e.g. "motorcycle" for the typed prefix "moto". */
  terms: string[];
  titleRanges: TextRange[];
  /** Null when `textFor` knows no text for this entry. */
  snippet: Snippet | null;
}

export interface SearchJournalOptions {
  limit?: number;
  /** Body text (or the best stand-in, such as the excerpt) for snippets. */
  textFor?: (id: string) => string | undefined;
  /** Hides entries, e.g. ones deleted since they were indexed. */
  filter?: (id: string) => boolean;
  snippetLength?: number;
}

export const DEFAULT_SEARCH_LIMIT = 20;

export function searchJournal(
  search: JournalSearch,
  query: string,
  { limit = DEFAULT_SEARCH_LIMIT, textFor, filter, snippetLength }: SearchJournalOptions = {},
): SearchHit[] {
  const words = tokenizeText(query).slice(0, MAX_QUERY_TERMS);
  if (words.length === 0 || limit <= 0) return [];
  const results = search.index.search(
    words.join(' '),
    filter ? { filter: (result) => filter(String(result.id)) } : {},
  );
  return results.slice(0, limit).map((result) => {
    const id = String(result.id);
    const terms = new Set(result.terms);
    const title = typeof result.title === 'string' ? result.title : '';
    const text = textFor?.(id);
    return {
      id,
      title,
      score: result.score,
      terms: result.terms,
      titleRanges: findTermRanges(title, terms),
      snippet: text === undefined ? null : buildSnippet(text, terms, snippetLength),
    };
  });
}

/** The persisted form: structured-cloneable, so IndexedDB stores it without another copy. */
export interface SerialisedJournalSearch {
  formatVersion: number;
  indexedUpdatedAt: Record<string, number>;
  /** `JSON.stringify(miniSearch)`; one string is the cheapest thing to store and read. */
  index: string;
}

const serialisedSchema = z.object({
  formatVersion: z.number(),
  indexedUpdatedAt: z.record(z.string(), z.number()),
  index: z.string(),
});

export function serialiseJournalSearch(search: JournalSearch): SerialisedJournalSearch {
  return {
    formatVersion: SEARCH_INDEX_FORMAT_VERSION,
    indexedUpdatedAt: Object.fromEntries(search.indexedUpdatedAt),
    index: JSON.stringify(search.index),
  };
}

export type DeserialiseResult = { ok: true; search: JournalSearch } | { ok: false; reason: string };

type Validated = { ok: true; value: SerialisedJournalSearch } | { ok: false; reason: string };

function validate(stored: unknown): Validated {
  const parsed = serialisedSchema.safeParse(stored);
  if (!parsed.success) return { ok: false, reason: 'not a saved search index' };
  const { formatVersion } = parsed.data;
  if (formatVersion !== SEARCH_INDEX_FORMAT_VERSION) {
    return { ok: false, reason: `format version ${formatVersion}, expected ${SEARCH_INDEX_FORMAT_VERSION}` };
  }
  return { ok: true, value: parsed.data };
}

function assemble(
  load: () => MiniSearch<IndexedDocument>,
  indexedUpdatedAt: Record<string, number>,
): DeserialiseResult {
  let miniSearch: MiniSearch<IndexedDocument>;
  try {
    miniSearch = load();
  } catch (error) {
    return { ok: false, reason: `index does not load (${describe(error)})` };
  }
  // Both halves are written together, so any disagreement means the value was damaged; an
  // indexed id with no date would never be found stale or removed by a reconcile.
  const ids = Object.keys(indexedUpdatedAt);
  if (miniSearch.documentCount !== ids.length || !ids.every((id) => miniSearch.has(id))) {
    return { ok: false, reason: 'index and its dates disagree' };
  }
  return {
    ok: true,
    search: { index: miniSearch, indexedUpdatedAt: new Map(Object.entries(indexedUpdatedAt)) },
  };
}

const describe = (error: unknown) => (error instanceof Error ? error.message : 'unknown error');

/** Parses a stored value of unknown shape; anything unusable is reported, never thrown. */
export function deserialiseJournalSearch(stored: unknown): DeserialiseResult {
  const valid = validate(stored);
  if (!valid.ok) return valid;
  const { index, indexedUpdatedAt } = valid.value;
  return assemble(() => MiniSearch.loadJSON(index, miniSearchOptions), indexedUpdatedAt);
}

/**
 * The same, with `MiniSearch.loadJSONAsync`, which rebuilds the term tree in chunks with
 * pauses between them: slower in total, but a 10-year journal's index then never holds the
 * main thread for the whole load (~100 ms measured) while the app is starting.
 */
export async function deserialiseJournalSearchAsync(stored: unknown): Promise<DeserialiseResult> {
  const valid = validate(stored);
  if (!valid.ok) return valid;
  const { index, indexedUpdatedAt } = valid.value;
  let miniSearch: MiniSearch<IndexedDocument>;
  try {
    miniSearch = await MiniSearch.loadJSONAsync(index, miniSearchOptions);
  } catch (error) {
    return { ok: false, reason: `index does not load (${describe(error)})` };
  }
  return assemble(() => miniSearch, indexedUpdatedAt);
}
