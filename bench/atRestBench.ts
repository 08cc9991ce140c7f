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
 * (n) The cost of encryption at rest: the same 10-year journal, the same steps, in turns with the
 * window's encryption off (its window.tandem has no `atRest` channels, so the window stores
 * plain records, as before encryption) and on (sealed records, WebCrypto). Main's disk
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

interface Side {
  harness: Harness;
  page: Page;
}

async function startSide(
  journal: GeneratedJournal,
  stockDir: string,
  mode: 'off' | 'on' | 'legacy',
): Promise<Side> {
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
    return { harness, page };
  } catch (error) {
    await harness.close();
    throw error;
  }
}

type Samples = Record<keyof AtRestRun, number[]>;

/**
 * Off and on take turns, step by step, so a busy moment on a shared machine lands on both
 * rather than on whichever ran then.
 */
async function measureInTurns(sides: { off: Side; on: Side }): Promise<{ off: AtRestRun; on: AtRestRun }> {
  const samples: Record<'off' | 'on', Samples> = {
    off: { startup: [], openEntry: [], search: [], keystroke: [] },
    on: { startup: [], openEntry: [], search: [], keystroke: [] },
  };
  const both = async (step: (side: Side, into: Samples) => Promise<void>) => {
    await step(sides.off, samples.off);
    await step(sides.on, samples.on);
  };
  // Warm-up: the first load builds and saves the search index.
  await both(async ({ harness, page }) => {
    await loadApp(page, harness.appUrl, 300_000);
    await settle(page);
  });
  for (let i = 0; i < LOADS; i++) {
    await both(async ({ harness, page }, into) => {
      const boot = await loadApp(page, harness.appUrl);
      if (boot.journalReady !== null) into.startup.push(boot.journalReady);
      await settle(page);
    });
  }
  for (let i = 0; i < OPENS; i++) {
    await both(async ({ harness, page }, into) => {
      await loadApp(page, harness.appUrl);
      await settle(page);
      const opened = await openEntry(page, {
        title: BIG_ENTRY_TITLE,
        heading: BIG_ENTRY_FIRST_HEADING,
        timeoutMs: 30_000,
      });
      into.openEntry.push(opened.readyMs);
    });
  }
  await both(async ({ harness, page }) => {
    await loadApp(page, harness.appUrl);
    await settle(page);
    await ensureSearchBox(page);
  });
  for (const query of SEARCH_QUERIES) {
    await both(async ({ page }, into) => {
      into.search.push((await search(page, { query, timeoutMs: 10_000 })).shownMs);
    });
  }
  await both(async ({ harness, page }) => {
    await loadApp(page, harness.appUrl);
    await settle(page);
    await newBlankEntry(page);
    await page.getByRole('textbox', { name: 'Entry body' }).click();
  });
  let typed = '';
  for (let i = 0; i < KEYS; i++) {
    typed += String.fromCharCode(97 + (i % 26));
    const expectedEnd = typed;
    const key = expectedEnd.slice(-1);
    await both(async ({ page }, into) => {
      into.keystroke.push((await typeKey(page, { key, expectedEnd, timeoutMs: 10_000 })).paintedMs);
      // Spaced like typing, so each key's save (sealing included) runs before the next.
      await sleep(120);
    });
  }
  const summary = (s: Samples): AtRestRun => ({
    startup: summarise(s.startup),
    openEntry: summarise(s.openEntry),
    search: summarise(s.search),
    keystroke: summarise(s.keystroke),
  });
  return { off: summary(samples.off), on: summary(samples.on) };
}

/** `stockDir`: the built stock page folder (bench/stockPage.ts), whose seed.html writes IndexedDB. */
export async function measureAtRest(
  journal: GeneratedJournal,
  stockDir: string,
  log: (line: string) => void,
): Promise<AtRestReport> {
  log('  seeding a profile with encryption off and one with it on…');
  const off = await startSide(journal, stockDir, 'off');
  let runs: { off: AtRestRun; on: AtRestRun };
  try {
    const on = await startSide(journal, stockDir, 'on');
    try {
      runs = await measureInTurns({ off, on });
    } finally {
      await on.harness.close();
    }
  } finally {
    await off.harness.close();
  }
  log('  first start of a plain journal (sealing it)…');
  const legacy = await startSide(journal, stockDir, 'legacy');
  let firstStartSealing: number | null;
  try {
    firstStartSealing = (await loadApp(legacy.page, legacy.harness.appUrl, 600_000)).journalReady;
  } finally {
    await legacy.harness.close();
  }
  return { ...runs, firstStartSealing, documents: journal.docs.size };
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
    row('(n) load → journal list interactive', (r) => r.startup),
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
