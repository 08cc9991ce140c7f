/**
 * Measurement, not a test: what a full build of the journal index costs against loading the
 * persisted one, and how big the persisted form is. Run with
 *   node --import tsx tests/shared/search/measureSearchIndex.ts
 */
import {
  createJournalSearch,
  deserialiseJournalSearch,
  deserialiseJournalSearchAsync,
  searchJournal,
  serialiseJournalSearch,
  upsertSearchDocument,
} from '../../../shared/search/journalSearch';
import { syntheticJournal } from './syntheticJournal';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const entries = syntheticJournal();
const words = entries.reduce((n, e) => n + e.body.split(/\s+/).length, 0);
const bodyBytes = entries.reduce((n, e) => n + new TextEncoder().encode(e.body).length, 0);

const build = () => {
  const search = createJournalSearch();
  for (const entry of entries) upsertSearchDocument(search, entry);
  return search;
};

const builds: number[] = [];
const serialises: number[] = [];
const loads: number[] = [];
let serialised = serialiseJournalSearch(build());
for (let run = 0; run < RUNS; run++) {
  const [search, buildMs] = time(build);
  builds.push(buildMs);
  const [value, serialiseMs] = time(() => serialiseJournalSearch(search));
  serialises.push(serialiseMs);
  serialised = value;
  // What IndexedDB hands back is a structured clone; the load parses the JSON from scratch.
  const [loaded, loadMs] = time(() => deserialiseJournalSearch(structuredClone(value)));
  loads.push(loadMs);
  if (!loaded.ok) throw new Error(loaded.reason);
}

const loaded = deserialiseJournalSearch(serialised);
if (!loaded.ok) throw new Error(loaded.reason);
const [hits, queryMs] = time(() => searchJournal(loaded.search, 'feedback mentor', { limit: 20 }));

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;
const indexBytes = new TextEncoder().encode(serialised.index).length;
const datesBytes = new TextEncoder().encode(JSON.stringify(serialised.indexedUpdatedAt)).length;
console.log(
  [
    `entries: ${entries.length}, words: ${words}, body text: ${mb(bodyBytes)}`,
    `distinct terms: ${loaded.search.index.termCount}`,
    `full build: ${median(builds).toFixed(0)} ms (median of ${RUNS})`,
    `serialise: ${median(serialises).toFixed(0)} ms`,
    `load persisted (validate + MiniSearch.loadJSON): ${median(loads).toFixed(0)} ms`,
    `serialised index: ${mb(indexBytes)} + dates ${(datesBytes / 1024).toFixed(1)} KB`,
    `a query ("feedback mentor", ${hits.length} hits): ${queryMs.toFixed(1)} ms`,
  ].join('\n'),
);

const asyncLoads: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  const result = await deserialiseJournalSearchAsync(structuredClone(serialised));
  asyncLoads.push(performance.now() - start);
  if (!result.ok) throw new Error(result.reason);
}
console.log(
  `load persisted, async (MiniSearch.loadJSONAsync): ${median(asyncLoads).toFixed(0)} ms wall clock`,
);
