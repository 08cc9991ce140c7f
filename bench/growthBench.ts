import type { Page } from 'playwright-core';
import type { Harness } from '../tests/e2e/harness';
import { loadApp, seedIndexedDb, waitForSaved } from './browserSteps';
import { sealForWindow } from './sealedSeed';
import type { GeneratedGrowth } from './growthGenerator';
import { summarise, type Summary } from './stats';

/**
 * Section (g) of `npm run bench`: opening the Growth overview once the journal is loaded. The
 * journal's profile gets 40 goals and 60 plans added (item documents, and the vault's growth
 * index as one more update record), then, per run: a fresh load of the app, wait until the
 * journal list and search are ready and everything is saved, navigate to #/growth and time
 * until the overview says it is ready (`data-overview-state`), and until the next frame.
 */

export const OVERVIEW_RUNS = 9;
export const OVERVIEW_TARGET_MS = 100;

/**
 * Runs in the page (a string: bench/ has no DOM typings, and the app's CSP forbids the string
 * evaluation Playwright's waitForFunction would need). Times are taken with performance.now()
 * in the page, so they include no round trip to Node.
 */
const OPEN_OVERVIEW = `async ({ timeoutMs }) => {
  const root = document.documentElement;
  if (root.dataset.overviewState === 'ready') throw new Error('The overview was already open');
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const ready = new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (root.dataset.overviewState !== 'ready') return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('Timed out waiting for overviewState (is #/growth routed to the overview?)'));
    }, timeoutMs);
    observer.observe(root, { attributes: true, attributeFilter: ['data-overview-state'] });
  });
  const start = performance.now();
  location.hash = '#/growth';
  const readyAt = await ready;
  await nextFrame();
  const paintedAt = performance.now();
  const chart = document.querySelector('[data-testid="monthly-done-chart"]');
  const bars = chart ? [...chart.querySelectorAll('[data-month]')] : [];
  // Headings say "Overdue (61)" and "Active plans (40)"; the lists below them show the first few.
  const countIn = (tag, label) => {
    const heading = [...document.querySelectorAll(tag)].find((h) => (h.textContent || '').trim().startsWith(label));
    const match = heading ? /\\((\\d+)\\)/.exec(heading.textContent) : null;
    return match ? Number(match[1]) : 0;
  };
  return {
    readyMs: readyAt - start,
    paintedMs: paintedAt - start,
    activePlans: countIn('h2', 'Active plans'),
    overdue: countIn('h3', 'Overdue'),
    doneInChart: bars.reduce((sum, bar) => sum + Number(bar.getAttribute('data-count') || 0), 0),
    months: bars.length,
  };
}`;

interface OverviewOpen {
  readyMs: number;
  paintedMs: number;
  activePlans: number;
  overdue: number;
  doneInChart: number;
  months: number;
}

export interface OverviewReport {
  goals: number;
  plans: number;
  milestones: number;
  ready: Summary;
  painted: Summary;
  targetMs: number;
  verdict: 'PASS' | 'MISS';
  /** What the page showed against what was seeded (a check that it rendered the data). */
  shown: Omit<OverviewOpen, 'readyMs' | 'paintedMs'>;
  expected: GeneratedGrowth['expected'];
}

/** Adds the goals and plans to the profile: the disk mirror and IndexedDB alike. */
export async function seedGrowth(harness: Harness, page: Page, growth: GeneratedGrowth): Promise<void> {
  const docs = new Map<string, Uint8Array>([...growth.items, ['vault', growth.vaultUpdate]]);
  for (const [docId, update] of docs) await harness.main.mirror.append(docId, update);
  // y-indexeddb reads every record in a database's 'updates' store, so the vault's growth index
  // can be one more record beside what the app has already written there.
  await page.goto(`${harness.server.origin}/__bench/seed.html`);
  await seedIndexedDb(page, await sealForWindow(harness.main, docs));
}

async function openOverview(page: Page, appUrl: string): Promise<OverviewOpen> {
  await loadApp(page, appUrl);
  await waitForSaved(page).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return page.evaluate<OverviewOpen>(`(${OPEN_OVERVIEW})({ timeoutMs: 10000 })`);
}

export async function measureOverviewOpen(
  page: Page,
  appUrl: string,
  growth: GeneratedGrowth,
): Promise<OverviewReport> {
  await openOverview(page, appUrl); // warm-up: the first load after seeding, not counted
  const runs: OverviewOpen[] = [];
  for (let i = 0; i < OVERVIEW_RUNS; i++) runs.push(await openOverview(page, appUrl));
  const ready = summarise(runs.map((r) => r.readyMs));
  const { readyMs: _ready, paintedMs: _painted, ...shown } = runs.at(-1)!;
  return {
    goals: growth.goals,
    plans: growth.plans,
    milestones: growth.milestones,
    ready,
    painted: summarise(runs.map((r) => r.paintedMs)),
    targetMs: OVERVIEW_TARGET_MS,
    verdict: ready.median <= OVERVIEW_TARGET_MS ? 'PASS' : 'MISS',
    shown,
    expected: growth.expected,
  };
}
