import createTestnet, { type Testnet } from 'hyperdht/testnet';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoDateAt } from '../../shared/schema/dates';
import { saveScreenshot } from './harness';
import { goToRoute, settledSaved } from './harness/appState';
import { auditAccessibility, describeViolations } from './harness/axeAudit';
import { firstRun, openSharing, pairThroughUi, spaceCard } from './harness/sharingFlow';
import { startSharingPeer, type SharingPeer } from './harness/sharingPeer';

/**
 * Issue 4 item 8, end to end in Chromium: an employee and a manager, each with the built app in
 * their own browser profile and their own main process in Node (IPC handlers, disk mirror,
 * sharing service and sync engine), over a HyperDHT testnet on 127.0.0.1. Everything goes
 * through the UI: invite, accept, share a plan, accept it, see it in Plans, edit a milestone,
 * see the edit arrive. Tests run in order and share the two installations.
 */

const EMPLOYEE = 'Sam Okafor';
const MANAGER = 'Maya Lindqvist';
const PLAN = 'Grow into tech lead';
const MILESTONE = 'Run the design review';
const today = isoDateAt(Date.now(), 'Europe/London');

let testnet: Testnet;
let employee: SharingPeer;
let manager: SharingPeer;

/** Polls a select's value from Node (the test has no DOM types), every 10 ms. */
async function waitForValue(select: Locator, value: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await select.inputValue()) !== value) {
    if (Date.now() > deadline) throw new Error(`The select never showed ${value}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The switch's input is visually hidden (react-aria); a person clicks its label. */
async function flipSharing(card: Locator, peerName: string): Promise<void> {
  await card.getByText(`Sharing with ${peerName}`, { exact: true }).click();
}

describe('sharing a plan between two installations', () => {
  beforeAll(async () => {
    testnet = await createTestnet(3);
    employee = await startSharingPeer('employee', testnet, { viewport: { width: 1200, height: 900 } });
    manager = await startSharingPeer('manager', testnet, { viewport: { width: 1200, height: 900 } });
    await firstRun(employee, EMPLOYEE);
    await firstRun(manager, MANAGER);
  });

  afterAll(async () => {
    await employee.close();
    await manager.close();
    await testnet.destroy();
  });

  it('pairs through the UI: the employee invites, the manager pastes the code and accepts', async () => {
    const code = await pairThroughUi(
      { peer: employee, name: EMPLOYEE },
      { peer: manager, name: MANAGER },
      'sharing',
    );
    expect(code.length).toBeGreaterThan(40);
  });

  it('the employee shares a plan from its editor, and the manager accepts it', async () => {
    await goToRoute(employee.page, '/plans');
    await employee.page.getByRole('button', { name: /New plan/ }).click();
    const dialog = employee.page.getByRole('dialog');
    await dialog.getByLabel('Plan title').fill(PLAN);
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await employee.page.getByRole('button', { name: 'Add milestone' }).click();
    const form = employee.page.getByRole('form', { name: 'New milestone' });
    await form.getByLabel('Milestone', { exact: true }).fill(MILESTONE);
    await form.getByLabel('Due date').fill(addDays(today, 14));
    await form.getByRole('button', { name: 'Save' }).click();
    await employee.page
      .getByRole('list', { name: 'Milestones' })
      .getByRole('heading', { name: MILESTONE })
      .waitFor();
    await settledSaved(employee.page);

    const share = employee.page.getByRole('group', { name: `Sharing of ${PLAN}` });
    await share.getByRole('button', { name: `Share with ${MANAGER}` }).click();
    await share.getByText(`With ${MANAGER}: Proposed, waiting for an answer.`).waitFor();
    await saveScreenshot(employee.page, 'sharing-employee-plan-proposed');

    const card = spaceCard(manager.page, EMPLOYEE);
    await card.getByRole('button', { name: `Accept ${PLAN}` }).waitFor({ timeout: 10_000 });
    await saveScreenshot(manager.page, 'sharing-manager-proposal');
    await card.getByRole('button', { name: `Accept ${PLAN}` }).click();
    await card.getByText(`${PLAN} — ${EMPLOYEE}’s, shared`).waitFor();
    await share.getByText(`With ${MANAGER}: Shared.`).waitFor({ timeout: 10_000 });
  });

  it('the manager finds the plan in Plans and edits a milestone; the employee sees it live', async () => {
    await goToRoute(manager.page, '/plans');
    const list = manager.page.getByRole('navigation', { name: 'Development plans' });
    await list.getByRole('link', { name: new RegExp(PLAN) }).waitFor({ timeout: 10_000 });
    await saveScreenshot(manager.page, 'sharing-manager-plans-list');
    await list.getByRole('link', { name: new RegExp(PLAN) }).click();
    await manager.page.getByRole('heading', { name: PLAN, level: 1 }).waitFor();
    const managerStatus = manager.page.getByRole('combobox', { name: `Status of ${MILESTONE}` });
    await managerStatus.waitFor();
    // The manager's copy is the employee's plan, and the Share control says so.
    await manager.page
      .getByRole('group', { name: `Sharing of ${PLAN}` })
      .getByText(`Shared with you by ${EMPLOYEE}. Your changes reach them too.`)
      .waitFor();
    await saveScreenshot(manager.page, 'sharing-manager-received-plan');

    // The employee has the plan open while the manager edits it.
    const employeeStatus = employee.page.getByRole('combobox', { name: `Status of ${MILESTONE}` });
    expect(await employeeStatus.inputValue()).toBe('not-started');
    const started = Date.now();
    await managerStatus.selectOption({ label: 'In progress' });
    await waitForValue(
      employee.page.getByRole('combobox', { name: `Status of ${MILESTONE}` }),
      'in-progress',
      10_000,
    );
    const propagationMs = Date.now() - started;
    console.info(`[sharing e2e] milestone edit reached the other window in ${propagationMs} ms`);
    await settledSaved(manager.page);
    await managerStatus.scrollIntoViewIfNeeded();
    await employeeStatus.scrollIntoViewIfNeeded();
    await saveScreenshot(manager.page, 'sharing-manager-edited');
    await saveScreenshot(employee.page, 'sharing-employee-sees-edit');

    // And the other way, while the manager looks at it.
    const back = Date.now();
    await employeeStatus.selectOption({ label: 'Done' });
    await waitForValue(
      manager.page.getByRole('combobox', { name: `Status of ${MILESTONE}` }),
      'done',
      10_000,
    );
    console.info(`[sharing e2e] and back in ${Date.now() - back} ms`);
    await settledSaved(employee.page);
  });

  it('the manager comments on a milestone, the employee replies; both see the thread, and the comments and the history pass the accessibility audit', async () => {
    const managerComments = manager.page.getByRole('region', { name: `Comments with ${EMPLOYEE}` });
    await managerComments.waitFor({ timeout: 10_000 });
    await managerComments.getByRole('combobox', { name: 'About' }).selectOption({ label: MILESTONE });
    await managerComments.getByRole('textbox', { name: 'New comment' }).fill('Shall we run it together?');
    await managerComments.getByRole('textbox', { name: 'New comment' }).press('Control+Enter');

    const employeeComments = employee.page.getByRole('region', { name: `Comments with ${MANAGER}` });
    const thread = employeeComments.getByRole('article', { name: `Thread started by ${MANAGER}` });
    await thread.getByText('Shall we run it together?').waitFor({ timeout: 10_000 });
    await thread.getByText(`About: ${MILESTONE}`).waitFor();
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByRole('textbox', { name: 'Your reply' }).fill('Yes, next Tuesday.');
    await thread.getByRole('textbox', { name: 'Your reply' }).press('Control+Enter');
    await managerComments.getByText('Yes, next Tuesday.').waitFor({ timeout: 10_000 });
    await settledSaved(employee.page);

    // The employee's history of the plan, opened beside the comments.
    await employee.page.getByRole('button', { name: /^History \(/ }).click();
    await employee.page.getByRole('list', { name: 'Versions, newest first' }).waitFor();
    await saveScreenshot(employee.page, 'sharing-employee-comments-history');
    expect(describeViolations('comments and history', await auditAccessibility(employee.page))).toEqual([]);
    expect(describeViolations('comments (manager)', await auditAccessibility(manager.page))).toEqual([]);
  });

  it('pausing shows on the other side at once and stops edits; the edit arrives after resuming', async () => {
    await openSharing(manager.page);
    const card = spaceCard(manager.page, EMPLOYEE);
    await flipSharing(card, EMPLOYEE);
    await card.getByText('Sharing paused by you. Nothing is sent or received.').waitFor();
    await openSharing(employee.page);
    await spaceCard(employee.page, MANAGER)
      .getByText(`Waiting for ${MANAGER} to turn sharing on.`)
      .waitFor({ timeout: 2000 });
    await saveScreenshot(employee.page, 'sharing-employee-waiting');

    await goToRoute(employee.page, '/plans');
    await employee.page
      .getByRole('link', { name: new RegExp(PLAN) })
      .first()
      .click();
    await employee.page
      .getByRole('combobox', { name: `Status of ${MILESTONE}` })
      .selectOption({ label: 'Blocked' });
    await settledSaved(employee.page);
    await goToRoute(manager.page, '/plans');
    await manager.page
      .getByRole('link', { name: new RegExp(PLAN) })
      .first()
      .click();
    const managerStatus = manager.page.getByRole('combobox', { name: `Status of ${MILESTONE}` });
    await manager.page.waitForTimeout(1500);
    expect(await managerStatus.inputValue()).toBe('done');

    await openSharing(manager.page);
    await flipSharing(card, EMPLOYEE);
    await card.getByText('Connected.').waitFor();
    await goToRoute(manager.page, '/plans');
    await manager.page
      .getByRole('link', { name: new RegExp(PLAN) })
      .first()
      .click();
    await waitForValue(
      manager.page.getByRole('combobox', { name: `Status of ${MILESTONE}` }),
      'blocked',
      15_000,
    );
  });

  it('the employee’s record of what was shared with the manager, chained, passes the accessibility audit', async () => {
    await openSharing(employee.page);
    await spaceCard(employee.page, MANAGER)
      .getByRole('link', { name: `What have I shared with ${MANAGER}?` })
      .click();
    const page = employee.page;
    await page.getByRole('heading', { name: `What you have shared with ${MANAGER}`, level: 1 }).waitFor();
    const mine = page.getByRole('region', { name: 'Shared by you' });
    expect(await mine.getByRole('listitem').first().textContent()).toContain(`${PLAN} — shared now`);
    const record = page.getByRole('list', { name: 'Consent record, newest first' });
    const steps = await record.getByRole('listitem').allTextContents();
    // Newest first: Maya turned sharing back on after pausing; before that the plan was accepted.
    expect(steps.findIndex((s) => s.includes(`${MANAGER} turned sharing back on.`))).toBeLessThan(
      steps.findIndex((s) => s.includes(`${MANAGER} paused sharing.`)),
    );
    expect(steps.some((s) => s.includes(`${MANAGER} accepted “${PLAN}”.`))).toBe(true);
    expect(steps.some((s) => s.includes(`You offered “${PLAN}”.`))).toBe(true);
    expect(steps.at(-1)).toContain(`You and ${MANAGER} connected.`);
    await page
      .getByText('nothing in this record was changed after it was written', { exact: false })
      .waitFor();
    expect(describeViolations('consent record', await auditAccessibility(page))).toEqual([]);
  });

  it('left no errors in either page', () => {
    expect(employee.pageErrors).toEqual([]);
    expect(manager.pageErrors).toEqual([]);
  });
});
