import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { SECURITY_HEADERS } from '../electron/main/security/csp';
import { startHarness, type Harness } from '../tests/e2e/harness';
import { folderHandler } from '../tests/e2e/harness/staticServer';
import {
  deleteOpenEntry,
  ensureSearchBox,
  loadApp,
  loadStock,
  newBlankEntry,
  openEntry,
  pasteLongTasks,
  pasteText,
  search,
  seedIndexedDb,
  typeKey,
  waitForSaved,
  waitForSavedSearchIndex,
  type BootReport,
  type KeystrokeTiming,
  type LongTaskReport,
  type PasteTiming,
} from './browserSteps';
import {
  BIG_ENTRY_FIRST_HEADING,
  BIG_ENTRY_TITLE,
  generateJournal,
  generatePasteText,
  SEARCH_QUERIES,
} from './journalGenerator';
import { BENCH_PAGE_SCRIPT } from './pageScripts';
import { measureOverviewOpen, OVERVIEW_RUNS, OVERVIEW_TARGET_MS, seedGrowth } from './growthBench';
import { BACKUP_RUNS, describeBackupReport, measureBackupRestore } from './backupBench';
import { describePdfReport, measurePlanPdf } from './pdfBench';
import { describeMeetingReport, measureMeetingOpen } from './meetingBench';
import { describeConsentReport, measureConsentRecord } from './consentRecordBench';
import { describeHistoryReport, measureHistoryOpen } from './historyBench';
import { describeDeskReport, measureDeskOpen } from './deskBench';
import { generateGrowth } from './growthGenerator';
import { describeAtRestReport, measureAtRest } from './atRestBench';
import { sealForWindow } from './sealedSeed';
import { formatTable, summarise, type Summary } from './stats';
import { buildStockPage } from './stockPage';
import { describeSyncReport, measureSync } from './syncBench';

/**
 * `npm run bench`: a 10-year journal (520 weekly reflections and one 5,000-word entry) seeded
 * into a fresh Chromium profile, then, against the built renderer with the real main-process
 * handlers behind window.tandem:
 *   (a) page load → interactive journal list, 10 fresh loads;
 *   (b) the same vault database loaded by stock y-indexeddb alone, 10 loads, interleaved with (a);
 *   (c) opening the 5,000-word entry to an editable editor;
 *   (d) search latency, typing a query → results for it on screen;
 *   (e) which IndexedDB databases boot opened;
 *   (f) pasting 1 MB of plain text into a new entry: until the editor has it, the longest
 *       main-thread block (long tasks) from the paste until it is saved, and a keystroke typed
 *       right after it (and one once it is saved);
 *   (g) with 40 goals and 60 plans added, opening the Growth overview once the journal is
 *       loaded and ready: navigate to #/growth → the overview's ready mark (target < 100 ms).
 *   (j) a full backup of the profile and its restore, through Settings (bench/backupBench.ts;
 *       target < 3 s each);
 *   (k) opening a one-on-one whose series has 250 past meetings (bench/meetingBench.ts;
 *       target < 100 ms);
 *   (m) "what have I shared with <name>" for a space with 2,000 consent events
 *       (bench/consentRecordBench.ts, its own installation; target < 100 ms to render);
 *   (o) opening an item's history with 500 versions: the document work, in Node
 *       (bench/historyBench.ts; target < 200 ms);
 *   (p) the manager's desk for 12 reports, each with 250 meetings and 40 shared plans: the
 *       document work, in Node (bench/deskBench.ts; target < 150 ms);
 *   (n) encryption at rest: start-up, opening the 5,000-word entry, search and a keystroke with
 *       the window's encryption off beside on, and the first start that seals a plain journal
 *       (bench/atRestBench.ts; target: start-up within 10%).
 * It measures and reports; it never fails on a slow number (target: (a) ≤ 1.5 × (b)):
 * `npm run bench:check` (bench/check.ts) compares the results with every target.
 */

const LOADS = 10;
const OPENS = 7;
const SEARCH_ROUNDS = 3;
const PASTE_RUNS = 5;
/** After "Saved": the entry re-indexes for search 400 ms after the last edit; wait past that. */
const PASTE_QUIET_MS = 1500;
const TARGET_RATIO = 1.5;
const RESULTS_DIR = join(import.meta.dirname, 'results');

/**
 * `npm run bench -- --only startup,search` runs only the named parts (the journal is always
 * generated and seeded, and the warm-up loads always run); without it, everything runs.
 */
const PARTS = {
  startup: 'loads',
  open: 'open entry',
  search: 'search',
  paste: 'paste',
  overview: 'overview',
  backup: 'backup',
  pdf: 'plan pdf',
  sync: 'sync',
  meeting: 'meeting',
  consent: 'consent record',
  history: 'item history',
  desk: 'manager desk',
  storage: 'storage',
  atRest: 'at rest',
} as const;
type Part = keyof typeof PARTS;

function selectedParts(argv: readonly string[]): ReadonlySet<Part> {
  const all = Object.keys(PARTS) as Part[];
  const at = argv.indexOf('--only');
  if (at === -1) return new Set(all);
  const names = (argv[at + 1] ?? '').split(',').filter((n) => n !== '');
  if (names.length === 0 || names.some((n) => !(n in PARTS))) {
    throw new Error(`--only takes a comma-separated list of ${all.join(', ')}; got "${argv[at + 1] ?? ''}"`);
  }
  return new Set(names as Part[]);
}

const parts = selectedParts(process.argv.slice(2));
const skippedSections = new Set<string>(
  Object.entries(PARTS).flatMap(([part, name]) => (parts.has(part as Part) ? [] : [name])),
);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Section<T> {
  result: T | null;
  error: string | null;
}

async function section<T>(name: string, run: () => Promise<T>): Promise<Section<T>> {
  // Left out with --only: no result and no error.
  if (skippedSections.has(name)) return { result: null, error: null };
  try {
    return { result: await run(), error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    log(`  ${name} failed: ${message}`);
    return { result: null, error: message };
  }
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** After a load: let the app finish saving so nothing spills into the next measurement. */
async function settle(page: Page): Promise<void> {
  await waitForSaved(page).catch(() => undefined);
  await sleep(300);
}

async function main(): Promise<number> {
  const started = new Date();
  log('Generating the journal…');
  const journal = generateJournal();
  const totalBytes = [...journal.docs.values()].reduce((sum, u) => sum + u.byteLength, 0);
  const vaultBytes = journal.docs.get('vault')?.byteLength ?? 0;
  log(
    `  ${journal.reflectionCount} reflections, ${journal.totalWords.toLocaleString('en')} words, ` +
      `${(totalBytes / 1e6).toFixed(1)} MB of updates (vault ${(vaultBytes / 1e3).toFixed(0)} kB)`,
  );

  log('Building the stock y-indexeddb page…');
  const stockDir = await buildStockPage();
  let harness: Harness | null = null;
  try {
    harness = await startHarness({
      mounts: { '/__bench/': folderHandler(stockDir, SECURITY_HEADERS) },
    });
    await harness.context.addInitScript({ content: BENCH_PAGE_SCRIPT });
    const page = harness.context.pages()[0] ?? (await harness.newPage());
    const origin = harness.server.origin;
    const appUrl = harness.appUrl;
    const stockUrl = `${origin}/__bench/index.html`;

    log('Seeding the disk mirror and IndexedDB…');
    for (const [docId, update] of journal.docs) await harness.main.mirror.append(docId, update);
    await page.goto(`${origin}/__bench/seed.html`);
    // Sealed as an encrypted profile holds it (the stock y-indexeddb page reads its own plain copy).
    const databases = await seedIndexedDb(page, await sealForWindow(harness.main, journal.docs));
    const vaultUpdate = journal.docs.get('vault');
    if (vaultUpdate) await seedIndexedDb(page, new Map([['vault', vaultUpdate]]), 'bench-stock/');
    log(`  ${databases} IndexedDB databases`);
    const userAgent = await page.evaluate<string>('navigator.userAgent');

    log('Warm-up loads (the first builds and saves the search index)…');
    const firstLoad = await section('first load', async () => {
      const report = await loadApp(page, appUrl, 300_000);
      await settle(page);
      return report;
    });
    if (firstLoad.result) {
      log(
        `  first load: journal ready ${firstLoad.result.journalReady?.toFixed(0)} ms, ` +
          `search index built ${firstLoad.result.searchReady?.toFixed(0)} ms`,
      );
    }
    // Leaving the page right after a first build: was the index saved on the way out? If not,
    // the next start rebuilds it and opens every entry's database again.
    const afterEarlyLeave = await section('second load', async () => {
      const report = await loadApp(page, appUrl, 300_000);
      const savedAt = await waitForSavedSearchIndex(page);
      await settle(page);
      return { ...report, indexSavedAt: savedAt };
    });
    const rebuiltAfterEarlyLeave = afterEarlyLeave.result
      ? (afterEarlyLeave.result.opensBeforeSearchReady?.length ?? 0) > journal.docs.size / 2
      : null;
    if (afterEarlyLeave.result) {
      log(
        `  load after leaving the first one early: ${afterEarlyLeave.result.opensBeforeSearchReady?.length} ` +
          `databases opened before search was ready (${rebuiltAfterEarlyLeave ? 'index rebuilt: the save on leaving was lost' : 'saved index used'}); ` +
          `index saved ${(afterEarlyLeave.result.indexSavedAt / 1000).toFixed(1)} s after that load`,
      );
    }
    await section('warm-up', async () => {
      await loadApp(page, appUrl);
      await settle(page);
      await loadStock(page, stockUrl);
    });

    if (parts.has('startup'))
      log(`(a)/(b) ${LOADS} app loads and ${LOADS} stock y-indexeddb loads, interleaved…`);
    const boots: BootReport[] = [];
    const stockTimes: number[] = [];
    const stockVaultOpenAt: number[] = [];
    let stockEntries = 0;
    const loads = await section('loads', async () => {
      for (let i = 0; i < LOADS; i++) {
        const boot = await loadApp(page, appUrl);
        if (boot.journalReady === null)
          throw new Error('The app set journalState but no tandem:journal-ready mark');
        boots.push(boot);
        await settle(page);
        const stock = await loadStock(page, stockUrl);
        if (stock.synced === null) throw new Error('The stock page never synced');
        stockTimes.push(stock.synced);
        if (stock.vaultOpenAt !== null) stockVaultOpenAt.push(stock.vaultOpenAt);
        stockEntries = stock.entries;
      }
    });

    if (parts.has('open')) log(`(c) opening the 5,000-word entry, ${OPENS}×…`);
    const opens = await section('open entry', async () => {
      const ready: number[] = [];
      const painted: number[] = [];
      for (let i = 0; i < OPENS; i++) {
        await loadApp(page, appUrl);
        await settle(page);
        const t = await openEntry(page, {
          title: BIG_ENTRY_TITLE,
          heading: BIG_ENTRY_FIRST_HEADING,
          timeoutMs: 30_000,
        });
        ready.push(t.readyMs);
        painted.push(t.paintedMs);
        await settle(page);
      }
      return { ready: summarise(ready), painted: summarise(painted) };
    });

    if (parts.has('search')) log(`(d) search latency, ${SEARCH_QUERIES.length} queries × ${SEARCH_ROUNDS}…`);
    const searches = await section('search', async () => {
      await loadApp(page, appUrl);
      await settle(page);
      await ensureSearchBox(page);
      const shown: number[] = [];
      const painted: number[] = [];
      const hits: Record<string, number> = {};
      for (let round = 0; round < SEARCH_ROUNDS; round++) {
        for (const query of SEARCH_QUERIES) {
          const t = await search(page, { query, timeoutMs: 10_000 });
          shown.push(t.shownMs);
          painted.push(t.paintedMs);
          hits[query] = t.hits;
        }
      }
      return { shown: summarise(shown), painted: summarise(painted), hits };
    });

    if (parts.has('paste')) log(`(f) pasting 1 MB of plain text into a new entry, ${PASTE_RUNS}×…`);
    const pasteSource = generatePasteText({ chars: 1_000_000 });
    const pastes = await section('paste', async () => {
      const runs: {
        paste: PasteTiming;
        keyAfterPaste: KeystrokeTiming;
        keyOnceSaved: KeystrokeTiming;
        longTasks: LongTaskReport;
      }[] = [];
      const { text, lastParagraph } = pasteSource;
      for (let i = 0; i < PASTE_RUNS; i++) {
        await loadApp(page, appUrl);
        await settle(page);
        await newBlankEntry(page);
        await settle(page);
        const paste = await pasteText(page, { text, lastParagraph, timeoutMs: 60_000 });
        // The caret is after the pasted text: the key lands at the end of its last paragraph.
        const keyAfterPaste = await typeKey(page, {
          key: 'x',
          expectedEnd: `${lastParagraph}x`,
          timeoutMs: 30_000,
        });
        await waitForSaved(page);
        await sleep(PASTE_QUIET_MS);
        await waitForSaved(page);
        const longTasks = await pasteLongTasks(page);
        const keyOnceSaved = await typeKey(page, {
          key: 'y',
          expectedEnd: `${lastParagraph}xy`,
          timeoutMs: 30_000,
        });
        runs.push({ paste, keyAfterPaste, keyOnceSaved, longTasks });
        // The same journal for every run: the pasted entry goes again.
        await settle(page);
        await deleteOpenEntry(page);
        await settle(page);
      }
      const of = (pick: (run: (typeof runs)[number]) => number) => summarise(runs.map(pick));
      return {
        chars: text.length,
        paragraphs: pasteSource.paragraphs,
        editorTextLength: runs[0]?.paste.textLength ?? null,
        landed: of((r) => r.paste.landedMs),
        painted: of((r) => r.paste.paintedMs),
        longestTask: of((r) => r.longTasks.maxMs),
        longTaskTotal: of((r) => r.longTasks.totalMs),
        // Work the paste set off after it landed (saving, re-indexing the entry for search).
        longestTaskAfterPaste: of((r) =>
          Math.max(0, ...r.longTasks.tasks.filter((t) => t.afterMs >= 50).map((t) => t.durationMs)),
        ),
        // The paste is handled synchronously in its dispatch: a longest task starting at the
        // dispatch is the paste itself, a later one is work it set off (saving, indexing).
        longestWasThePaste: runs.filter((r) => Math.abs(r.longTasks.maxStartsAfterMs ?? Infinity) < 50)
          .length,
        keystrokeAfterPaste: {
          shown: of((r) => r.keyAfterPaste.shownMs),
          painted: of((r) => r.keyAfterPaste.paintedMs),
          queued: of((r) => r.keyAfterPaste.queuedMs),
        },
        keystrokeOnceSaved: {
          shown: of((r) => r.keyOnceSaved.shownMs),
          painted: of((r) => r.keyOnceSaved.paintedMs),
          queued: of((r) => r.keyOnceSaved.queuedMs),
        },
        runs,
      };
    });

    if (parts.has('overview'))
      log(
        `(g) Growth overview with 40 goals and 60 plans, opened ${OVERVIEW_RUNS}× after the journal is ready…`,
      );
    const growth = generateGrowth({ vault: journal.docs.get('vault')!, now: Date.now() });
    const benchHarness = harness;
    const overview = await section('overview', async () => {
      await seedGrowth(benchHarness, page, growth);
      return measureOverviewOpen(page, appUrl, growth);
    });

    if (parts.has('pdf')) log('(h) plan to PDF: a 12-milestone plan, print route loaded → PDF bytes…');
    const planPdf = await section('plan pdf', () => measurePlanPdf(benchHarness, page));
    if (planPdf.result) log(`  ${describePdfReport(planPdf.result)}`);

    if (parts.has('sync'))
      log('(i) sync: Tandem peer to peer beside a stock y-websocket relay, 2,000 offline edits…');
    const sync = await section('sync', () => measureSync(log));
    if (sync.result) for (const line of describeSyncReport(sync.result)) log(line);

    if (parts.has('backup'))
      log(`(j) full backup and restore of this profile through Settings, ${BACKUP_RUNS}×…`);
    const backup = await section('backup', () => measureBackupRestore(benchHarness, page, appUrl));
    if (backup.result) for (const line of describeBackupReport(backup.result)) log(line);

    if (parts.has('meeting'))
      log('(k) one-on-one: open a meeting of a series with 250 past meetings (bench/meetingBench.ts)…');
    const meeting = await section('meeting', () => measureMeetingOpen(benchHarness, page));
    if (meeting.result) for (const line of describeMeetingReport(meeting.result)) log(line);

    if (parts.has('consent'))
      log('(m) the consent record of a space with 2,000 events (bench/consentRecordBench.ts)…');
    const consent = await section('consent record', () => measureConsentRecord());
    if (consent.result) for (const line of describeConsentReport(consent.result)) log(line);

    if (parts.has('history'))
      log(
        '(o) an item’s history with 500 versions: open, and view earlier versions (bench/historyBench.ts)…',
      );
    const itemHistory = await section('item history', () => Promise.resolve(measureHistoryOpen()));
    if (itemHistory.result) for (const line of describeHistoryReport(itemHistory.result)) log(line);

    if (parts.has('desk'))
      log('(p) the manager’s desk: 12 reports × 250 meetings and 40 shared plans (bench/deskBench.ts)…');
    const desk = await section('manager desk', () => Promise.resolve(measureDeskOpen()));
    if (desk.result) for (const line of describeDeskReport(desk.result)) log(line);

    if (parts.has('storage'))
      log('(l) stored bytes after 100 opens without edits (bench/storage/storageBench.ts)…');
    const storage = await section('storage', () => measureStorageInChild());
    if (storage.result) log(describeStorage(storage.result));

    if (parts.has('atRest'))
      log('(n) encryption at rest: the same journal with the window’s encryption off and on, in turns…');
    const atRest = await section('at rest', () => measureAtRest(journal, stockDir, log));
    if (atRest.result) for (const line of describeAtRestReport(atRest.result)) log(line);

    const appSummary = boots.length > 0 ? summarise(boots.map((b) => b.journalReady!)) : null;
    const searchReadySummary =
      boots.length > 0 && boots.every((b) => b.searchReady !== null)
        ? summarise(boots.map((b) => b.searchReady!))
        : null;
    const stockSummary = stockTimes.length > 0 ? summarise(stockTimes) : null;
    const appVaultOpens = boots.flatMap((b) => (b.vaultOpenAt === null ? [] : [b.vaultOpenAt]));
    const appVaultOpenSummary = appVaultOpens.length > 0 ? summarise(appVaultOpens) : null;
    const appVaultLoads = boots.flatMap((b) => (b.vaultLoadedAt === null ? [] : [b.vaultLoadedAt]));
    const appVaultLoadSummary = appVaultLoads.length > 0 ? summarise(appVaultLoads) : null;
    const uiCodeLoads = boots.flatMap((b) => (b.uiCodeLoadedAt === null ? [] : [b.uiCodeLoadedAt]));
    const uiCodeLoadSummary = uiCodeLoads.length > 0 ? summarise(uiCodeLoads) : null;
    const stockVaultOpenSummary = stockVaultOpenAt.length > 0 ? summarise(stockVaultOpenAt) : null;
    const ratio = appSummary && stockSummary ? appSummary.median / stockSummary.median : null;
    const verdict = ratio === null ? 'NOT MEASURED' : ratio <= TARGET_RATIO ? 'PASS' : 'MISS';
    const bootOpens = boots.map((b) => b.opensBeforeJournalReady ?? []);
    const maxBootOpens = bootOpens.length > 0 ? Math.max(...bootOpens.map((o) => o.length)) : null;
    const searchOpens = boots.map((b) => b.opensBeforeSearchReady?.length ?? 0);

    const rows: { metric: string; summary: Summary | null; note?: string }[] = [
      { metric: '(a) load → journal list interactive', summary: appSummary },
      { metric: '(b) stock y-indexeddb vault load', summary: stockSummary, note: `${stockEntries} entries` },
      { metric: '    (a) load → vault database requested', summary: appVaultOpenSummary },
      { metric: '    (b) load → vault database requested', summary: stockVaultOpenSummary },
      { metric: '    (a) load → vault document loaded', summary: appVaultLoadSummary },
      { metric: '    (a) load → UI code loaded', summary: uiCodeLoadSummary },
      { metric: '    (a) load → search index ready', summary: searchReadySummary },
      { metric: '(c) open 5,000-word entry → editable', summary: opens.result?.ready ?? null },
      { metric: '    … → next frame', summary: opens.result?.painted ?? null },
      { metric: '(d) search: type → results shown', summary: searches.result?.shown ?? null },
      { metric: '    … → next frame', summary: searches.result?.painted ?? null },
      {
        metric: '(f) paste 1 MB → text in editor',
        summary: pastes.result?.landed ?? null,
        note: pastes.result
          ? `${(pastes.result.chars / 1e6).toFixed(2)} M chars, ${pastes.result.paragraphs} paragraphs`
          : undefined,
      },
      { metric: '    … → next frame', summary: pastes.result?.painted ?? null },
      {
        metric: '    longest main-thread block',
        summary: pastes.result?.longestTask ?? null,
        note: pastes.result
          ? `the paste itself in ${pastes.result.longestWasThePaste}/${PASTE_RUNS} runs; ` +
            `long tasks until saved: ${pastes.result.longTaskTotal.median.toFixed(0)} ms in all`
          : undefined,
      },
      {
        metric: '    longest block after the paste landed',
        summary: pastes.result?.longestTaskAfterPaste ?? null,
        note: pastes.result ? 'mostly re-indexing the entry for search' : undefined,
      },
      {
        metric: '    keystroke after paste → shown',
        summary: pastes.result?.keystrokeAfterPaste.shown ?? null,
      },
      { metric: '    … → next frame', summary: pastes.result?.keystrokeAfterPaste.painted ?? null },
      {
        metric: '    keystroke once saved → next frame',
        summary: pastes.result?.keystrokeOnceSaved.painted ?? null,
      },
      {
        metric: '(g) open Growth overview → ready',
        summary: overview.result?.ready ?? null,
        note: overview.result
          ? `${overview.result.goals} goals, ${overview.result.plans} plans, ${overview.result.milestones} milestones`
          : undefined,
      },
      { metric: '    … → next frame', summary: overview.result?.painted ?? null },
    ];
    log('');
    log(formatTable(rows));
    log('');
    log(
      `(a)/(b) median ratio: ${ratio === null ? '-' : ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}) → ${verdict}`,
    );
    if (overview.result) {
      const { ready, verdict, shown, expected } = overview.result;
      log(
        `(g) Growth overview open: median ${ready.median.toFixed(1)} ms, p95 ${ready.p95.toFixed(1)} ms ` +
          `(target < ${OVERVIEW_TARGET_MS} ms) → ${verdict}; showed ${shown.activePlans}/${expected.activePlans} active plans, ` +
          `${shown.overdue}/${expected.overdue} overdue, ${shown.doneInChart}/${expected.doneInLast12Months} done in ${shown.months} months`,
      );
    }
    log(
      `(e) IndexedDB databases opened before the journal was interactive: ${maxBootOpens ?? '-'} at most ` +
        `(${[...new Set(bootOpens.flat())].join(', ') || '-'}); before search was ready: ${
          searchOpens.length > 0 ? Math.max(...searchOpens) : '-'
        } at most, of ${journal.docs.size} documents`,
    );

    const report = {
      startedAt: started.toISOString(),
      parts: [...parts],
      commit: gitCommit(),
      node: process.version,
      userAgent,
      journal: {
        reflections: journal.reflectionCount,
        words: journal.totalWords,
        documents: journal.docs.size,
        updateBytes: totalBytes,
        vaultBytes,
        indexedDbDatabases: databases,
      },
      firstLoad: firstLoad.result ?? { error: firstLoad.error },
      loadAfterLeavingFirstEarly: afterEarlyLeave.result ?? { error: afterEarlyLeave.error },
      searchIndexRebuiltAfterEarlyLeave: rebuiltAfterEarlyLeave,
      appLoadToJournalReadyMs: appSummary,
      appLoadToSearchReadyMs: searchReadySummary,
      stockVaultLoadMs: stockSummary,
      appLoadToVaultRequestedMs: appVaultOpenSummary,
      stockLoadToVaultRequestedMs: stockVaultOpenSummary,
      ratio: ratio === null ? null : Math.round(ratio * 100) / 100,
      targetRatio: TARGET_RATIO,
      verdict,
      openBigEntryMs: opens.result ?? { error: opens.error },
      searchMs: searches.result ?? { error: searches.error },
      pasteMs: pastes.result ?? { error: pastes.error },
      overviewOpenMs: overview.result ?? { error: overview.error },
      meetingOpenMs: meeting.result ?? { error: meeting.error },
      consentRecordMs: consent.result ?? { error: consent.error },
      itemHistoryMs: itemHistory.result ?? { error: itemHistory.error },
      managerDeskMs: desk.result ?? { error: desk.error },
      planPdfMs: planPdf.result ?? { error: planPdf.error },
      syncMs: sync.result ?? { error: sync.error },
      backupRestoreMs: backup.result ?? { error: backup.error },
      storedBytesAfterReopens: storage.result ?? { error: storage.error },
      atRest: atRest.result ?? { error: atRest.error },
      bootIndexedDbOpens: {
        perLoad: bootOpens,
        maxBeforeJournalReady: maxBootOpens,
        beforeSearchReady: searchOpens,
      },
      errors: {
        loads: loads.error,
        open: opens.error,
        search: searches.error,
        paste: pastes.error,
        overview: overview.error,
      },
      pageErrors: harness.pageErrors.slice(0, 20),
    };
    await mkdir(RESULTS_DIR, { recursive: true });
    const stamp = started.toISOString().replace(/[:.]/g, '-');
    const json = `${JSON.stringify(report, null, 2)}\n`;
    await writeFile(join(RESULTS_DIR, `${stamp}.json`), json);
    // latest.json is the last complete run; a partial one (--only) is kept under its time only.
    const complete = parts.size === Object.keys(PARTS).length;
    if (complete) await writeFile(join(RESULTS_DIR, 'latest.json'), json);
    log(`Wrote bench/results/${stamp}.json${complete ? ' and bench/results/latest.json' : ''}`);
    // A slow number is a finding, not a failure; a section that could not run at all is.
    return (loads.error ?? opens.error ?? searches.error ?? pastes.error ?? overview.error) ? 1 : 0;
  } finally {
    await harness?.close();
    await rm(stockDir, { recursive: true, force: true });
  }
}

/**
 * The storage bench runs the renderer's persistence on fake-indexeddb, whose globals must stay
 * out of this process (the browser benches): it runs in a child process and prints JSON.
 */
function measureStorageInChild(): Promise<StorageSummary> {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'storage', 'storageBench.ts')],
    {
      encoding: 'utf8',
      maxBuffer: 8 * 1024 * 1024,
    },
  );
  return Promise.resolve(storageSummarySchema.parse(JSON.parse(out)));
}

const storageSummarySchema = z.object({
  reopens: z.number(),
  documents: z.array(
    z.object({
      name: z.string(),
      tandemRatio: z.number(),
      mirrorRatio: z.number(),
      stockRatio: z.number(),
      stockPrefilledRatio: z.number(),
    }),
  ),
  mirrorAfterEdits: z.object({ edits: z.number(), bytesOnDisk: z.number(), boundBytes: z.number() }),
  targetRatio: z.number(),
  verdict: z.enum(['PASS', 'FAIL']),
});
type StorageSummary = z.infer<typeof storageSummarySchema>;

function describeStorage(report: StorageSummary): string {
  const docs = report.documents
    .map(
      (d) =>
        `${d.name}: Tandem ${d.tandemRatio.toFixed(2)}×, mirror ${d.mirrorRatio.toFixed(2)}×, stock y-indexeddb ${d.stockRatio.toFixed(2)}× (${d.stockPrefilledRatio.toFixed(0)}× when hydrated first)`,
    )
    .join('; ');
  const edits = report.mirrorAfterEdits;
  return (
    `(l) after ${report.reopens} opens: ${docs} (target ≤ ${report.targetRatio}×) → ${report.verdict}; ` +
    `mirror after ${edits.edits} one-keystroke appends ${(edits.bytesOnDisk / 1024).toFixed(0)} KiB (bound ${(edits.boundBytes / 1024).toFixed(0)} KiB)`
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
