import createTestnet, { type Testnet } from 'hyperdht/testnet';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goToRoute, settledSaved } from './harness/appState';
import { auditAccessibility, describeViolations } from './harness/axeAudit';
import { firstRun, openSharing, pairThroughUi, spaceCard } from './harness/sharingFlow';
import { startSharingPeer, type SharingPeer } from './harness/sharingPeer';

/**
 * The accessibility audit for the screens only a pair has (issue 16): two installations (the
 * built app, each with its own main process, over a loopback HyperDHT testnet), paired through
 * the UI; then a one-on-one series, its meeting, the close-meeting and Bring in… dialogs, the
 * share control as an item is offered, accepted and stopped, and the leave-space dialog — each
 * audited by axe in the light and the dark theme, with exactly one main landmark. Tests run in
 * order; the two pages only ever go forward.
 */

const EMPLOYEE = 'Sam Okafor';
const MANAGER = 'Maya Lindqvist';
const PLAN = 'Audit plan';

let testnet: Testnet;
let employee: SharingPeer;
let manager: SharingPeer;

/** axe in both themes plus the landmark count; one line per problem, for one `toEqual([])`. */
async function audit(page: Page, screen: string): Promise<string[]> {
  const problems: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const mains = await page.getByRole('main').count();
    if (mains !== 1) problems.push(`${screen} (${scheme}): ${mains} main landmarks`);
    problems.push(...describeViolations(`${screen} (${scheme})`, await auditAccessibility(page)));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return problems;
}

const listed = (page: Page, peerName: string) =>
  page.getByRole('navigation', { name: 'People you meet' }).getByRole('link', { name: new RegExp(peerName) });

const escapeDialog = async (page: Page) => {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
};

const focusIsIn = (page: Page, selector: string) =>
  page.evaluate<boolean>(`document.activeElement?.closest(${JSON.stringify(selector)}) !== null`);

/**
 * Opens a dialog from its button by keyboard (focus, Enter): focus must move into the dialog,
 * and back to the button when Escape closes it. Returns once the dialog is open.
 */
async function openByKeyboard(page: Page, button: string, dialog: string): Promise<void> {
  await page.getByRole('button', { name: button }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: dialog }).waitFor();
  await expect.poll(() => focusIsIn(page, '[role="dialog"]')).toBe(true);
}

async function closeByKeyboard(page: Page, button: string): Promise<void> {
  await escapeDialog(page);
  await expect
    .poll(() => page.evaluate<string | null>(`document.activeElement?.textContent ?? null`))
    .toContain(button.replace('…', ''));
}

describe('accessibility audit of the paired screens', () => {
  beforeAll(async () => {
    testnet = await createTestnet(3);
    employee = await startSharingPeer('employee', testnet, { viewport: { width: 1280, height: 860 } });
    manager = await startSharingPeer('manager', testnet, { viewport: { width: 1280, height: 860 } });
    await firstRun(employee, EMPLOYEE);
    await firstRun(manager, MANAGER);
    await pairThroughUi({ peer: employee, name: EMPLOYEE }, { peer: manager, name: MANAGER });
  });

  afterAll(async () => {
    await employee.close();
    await manager.close();
    await testnet.destroy();
  });

  it('passes on a one-on-one series, its meeting and its dialogs', async () => {
    const page = employee.page;
    const problems: string[] = [];
    await goToRoute(page, '/one-on-ones');
    await listed(page, MANAGER).click();
    await page.getByRole('button', { name: 'Start the series' }).waitFor();
    problems.push(...(await audit(page, 'series before its first meeting')));

    await page.getByRole('button', { name: 'Start the series' }).click();
    await page.locator('[data-meeting-id]').waitFor();
    await page.getByLabel('New talking point').fill('Conference budget');
    await page.getByLabel('New talking point').press('Enter');
    const actions = page.getByRole('form', { name: 'Add an action item' });
    await actions.getByLabel('Action').fill('Send the offsite agenda');
    await actions.getByRole('button', { name: 'Add action' }).click();
    await page.getByRole('listitem', { name: /^Conference budget, added by/ }).waitFor();
    problems.push(...(await audit(page, 'meeting view')));

    // The date field refuses a day that does not exist beside itself, and the audit agrees.
    await actions.getByLabel('Action').fill('Book the room');
    await actions.getByLabel('Due date').fill('2026-02-30');
    await actions.getByRole('button', { name: 'Add action' }).click();
    await actions.getByText('There is no 2026-02-30 on the calendar.').waitFor();
    problems.push(...(await audit(page, 'meeting view with a refused date')));
    await actions.getByLabel('Due date').fill('');

    await openByKeyboard(page, 'Bring in…', 'Bring into the agenda');
    problems.push(...(await audit(page, 'Bring in… dialog')));
    await closeByKeyboard(page, 'Bring in…');

    await openByKeyboard(page, 'Close meeting', 'Close this meeting');
    problems.push(...(await audit(page, 'close-meeting dialog')));
    await closeByKeyboard(page, 'Close meeting');

    // The other side sees the same meeting.
    await goToRoute(manager.page, '/one-on-ones');
    await listed(manager.page, EMPLOYEE).click();
    await manager.page
      .getByRole('listitem', { name: /^Conference budget, added by/ })
      .waitFor({ timeout: 15_000 });
    problems.push(...(await audit(manager.page, 'meeting view (the other person)')));

    // The manager's desk (issue 18, point 4) lists the employee once it has read their space.
    await goToRoute(manager.page, '/desk');
    await manager.page
      .getByRole('list', { name: 'People you manage' })
      .getByRole('heading', { name: EMPLOYEE })
      .waitFor({ timeout: 15_000 });
    problems.push(...(await audit(manager.page, 'manager’s desk')));
    expect(problems).toEqual([]);
  });

  it('passes while an item is offered, accepted and stopped, and on the leave-space dialog', async () => {
    const page = employee.page;
    const problems: string[] = [];
    await goToRoute(page, '/plans');
    await page.getByRole('button', { name: /New plan/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Plan title').fill(PLAN);
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await settledSaved(page);
    const share = page.getByRole('group', { name: `Sharing of ${PLAN}` });
    await share.getByRole('button', { name: `Share with ${MANAGER}` }).click();
    await share.getByText(`With ${MANAGER}: Proposed, waiting for an answer.`).waitFor();
    problems.push(...(await audit(page, 'plan offered for sharing')));

    const card = spaceCard(manager.page, EMPLOYEE);
    await openSharing(manager.page);
    await card.getByRole('button', { name: `Accept ${PLAN}` }).waitFor({ timeout: 15_000 });
    problems.push(...(await audit(manager.page, 'People & sharing with an offer to accept')));
    await card.getByRole('button', { name: `Accept ${PLAN}` }).click();
    await share.getByText(`With ${MANAGER}: Shared.`).waitFor({ timeout: 15_000 });
    problems.push(...(await audit(page, 'plan shared')));
    problems.push(...(await audit(manager.page, 'People & sharing with a shared item')));

    await share.getByRole('button', { name: 'Stop sharing' }).click();
    await share.getByText(`With ${MANAGER}: Private.`).waitFor({ timeout: 10_000 });
    problems.push(...(await audit(page, 'plan after sharing stopped')));

    await openSharing(page);
    await spaceCard(page, MANAGER)
      .getByRole('button', { name: `Leave space with ${MANAGER}` })
      .click();
    await page.getByRole('dialog', { name: `Leave space with ${MANAGER}` }).waitFor();
    problems.push(...(await audit(page, 'leave-space dialog')));
    await escapeDialog(page);
    expect(problems).toEqual([]);
  });

  it('left no errors in either page', () => {
    expect(employee.pageErrors).toEqual([]);
    expect(manager.pageErrors).toEqual([]);
  });
});
