import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createTestnet, { type Testnet } from 'hyperdht/testnet';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPlanPdf } from '../../electron/main/print/exportPlanPdf';
import { goToRoute, settledSaved } from './harness/appState';
import { pdfTool, printPlanWithChromium } from './harness/planPdf';
import { saveArtifact } from './harness/screenshots';
import { firstRun, pairThroughUi } from './harness/sharingFlow';
import { startSharingPeer, type SharingPeer } from './harness/sharingPeer';

/**
 * Issue 17, point 3's last sentence for the plan's PDF, end to end: two installations paired
 * over a loopback HyperDHT testnet. The employee brings a plan into a one-on-one through "Bring
 * in…", closes the meeting, writes the summary and confirms it. Then the plan is exported by
 * the real IPC handler with main's real confirmation check (Chromium's page.pdf() standing in
 * for printToPDF), and poppler reads the PDF back: a section "Conversations about this plan"
 * with the meeting's date, the manager's name, the summary and the employee's confirmation;
 * the private note is not there. The same plan printed with no checked signatures prints that
 * confirmation as left out, and a plan never discussed prints no such section.
 */

const EMPLOYEE = 'Sam Okafor';
const MANAGER = 'Maya Lindqvist';
const PLAN = 'Lead the platform migration';
const OTHER_PLAN = 'Learn the billing domain';
const PRIVATE_NOTE = 'Private canary: unsure about the timeline.';
const DISCUSSED = 'Where the migration stands and what blocks the second milestone.';
const AGREED = 'Sam writes the rollout plan; Maya clears time with the platform team.';

let testnet: Testnet;
let employee: SharingPeer;
let manager: SharingPeer;
let outDir: string;
let planId: string;
let otherPlanId: string;
let meetingId: string;

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

async function newPlan(page: Page, title: string): Promise<string> {
  await goToRoute(page, '/plans');
  await page.getByRole('button', { name: /New plan/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Plan title').fill(title);
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
  await settledSaved(page);
  const id = /#\/plans\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  return id;
}

async function pdfText(path: string): Promise<string> {
  return squeeze(await pdfTool('pdftotext', ['-enc', 'UTF-8', path, '-']));
}

describe('the conversations about a plan, on the plan’s PDF', () => {
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'tandem-plan-conversations-'));
    testnet = await createTestnet(3);
    employee = await startSharingPeer('employee', testnet, { viewport: { width: 1280, height: 900 } });
    manager = await startSharingPeer('manager', testnet, { viewport: { width: 1280, height: 900 } });
    await firstRun(employee, EMPLOYEE);
    await firstRun(manager, MANAGER);
    await pairThroughUi({ peer: employee, name: EMPLOYEE }, { peer: manager, name: MANAGER });
  });

  afterAll(async () => {
    await employee.close();
    await manager.close();
    await testnet.destroy();
    await rm(outDir, { recursive: true, force: true });
  });

  it('brings a plan into a meeting, closes it with a summary and confirms it', async () => {
    planId = await newPlan(employee.page, PLAN);
    otherPlanId = await newPlan(employee.page, OTHER_PLAN);
    const page = employee.page;
    // Both come to the meeting: each opens the series with the other.
    for (const [p, other] of [
      [manager.page, EMPLOYEE],
      [page, MANAGER],
    ] as const) {
      await goToRoute(p, '/one-on-ones');
      await p
        .getByRole('navigation', { name: 'People you meet' })
        .getByRole('link', { name: new RegExp(other) })
        .click();
    }
    await page.getByRole('button', { name: 'Start the series' }).click();
    meetingId = (await page.locator('[data-meeting-id]').getAttribute('data-meeting-id')) ?? '';
    expect(meetingId).not.toBe('');
    await manager.page.locator(`[data-meeting-id="${meetingId}"]`).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Bring in…' }).click();
    const bringIn = page.getByRole('dialog', { name: 'Bring into the agenda' });
    await bringIn.getByRole('button', { name: new RegExp(`Bring in: Plan “${PLAN}”`) }).click();
    await page.getByText(`Plan “${PLAN}”`, { exact: false }).first().waitFor();
    await page.getByRole('textbox', { name: 'Private notes' }).click();
    await page.keyboard.type(PRIVATE_NOTE);
    await settledSaved(page);

    await page.getByRole('button', { name: 'Close meeting' }).click();
    await page
      .getByRole('dialog', { name: 'Close this meeting' })
      .getByRole('button', { name: 'Close for both of us' })
      .click();
    await page.getByRole('button', { name: 'Write the summary' }).click();
    await field(page, 'What we discussed').fill(DISCUSSED);
    await field(page, 'What we agreed').fill(AGREED);
    await page.getByRole('button', { name: 'This is what I heard' }).click();
    await page
      .getByRole('list', { name: 'Confirmations' })
      .getByText('You confirmed this version on', { exact: false })
      .waitFor();
    await settledSaved(page);
  });

  it('exports the plan with the meeting’s summary and its checked confirmation, never the private note', async () => {
    const printPage = await employee.page.context().newPage();
    employee.setPdfService({
      exportPlan: (args) =>
        exportPlanPdf(args, {
          print: (request) => printPlanWithChromium(printPage, employee.appUrl, request),
          // Main's own check, with the keys of this space.
          verify: (spaceId, stored) => employee.runtime.service.verifyConfirmations(spaceId, stored),
          chooseSavePath: (name) => Promise.resolve(join(outDir, name)),
        }),
    });
    const page = employee.page;
    await goToRoute(page, `/plans/${planId}`);
    await page.getByRole('heading', { name: PLAN, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the plan as PDF' });
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await page.getByRole('status').filter({ hasText: 'PDF saved:' }).waitFor({ timeout: 30_000 });
    await printPage.close();

    const saved = (await readdir(outDir)).filter((f) => f.startsWith(PLAN) && f.endsWith('.pdf'));
    expect(saved).toHaveLength(1);
    const text = await pdfText(join(outDir, saved[0]!));
    for (const phrase of [
      PLAN,
      'Conversations about this plan',
      `with ${MANAGER}`,
      'What we discussed',
      DISCUSSED,
      'What we agreed',
      AGREED,
      `${EMPLOYEE} confirmed this summary on`,
      '“This is what I heard.”',
      `Not yet confirmed by ${MANAGER}.`,
    ])
      expect(text, `PDF text should contain “${phrase}”`).toContain(squeeze(phrase));
    expect(text).not.toContain('Private canary');
  });

  it('prints a confirmation main did not check as left out, and no section for a plan never discussed', async () => {
    const printPage = await employee.page.context().newPage();
    const spaceId = employee.runtime.spaces.list()[0]?.spaceId ?? '';
    // The route names the meeting but carries a made-up signature: nothing prints as confirmed.
    const unchecked = await printPlanWithChromium(printPage, employee.appUrl, {
      planId,
      pageSize: 'A4',
      includeAcknowledgement: false,
      meetings: [{ spaceId, meetingId }],
      signed: ['0'.repeat(128)],
    });
    const uncheckedPath = join(outDir, 'unchecked.pdf');
    await writeFile(uncheckedPath, unchecked.pdf);
    await saveArtifact('plan-conversations-unchecked.pdf', unchecked.pdf);
    const uncheckedText = await pdfText(uncheckedPath);
    expect(uncheckedText).toContain(squeeze(DISCUSSED));
    expect(uncheckedText).toContain(
      squeeze(`A confirmation under ${EMPLOYEE}’s role does not carry their signature`),
    );
    expect(uncheckedText).not.toContain('confirmed this summary');

    // The other plan, even when the address names that meeting, has no conversations.
    const other = await printPlanWithChromium(printPage, employee.appUrl, {
      planId: otherPlanId,
      pageSize: 'A4',
      includeAcknowledgement: false,
      meetings: [{ spaceId, meetingId }],
      signed: [],
    });
    await printPage.close();
    const otherPath = join(outDir, 'other.pdf');
    await writeFile(otherPath, other.pdf);
    const otherText = await pdfText(otherPath);
    expect(otherText).toContain(squeeze(OTHER_PLAN));
    expect(otherText).not.toContain('Conversations about this plan');
    expect(otherText).not.toContain(squeeze(DISCUSSED));
  });

  it('left no errors in either page', () => {
    expect(employee.pageErrors).toEqual([]);
    expect(manager.pageErrors).toEqual([]);
  });
});
