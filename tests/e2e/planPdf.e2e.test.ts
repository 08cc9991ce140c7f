import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlanPdf } from '../../electron/main/print/exportPlanPdf';
import { isoDateAt } from '../../shared/schema/dates';
import { saveScreenshot, startHarness, type Harness } from './harness';
import { goToRoute, settledSaved } from './harness/appState';
import {
  ARABIC_NAME,
  buildPlanFixture,
  CJK_NAME,
  HEBREW_NAME,
  MANAGER_NAME,
  PRINT_OWNER,
  type PlanFixture,
} from './harness/planFixture';
import { pdfTool, printPlanWithChromium } from './harness/planPdf';
import { saveArtifact, SCREENSHOT_DIR } from './harness/screenshots';

/**
 * Plan to PDF end to end: a 30-milestone plan (seeded through the app's schema functions into
 * the real disk mirror, then opened in the app) printed from the app's print route with
 * headless Chromium's page.pdf() — the same engine and options as Electron's printToPDF — and
 * checked with poppler and qpdf. The second half goes through the plan editor's "Export PDF…"
 * button and the real IPC handler, with page.pdf() behind it instead of the hidden window.
 */

const TIME_ZONE = 'Europe/London';
const now = Date.now();
const today = isoDateAt(now, TIME_ZONE);

/** pdftotext lays text out in columns and lines; compare with whitespace squeezed. */
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');

async function pdfText(path: string): Promise<string> {
  return squeeze(await pdfTool('pdftotext', ['-enc', 'UTF-8', path, '-']));
}

async function pdfInfo(path: string): Promise<{ pages: number; pageSize: string; tagged: string }> {
  const info = await pdfTool('pdfinfo', [path]);
  const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
  return { pages: Number(field('Pages')), pageSize: field('Page size'), tagged: field('Tagged') };
}

interface OutlineItem {
  title: string;
  kids: OutlineItem[];
}

/** The PDF's outline, depth first, as qpdf reads it. */
async function outlineTitles(path: string): Promise<string[]> {
  const json = JSON.parse(await pdfTool('qpdf', ['--json', '--json-key=outlines', path])) as {
    outlines: OutlineItem[];
  };
  const walk = (items: OutlineItem[]): string[] => items.flatMap((i) => [i.title, ...walk(i.kids)]);
  return walk(json.outlines);
}

/** "594.96 x 841.92 pts (A4)": Chromium rounds A4 to its own units, so within a point. */
function expectPageSize(reported: string, width: number, height: number, name: string): void {
  const match = /^([\d.]+) x ([\d.]+) pts \((\w+)\)$/.exec(reported);
  expect(match, reported).not.toBeNull();
  expect(Math.abs(Number(match![1]) - width), reported).toBeLessThan(1);
  expect(Math.abs(Number(match![2]) - height), reported).toBeLessThan(1);
  expect(match![3]).toBe(name);
}

/** Page 1 as a PNG under tests/e2e/screenshots/, to be looked at. */
async function firstPagePng(pdfPath: string, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const prefix = join(SCREENSHOT_DIR, name);
  await pdfTool('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
  return `${prefix}.png`;
}

function expectEveryField(text: string, plan: PlanFixture, options: { acknowledgement: boolean }): void {
  const expected = [
    plan.planTitle,
    PRINT_OWNER,
    plan.goalTitle,
    plan.alignment,
    'Skill gaps',
    ...plan.skillGaps.map((g) => g.name),
    'Learning activities',
    'Stretch assignment',
    'Mentoring',
    'Formal training or course',
    'Reading or self-study',
    ...plan.activities.map((a) => a.title),
    'Milestones',
    ...plan.milestones.map((m) => m.title),
    'Success criterion',
    'Who supports this plan',
    MANAGER_NAME,
    CJK_NAME,
    HEBREW_NAME,
    'What success looks like',
    ...plan.stages.flatMap((s) => [s.stage, s.description]),
    'Progress',
    `10 of 30 milestones done (33%)`,
    // The chart's caption: its one-sentence summary.
    '10 milestones done from',
    'Produced on',
    'Page 1 of',
  ];
  for (const phrase of expected)
    expect(text, `PDF text should contain “${phrase}”`).toContain(squeeze(phrase));
  // Levels print as "Learning (2)" then "→ Skilled (4)".
  expect(text).toMatch(/Incident command Learning \(2\) → Skilled \(4\)/);
  // Arabic is shaped into joined letter forms on paper; the text layer still has the letters in
  // reading order (poppler maps the glyphs back through the font's ToUnicode table).
  expect(text).toContain(ARABIC_NAME);
  if (options.acknowledgement) {
    expect(text).toContain('Acknowledgement');
    expect(text).toContain(squeeze(`Employee: ${PRINT_OWNER}`));
    expect(text).toContain(squeeze(`Manager: ${MANAGER_NAME}`));
  } else {
    expect(text).not.toContain('Acknowledgement');
  }
}

describe('plan to PDF', () => {
  let harness: Harness;
  let page: Page;
  let outDir: string;
  const plan = buildPlanFixture({ milestoneCount: 30, today, now });

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'tandem-pdf-'));
    harness = await startHarness({ viewport: { width: 1200, height: 900 } });
    for (const [docId, update] of plan.docs) await harness.main.mirror.append(docId, update);
    page = harness.context.pages()[0] ?? (await harness.newPage());
    await page.goto(harness.appUrl);
    // The profile arrives from the disk mirror shortly after start; then the shell appears.
    await page.getByRole('navigation').first().waitFor({ timeout: 15_000 });
    // Open the goal and the plan as a person would, so the app's local store holds both.
    await goToRoute(page, `/goals/${plan.goalId}`);
    await page.getByRole('heading', { name: plan.goalTitle, level: 2 }).waitFor();
    await goToRoute(page, `/plans/${plan.planId}`);
    await page.getByRole('heading', { name: plan.planTitle, level: 1 }).waitFor();
    await settledSaved(page);
  });

  afterAll(async () => {
    await harness.close();
    await rm(outDir, { recursive: true, force: true });
  });

  it('prints every part of a 30-milestone plan on A4, in every script, and passes qpdf', async () => {
    const printPage = await harness.newPage();
    const printed = await printPlanWithChromium(printPage, harness.appUrl, {
      planId: plan.planId,
      pageSize: 'A4',
      includeAcknowledgement: true,
    });
    await printPage.close();
    expect(printed.ownerName).toBe(PRINT_OWNER);
    expect(printed.planTitle).toBe(plan.planTitle);
    const path = join(outDir, 'a4.pdf');
    await writeFile(path, printed.pdf);

    const info = await pdfInfo(path);
    expectPageSize(info.pageSize, 595, 842, 'A4');
    // Title, goal, progress and chart, gaps and activities, 30 rows, people, stages, signatures.
    expect(info.pages).toBeGreaterThanOrEqual(3);
    expect(info.pages).toBeLessThanOrEqual(7);
    expect(info.tagged).toBe('yes');

    const text = await pdfText(path);
    expectEveryField(text, plan, { acknowledgement: true });
    expect(text).toContain(`Page ${info.pages} of ${info.pages}`);

    // No table row is split: each milestone's success criterion (unique to its row) is on
    // exactly one page, and that page has the row's title too.
    const pages = (await pdfTool('pdftotext', ['-enc', 'UTF-8', path, '-'])).split('\f').map(squeeze);
    for (const m of plan.milestones) {
      const rowPages = pages.filter((p) => p.includes(squeeze(m.criterion)));
      expect(rowPages, m.title).toHaveLength(1);
      expect(rowPages[0]).toContain(squeeze(m.title));
    }
    // The header row repeats on every page the table runs onto.
    const tablePages = pages.filter((p) => plan.milestones.some((m) => p.includes(squeeze(m.criterion))));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const p of tablePages) expect(p).toContain('Success criterion');

    expect(await pdfTool('qpdf', ['--check', path])).toMatch(/No syntax or stream encoding errors/);
    // The outline (bookmarks) follows the headings: the plan's title, then each section.
    expect(await outlineTitles(path)).toEqual([
      plan.planTitle,
      'Goal and alignment',
      'Progress',
      'Skill gaps',
      'Learning activities',
      'Stretch assignment',
      'Mentoring',
      'Formal training or course',
      'Reading or self-study',
      'Milestones',
      'Who supports this plan',
      'What success looks like',
      'Acknowledgement',
    ]);
    // The whole file too, beside the picture of its first page, for a person to read through.
    await saveArtifact('plan-pdf-a4.pdf', printed.pdf);
    const png = await firstPagePng(path, 'plan-pdf-a4-page1');
    expect((await readFile(png)).byteLength).toBeGreaterThan(5_000);
  });

  it('exports from the plan editor on US Letter through the real IPC handler', async () => {
    const printPage = await harness.newPage();
    harness.main.setPdfService({
      exportPlan: (args) =>
        exportPlanPdf(args, {
          print: (request) => printPlanWithChromium(printPage, harness.appUrl, request),
          chooseSavePath: (name) => Promise.resolve(join(outDir, name)),
        }),
    });
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the plan as PDF' });
    await dialog.getByRole('radio', { name: /US Letter/ }).check();
    await dialog.getByRole('checkbox', { name: /signature lines/ }).check();
    await saveScreenshot(page, 'plan-export-pdf-dialog');
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    const saved = join(outDir, `${plan.planTitle}.pdf`);
    // The toast names the file; the folder is where the person chose to save it.
    const toast = page.getByRole('status').filter({ hasText: `PDF saved: ${plan.planTitle}.pdf` });
    await toast.waitFor({ timeout: 20_000 });
    expect(await toast.textContent()).not.toContain(outDir);
    await expect(dialog.count()).resolves.toBe(0);
    await printPage.close();

    const info = await pdfInfo(saved);
    expectPageSize(info.pageSize, 612, 792, 'letter');
    expect(info.pages).toBeGreaterThanOrEqual(3);
    expect(info.pages).toBeLessThanOrEqual(7);
    const text = await pdfText(saved);
    expectEveryField(text, plan, { acknowledgement: true });
    expect(await pdfTool('qpdf', ['--check', saved])).toMatch(/No syntax or stream encoding errors/);
    await firstPagePng(saved, 'plan-pdf-letter-page1');
    // Nothing but the finished file: no temporary file left beside it.
    expect((await readdir(outDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says why when the file cannot be written, and leaves nothing behind', async () => {
    const printPage = await harness.newPage();
    // A folder already has the chosen name: the write reaches the rename and fails there.
    const blocked = join(outDir, 'blocked.pdf');
    await mkdir(blocked);
    harness.main.setPdfService({
      exportPlan: (args) =>
        exportPlanPdf(args, {
          print: (request) => printPlanWithChromium(printPage, harness.appUrl, request),
          chooseSavePath: () => Promise.resolve(blocked),
        }),
    });
    const before = await readdir(outDir);
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the plan as PDF' });
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await expect(
      dialog
        .getByRole('alert')
        .filter({ hasText: 'a folder already has that name' })
        .textContent({ timeout: 20_000 }),
    ).resolves.toContain(`The PDF could not be saved to ${blocked}`);
    expect(await readdir(outDir)).toEqual(before);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await printPage.close();
    harness.main.setPdfService(null);
    expect(harness.pageErrors).toEqual([]);
  });
});
