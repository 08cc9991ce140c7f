import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createTestnet, { type Testnet } from 'hyperdht/testnet';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMeetingPdf } from '../../electron/main/print/exportMeetingPdf';
import { saveScreenshot } from './harness';
import { goToRoute } from './harness/appState';
import { auditAccessibility, describeViolations } from './harness/axeAudit';
import { pdfTool, printMeetingWithChromium } from './harness/planPdf';
import { saveArtifact } from './harness/screenshots';
import { firstRun, pairThroughUi } from './harness/sharingFlow';
import { startSharingPeer, type SharingPeer } from './harness/sharingPeer';

/**
 * Issue 17, points 3, 4 and 7 end to end: two installations (each the built app in its own
 * Chromium profile with its own main process in Node, over a loopback HyperDHT testnet) hold a
 * meeting, close it, and one writes the summary while the other reads it. The manager confirms
 * "This is what I heard", the employee confirms in their own words; both see it confirmed by
 * both, signed by each side's identity key and checked by the other's main. Then the employee
 * exports the meeting to PDF by keyboard through the real IPC handler (Chromium's page.pdf()
 * standing in for Electron's printToPDF) and the PDF's text is read back with poppler: the
 * agenda, shared notes, action item, summary and both confirmations are there; the private note
 * is not. Tests run in order.
 */

const EMPLOYEE = 'Sam Okafor';
const MANAGER = 'Maya Lindqvist';
const POINT = 'Promotion criteria';
const SHARED_NOTE = 'We walked through the levels rubric together.';
const PRIVATE_NOTE = 'Private canary: I am worried about the reorganisation.';
const ACTION = 'Draft the promotion case';
const DISCUSSED = 'Which criteria the next level asks for, and where Sam already meets them.';
const AGREED = 'Sam drafts the case; Maya reviews it before the calibration meeting.';
const PARAPHRASE = 'I write the case first and Maya checks it before calibration.';

let testnet: Testnet;
let employee: SharingPeer;
let manager: SharingPeer;
let outDir: string;
let meetingId: string;

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');
const listedStatus = (page: Page, peerName: string) =>
  page.getByRole('navigation', { name: 'People you meet' }).getByRole('link', { name: new RegExp(peerName) });
const confirmations = (page: Page) => page.getByRole('list', { name: 'Confirmations' });
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

async function openSeriesWith(page: Page, peerName: string): Promise<void> {
  await goToRoute(page, '/one-on-ones');
  await listedStatus(page, peerName).click();
}

async function openPastMeeting(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('list', { name: 'Past meetings' }).getByRole('link').first().click();
  await page.locator(`[data-meeting-id="${meetingId}"]`).waitFor({ timeout: 15_000 });
}

/** Presses Tab until the focused element's accessible text is `name` (at most 20 presses). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const focused = await page.evaluate<string>(`document.activeElement?.textContent?.trim() ?? ''`);
    if (focused === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached “${name}”`);
}

describe('a summary two people confirm, and the meeting on paper', () => {
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'tandem-meeting-pdf-'));
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

  it('holds a meeting together: a point, shared notes, an action item, and a private note', async () => {
    await openSeriesWith(employee.page, MANAGER);
    await openSeriesWith(manager.page, EMPLOYEE);
    await employee.page.getByRole('button', { name: 'Start the series' }).click();
    meetingId = (await employee.page.locator('[data-meeting-id]').getAttribute('data-meeting-id')) ?? '';
    expect(meetingId).not.toBe('');
    await manager.page.locator(`[data-meeting-id="${meetingId}"]`).waitFor({ timeout: 15_000 });

    const page = employee.page;
    await page.getByLabel('New talking point').fill(POINT);
    await page.getByLabel('New talking point').press('Enter');
    await page.getByRole('textbox', { name: 'Shared notes' }).click();
    await page.keyboard.type(SHARED_NOTE);
    await page.getByRole('textbox', { name: 'Private notes' }).click();
    await page.keyboard.type(PRIVATE_NOTE);
    const addAction = page.getByRole('form', { name: 'Add an action item' });
    await addAction.getByLabel('Action').fill(ACTION);
    await addAction.getByRole('button', { name: 'Add action' }).click();
    await manager.page.getByText(ACTION).first().waitFor({ timeout: 10_000 });
    await expect
      .poll(() => manager.page.getByRole('textbox', { name: 'Shared notes' }).textContent(), {
        timeout: 10_000,
      })
      .toContain(SHARED_NOTE);
  });

  it('closing offers the summary; one writes it, the other confirms, both see it confirmed by both', async () => {
    await employee.page.getByRole('button', { name: 'Close meeting' }).click();
    const dialog = employee.page.getByRole('dialog', { name: 'Close this meeting' });
    await dialog.getByRole('button', { name: 'Close for both of us' }).click();
    // The toast after closing takes the person to the closed meeting's summary.
    await employee.page.getByRole('button', { name: 'Write the summary' }).click();
    await employee.page.locator(`[data-meeting-id="${meetingId}"]`).waitFor({ timeout: 15_000 });
    await field(employee.page, 'What we discussed').fill(DISCUSSED);
    await field(employee.page, 'What we agreed').fill(AGREED);

    await openPastMeeting(manager.page);
    await expect
      .poll(() => field(manager.page, 'What we agreed').inputValue(), { timeout: 10_000 })
      .toBe(AGREED);
    await expect
      .poll(() => field(manager.page, 'What we discussed').inputValue(), { timeout: 10_000 })
      .toBe(DISCUSSED);
    await manager.page.getByRole('button', { name: 'This is what I heard' }).click();
    await confirmations(manager.page).getByText('You confirmed this version on', { exact: false }).waitFor();

    // The employee sees the manager's confirmation arrive, checked against the manager's key.
    await confirmations(employee.page)
      .getByText(`${MANAGER} confirmed this version on`, { exact: false })
      .waitFor({ timeout: 10_000 });
    await field(employee.page, 'Or answer in your own words').fill(PARAPHRASE);
    await employee.page.getByRole('button', { name: 'Confirm with my own words' }).click();
    await confirmations(employee.page).getByText('You confirmed this version on', { exact: false }).waitFor();

    // The manager sees the employee's confirmation and paraphrase beside the summary.
    await confirmations(manager.page)
      .getByText(`${EMPLOYEE} confirmed this version on`, { exact: false })
      .waitFor({ timeout: 10_000 });
    await manager.page.getByText(PARAPHRASE).waitFor();
    expect(await confirmations(manager.page).textContent()).toContain('You confirmed this version on');

    // The History list says so on both sides.
    for (const page of [employee.page, manager.page]) {
      await page.getByRole('link', { name: 'History' }).click();
      await page
        .getByRole('list', { name: 'Past meetings' })
        .getByText('Confirmed by both')
        .waitFor({ timeout: 10_000 });
    }
    await saveScreenshot(manager.page, 'summary-confirmed-by-both-manager');
  });

  it('exports the meeting to PDF by keyboard: summary and both confirmations in, the private note out', async () => {
    const printPage = await employee.page.context().newPage();
    employee.setPdfService({
      exportPlan: () => Promise.resolve({ status: 'failed', message: 'not in this test' }),
      exportMeeting: (args) =>
        exportMeetingPdf(args, {
          print: (request) => printMeetingWithChromium(printPage, employee.appUrl, request),
          // Main's own check: the manager's confirmation against the key pinned at pairing.
          verify: (spaceId, stored) => employee.runtime.service.verifyConfirmations(spaceId, stored),
          chooseSavePath: (name) => Promise.resolve(join(outDir, name)),
        }),
    });
    const page = employee.page;
    await page.getByRole('list', { name: 'Past meetings' }).getByRole('link').first().click();
    await page.locator(`[data-meeting-id="${meetingId}"]`).waitFor();
    await page.getByRole('button', { name: 'Export PDF…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export the meeting as PDF' });
    await dialog.waitFor();
    expect(describeViolations('meeting PDF dialog', await auditAccessibility(page))).toEqual([]);
    await saveScreenshot(page, 'meeting-pdf-dialog');
    await tabTo(page, 'Save PDF…');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: 'PDF saved: One-on-one on' })
      .waitFor({ timeout: 30_000 });
    await expect(dialog.count()).resolves.toBe(0);
    await printPage.close();

    const saved = (await readdir(outDir)).filter((f) => f.endsWith('.pdf'));
    expect(saved).toHaveLength(1);
    const path = join(outDir, saved[0]!);
    const text = squeeze(await pdfTool('pdftotext', ['-enc', 'UTF-8', path, '-']));
    for (const phrase of [
      'One-on-one on',
      EMPLOYEE,
      MANAGER,
      'Agenda',
      POINT,
      'Shared notes',
      SHARED_NOTE,
      'Action items',
      ACTION,
      'Summary',
      DISCUSSED,
      AGREED,
      `${MANAGER} confirmed this summary on`,
      '“This is what I heard.”',
      `${EMPLOYEE} confirmed this summary on`,
      'in their own words:',
      PARAPHRASE,
      'Page 1 of',
    ])
      expect(text, `PDF text should contain “${phrase}”`).toContain(squeeze(phrase));
    expect(text).not.toContain('Private canary');
    expect(text).not.toContain('left out');
    expect(await pdfTool('qpdf', ['--check', path])).toMatch(/No syntax or stream encoding errors/);
  });

  it('prints a confirmation main could not check as left out, never as confirmed', async () => {
    const printPage = await employee.page.context().newPage();
    const spaceId = employee.runtime.spaces.list()[0]?.spaceId ?? '';
    const printed = await printMeetingWithChromium(printPage, employee.appUrl, {
      spaceId,
      meetingId,
      pageSize: 'Letter',
      signed: [],
    });
    await printPage.close();
    const path = join(outDir, 'unchecked.pdf');
    await writeFile(path, printed.pdf);
    await saveArtifact('meeting-pdf-unchecked.pdf', printed.pdf);
    const text = squeeze(await pdfTool('pdftotext', ['-enc', 'UTF-8', path, '-']));
    expect(text).toContain(squeeze(`A confirmation under ${MANAGER}’s role does not carry their signature`));
    expect(text).toContain(squeeze(`A confirmation under ${EMPLOYEE}’s role does not carry their signature`));
    expect(text).not.toContain('confirmed this summary');
  });

  it('left no errors in either page', () => {
    expect(employee.pageErrors).toEqual([]);
    expect(manager.pageErrors).toEqual([]);
  });
});
