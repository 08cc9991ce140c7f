import type { Page } from 'playwright-core';
import { SECURITY_HEADERS } from '../electron/main/security/csp';
import { ipcChannels } from '../shared/ipc/contract';
import { folderHandler } from '../tests/e2e/harness/staticServer';
import { startHarness, type Harness } from '../tests/e2e/harness';
import {
  ensureSearchBox,
  loadApp,
  newBlankEntry,
  openEntry,
  search,
  seedIndexedDb,
  typeKey,
  waitForSaved,
} from './browserSteps';
import {
  BIG_ENTRY_FIRST_HEADING,
  BIG_ENTRY_TITLE,
  SEARCH_QUERIES,
  type GeneratedJournal,
} from './journalGenerator';
import { BENCH_PAGE_SCRIPT } from './pageScripts';
import { sealForWindow } from './sealedSeed';
import { summarise, type Summary } from './stats';

/**
 * (m) The cost of encryption at rest: the same 10-year journal, the same steps, once with the
 * window's encryption off (its window.tandem has no `atRest` channels, so the window stores
 * plain records, as before encryption) and once on (sealed records, WebCrypto). Main's disk
 * mirror is sealed in both runs: it works off the window's thread. Also the one-time cost of
 * sealing a journal from before encryption on its first start.
 */

const LOADS = 8;
const OPENS = 5;
const KEYS = 20;
/** Target from the issue: start-up with encryption within 10% of without. */
export const AT_REST_STARTUP_BUDGET = 1.1;

export interface AtRestRun {
  startup: Summary;
  openEntry: Summary;
  search: Summary;
  keystroke: Summary;
}

export interface AtRestReport {
  off: AtRestRun;
  on: AtRestRun;
  /** The first start of a plain journal with encryption: sealing every database, then the list. */
  firstStartSealing: number | null;
  documents: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function settle(page: Page): Promise<void> {
  await waitForSaved(page).catch(() => undefined);
  await sleep(300);
}

async function withSeededHarness<T>(
  journal: GeneratedJournal,
  stockDir: string,
  mode: 'off' | 'on' | 'legacy',
  run: (harness: Harness, page: Page) => Promise<T>,
): Promise<T> {
  const harness = await startHarness({
    mounts: { '/__bench/': folderHandler(stockDir, SECURITY_HEADERS) },
    ...(mode === 'off' ? { channels: ipcChannels.filter((c) => !c.startsWith('tandem:atRest:')) } : {}),
    ...(mode === 'legacy' ? { main: { legacyJournal: true } } : {}),
  });
  try {
    await harness.context.addInitScript({ content: BENCH_PAGE_SCRIPT });
    const page = harness.context.pages()[0] ?? (await harness.newPage());
    for (const [docId, update] of journal.docs) await harness.main.mirror.append(docId, update);
    // A page on the app's origin with no app in it, to write IndexedDB from.
    await page.goto(`${harness.server.origin}/__bench/seed.html`);
    await seedIndexedDb(page, mode === 'on' ? await sealForWindow(harness.main, journal.docs) : journal.docs);
    return await run(harness, page);
  } finally {
    await harness.close();
  }
}

async function measureRun(harness: Harness, page: Page): Promise<AtRestRun> {
  const appUrl = harness.appUrl;
  // Warm-up: the first load builds and saves the search index.
  await loadApp(page, appUrl, 300_000);
  await settle(page);
  const startup: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const boot = await loadApp(page, appUrl);
    if (boot.journalReady !== null) startup.push(boot.journalReady);
    await settle(page);
  }
  const opens: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    await loadApp(page, appUrl);
    await settle(page);
    opens.push(
      (await openEntry(page, { title: BIG_ENTRY_TITLE, heading: BIG_ENTRY_FIRST_HEADING, timeoutMs: 30_000 }))
        .readyMs,
    );
  }
  await loadApp(page, appUrl);
  await settle(page);
  await ensureSearchBox(page);
  const searches: number[] = [];
  for (const query of SEARCH_QUERIES)
    searches.push((await search(page, { query, timeoutMs: 10_000 })).shownMs);
  await loadApp(page, appUrl);
  await settle(page);
  await newBlankEntry(page);
  await page.getByRole('textbox', { name: 'Entry body' }).click();
  const keys: number[] = [];
  let typed = '';
  for (let i = 0; i < KEYS; i++) {
    const key = String.fromCharCode(97 + (i % 26));
    typed += key;
    keys.push((await typeKey(page, { key, expectedEnd: typed, timeoutMs: 10_000 })).paintedMs);
    // Spaced like typing, so each key's save (sealing included) runs between keys.
    await sleep(120);
  }
  return {
    startup: summarise(startup),
    openEntry: summarise(opens),
    search: summarise(searches),
    keystroke: summarise(keys),
  };
}

/** `stockDir`: the built stock page folder (bench/stockPage.ts), whose seed.html writes IndexedDB. */
export async function measureAtRest(
  journal: GeneratedJournal,
  stockDir: string,
  log: (line: string) => void,
): Promise<AtRestReport> {
  log('  encryption off…');
  const off = await withSeededHarness(journal, stockDir, 'off', measureRun);
  log('  encryption on…');
  const on = await withSeededHarness(journal, stockDir, 'on', measureRun);
  log('  first start of a plain journal (sealing it)…');
  const firstStartSealing = await withSeededHarness(journal, stockDir, 'legacy', async (harness, page) => {
    const boot = await loadApp(page, harness.appUrl, 600_000);
    return boot.journalReady;
  });
  return { off, on, firstStartSealing, documents: journal.docs.size };
}

export function describeAtRestReport(report: AtRestReport): string[] {
  const row = (name: string, pick: (run: AtRestRun) => Summary) => {
    const off = pick(report.off);
    const on = pick(report.on);
    const ratio = on.median / off.median;
    return `  ${name.padEnd(34)} off ${off.median.toFixed(1).padStart(7)} ms (p95 ${off.p95.toFixed(1)})   on ${on.median
      .toFixed(1)
      .padStart(7)} ms (p95 ${on.p95.toFixed(1)})   ×${ratio.toFixed(2)}`;
  };
  const startupRatio = report.on.startup.median / report.off.startup.median;
  return [
    row('(m) load → journal list interactive', (r) => r.startup),
    row('    open 5,000-word entry → editable', (r) => r.openEntry),
    row('    search: type → results shown', (r) => r.search),
    row('    keystroke → next frame', (r) => r.keystroke),
    `  start-up with encryption ×${startupRatio.toFixed(2)} of without (budget ×${AT_REST_STARTUP_BUDGET}): ${
      startupRatio <= AT_REST_STARTUP_BUDGET ? 'PASS' : 'MISS'
    }`,
    `  first start of a plain ${report.documents}-document journal, sealing it → journal list: ${
      report.firstStartSealing === null ? '-' : `${report.firstStartSealing.toFixed(0)} ms`
    }`,
  ];
}
