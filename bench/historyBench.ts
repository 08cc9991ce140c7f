import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import { findTemplate } from '../shared/journal/templates';
import { itemAtVersion, noteOwnClient, readVersions, recordVersion } from '../shared/schema/itemHistory';
import { initReflection, reflectionBody, setReflectionTitle } from '../shared/schema/reflection';
import { appendBlocks, fragmentToPlainText } from '../shared/schema/richText';
import { changedParts, previewOf, VERSIONS_PAGE } from '../shared/schema/itemHistoryParts';
import { summarise, type Summary } from './stats';

/**
 * Opening an item's history with 500 versions (issue 17, point 6; target < 200 ms). A reflection
 * written over 500 versions (a paragraph added in most, one deleted every tenth, the title
 * changed every fiftieth, one version in five by the other person), ending at about 7,000
 * words. Its history document is stored as the window stores it (one encoded update), then
 * per run: decode it into a fresh document, read every version's description, word the newest
 * 50 rows as the list shows them, and rebuild the oldest version and rebuild and word the newest-but-one, as "view an earlier
 * version" does (the newest-but-one replays all but one of the updates: the worst case).
 *
 * This is the document work opening the history does in the window, timed in Node; React's
 * rendering of the 50 rows in Chromium is not in it.
 *
 * `npm run bench` calls `measureHistoryOpen`; `node --import tsx bench/historyBench.ts` runs it alone.
 */

export const HISTORY_VERSIONS = 500;
export const HISTORY_TARGET_MS = 200;
const RUNS = 15;

export interface HistoryReport {
  versions: number;
  storedBytes: number;
  itemWords: number;
  open: Summary;
  view: Summary;
  targetMs: number;
  verdict: 'MEETS' | 'MISSES';
}

function sentence(i: number): string {
  return `Version ${i}: we talked about the migration, the audit in May and who reviews the runbooks next quarter.`;
}

/** The history document of a reflection edited into 500 versions, as stored (one update). */
export function generateHistory(): { stored: Uint8Array; item: Y.Doc } {
  const item = new Y.Doc();
  const peer = new Y.Doc();
  const history = new Y.Doc();
  initReflection(item, {
    id: 'benchHistory01',
    now: 0,
    template: findTemplate('blank')!,
    title: 'A year of 1:1s',
  });
  noteOwnClient(history, item.clientID);
  const at = Date.UTC(2026, 0, 1);
  for (let i = 0; i < HISTORY_VERSIONS; i++) {
    const byPeer = i % 5 === 4;
    const writer = byPeer ? peer : item;
    if (byPeer) Y.applyUpdate(peer, Y.encodeStateAsUpdate(item, Y.encodeStateVector(peer)));
    const body = reflectionBody(writer);
    writer.transact(() => {
      if (i % 10 === 9 && body.length > 1) body.delete(0, 1);
      else appendBlocks(body, [{ type: 'paragraph', text: sentence(i) }]);
    });
    if (i % 50 === 49) setReflectionTitle(writer, `A year of 1:1s (${i + 1})`, at + i * 3_600_000);
    if (byPeer) Y.applyUpdate(item, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(item)));
    recordVersion(history, item, {
      at: at + i * 3_600_000,
      peerName: 'Sam',
      reason: byPeer ? 'received' : 'edit',
    });
  }
  return { stored: Y.encodeStateAsUpdate(history), item };
}

export function measureHistoryOpen(): HistoryReport {
  const { stored, item } = generateHistory();
  const opens: number[] = [];
  const views: number[] = [];
  let shownRows = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const history = new Y.Doc();
    Y.applyUpdate(history, stored);
    const versions = readVersions(history);
    const rows = versions
      .slice(-VERSIONS_PAGE)
      .reverse()
      .map((v) => `${new Date(v.at).toISOString()} ${v.by} ${changedParts(v.changed).join(', ')}`);
    shownRows = rows.length;
    opens.push(performance.now() - started);

    const viewStarted = performance.now();
    const oldest = itemAtVersion(history, 0, item);
    const newestButOne = itemAtVersion(history, versions.length - 2, item);
    if (!oldest || !newestButOne) throw new Error('a version could not be rebuilt');
    previewOf(newestButOne);
    views.push(performance.now() - viewStarted);
    oldest.destroy();
    newestButOne.destroy();
    history.destroy();
  }
  if (shownRows !== VERSIONS_PAGE) throw new Error(`listed ${shownRows} rows, not ${VERSIONS_PAGE}`);
  const words = fragmentToPlainText(reflectionBody(item)).split(/\s+/).length;
  const open = summarise(opens);
  const view = summarise(views);
  return {
    versions: HISTORY_VERSIONS,
    storedBytes: stored.length,
    itemWords: words,
    open,
    view,
    targetMs: HISTORY_TARGET_MS,
    verdict: open.median + view.median < HISTORY_TARGET_MS ? 'MEETS' : 'MISSES',
  };
}

export function describeHistoryReport(report: HistoryReport): string[] {
  const f = (s: Summary) => `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n=${s.n})`;
  return [
    `  ${report.versions} versions of a ~${report.itemWords}-word reflection, history stored in ${(report.storedBytes / 1024).toFixed(0)} KB`,
    `  open: decode, describe all versions, word the newest ${VERSIONS_PAGE} rows: ${f(report.open)}`,
    `  view earlier versions: rebuild the oldest, rebuild and word the newest-but-one (${report.versions - 1} updates replayed): ${f(report.view)}`,
    `  target < ${report.targetMs} ms (median, open + view) → ${report.verdict} (document work in Node; React's rendering in Chromium not included)`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of describeHistoryReport(measureHistoryOpen())) process.stdout.write(`${line}\n`);
}
