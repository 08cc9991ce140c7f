import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { isoDateAt } from '../shared/schema/dates';
import { startHarness, type Harness } from '../tests/e2e/harness';
import { goToRoute, settledSaved } from '../tests/e2e/harness/appState';
import { buildPlanFixture } from '../tests/e2e/harness/planFixture';
import { printPlanWithChromium, waitForPrintView, playwrightPdfOptions } from '../tests/e2e/harness/planPdf';
import { planPdfOptions } from '../electron/main/print/pdfOptions';
import { planPrintPath } from '../shared/ipc/contract';
import { summarise, type Summary } from './stats';

/**
 * Plan to PDF (issue 6, target < 1 s): a 12-milestone plan, printed the way main's hidden print
 * window does it — load the app at the print route, wait for the view's ready mark (data and
 * fonts), print with the app's options — in headless Chromium with page.pdf(). Each run is a
 * fresh page load, as each export opens a fresh window. Timed in Node, so the figure includes
 * the round trips a real export has too.
 *
 * `npm run bench` calls `measurePlanPdf` with its harness (the ten-year journal's profile);
 * `node --import tsx bench/pdfBench.ts` runs it alone in an empty profile.
 */

export const PDF_RUNS = 9;
export const PDF_TARGET_MS = 1000;
const MILESTONES = 12;

export interface PdfReport {
  milestones: number;
  /** Load of the print route → PDF bytes in hand. */
  total: Summary;
  /** Load of the print route → the view's ready mark. */
  ready: Summary;
  /** page.pdf() alone. */
  print: Summary;
  bytes: number;
  targetMs: number;
  verdict: 'PASS' | 'MISS';
}

/** Puts the plan in the profile through the disk mirror, then opens it as a person would. */
async function seedPlan(harness: Harness, page: Page) {
  const now = Date.now();
  const fixture = buildPlanFixture({ milestoneCount: MILESTONES, today: isoDateAt(now), now });
  for (const [docId, update] of fixture.docs) await harness.main.mirror.append(docId, update);
  await page.goto(harness.appUrl);
  await page.getByRole('navigation').first().waitFor({ timeout: 30_000 });
  // Through the list, as a person would: the plan is listed once the profile's index has it.
  await goToRoute(page, '/plans');
  await page
    .getByRole('link', { name: new RegExp(fixture.planTitle) })
    .first()
    .click({ timeout: 30_000 });
  await page.getByRole('heading', { name: fixture.planTitle, level: 1 }).waitFor({ timeout: 30_000 });
  await settledSaved(page);
  return fixture;
}

export async function measurePlanPdf(harness: Harness, page: Page): Promise<PdfReport> {
  const fixture = await seedPlan(harness, page);
  const args = { planId: fixture.planId, pageSize: 'A4', includeAcknowledgement: true } as const;
  await printPlanWithChromium(page, harness.appUrl, args); // warm-up: code and fonts into caches
  const total: number[] = [];
  const ready: number[] = [];
  const print: number[] = [];
  let bytes = 0;
  for (let i = 0; i < PDF_RUNS; i++) {
    // Leave first: going to the same address with only the hash changed would not reload.
    await page.goto('about:blank');
    const start = performance.now();
    await page.goto(`${harness.appUrl}#${planPrintPath(args)}`);
    const heading = await waitForPrintView(page);
    const readyAt = performance.now();
    const pdf = await page.pdf(playwrightPdfOptions(planPdfOptions(args.pageSize, heading)));
    const end = performance.now();
    total.push(end - start);
    ready.push(readyAt - start);
    print.push(end - readyAt);
    bytes = pdf.byteLength;
  }
  const totals = summarise(total);
  return {
    milestones: MILESTONES,
    total: totals,
    ready: summarise(ready),
    print: summarise(print),
    bytes,
    targetMs: PDF_TARGET_MS,
    verdict: totals.median < PDF_TARGET_MS ? 'PASS' : 'MISS',
  };
}

export function describePdfReport(report: PdfReport): string {
  return (
    `(h) plan PDF, ${report.milestones} milestones: median ${report.total.median.toFixed(0)} ms, ` +
    `p95 ${report.total.p95.toFixed(0)} ms (target < ${report.targetMs} ms) → ${report.verdict}; ` +
    `load → ready ${report.ready.median.toFixed(0)} ms, page.pdf() ${report.print.median.toFixed(0)} ms, ` +
    `${(report.bytes / 1024).toFixed(0)} kB`
  );
}

async function runAlone(): Promise<void> {
  const harness = await startHarness();
  try {
    const page = harness.context.pages()[0] ?? (await harness.newPage());
    const report = await measurePlanPdf(harness, page);
    process.stdout.write(`${describePdfReport(report)}\n${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await harness.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runAlone().catch((error: unknown) => {
    process.stderr.write(`pdf bench failed: ${String(error)}\n`);
    process.exit(1);
  });
}
