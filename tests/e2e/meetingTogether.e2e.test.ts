import createTestnet, { type Testnet } from 'hyperdht/testnet';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './harness';
import { goToRoute } from './harness/appState';
import { firstRun, openSharing, pairThroughUi, spaceCard } from './harness/sharingFlow';
import { startSharingPeer, type SharingPeer } from './harness/sharingPeer';

/**
 * Issue 14, end to end: two installations (each the built app in its own Chromium profile with
 * its own main process in Node, over a loopback HyperDHT testnet) use one meeting the way a pair
 * does, driving only what is on screen — points added at the same moment, reordering from both
 * sides, typing right after a reorder, a pause in the middle of it, closing with confirmation
 * while the other person reorders, and the past meeting's record. Tests run in order.
 */

const EMPLOYEE = 'Sam Okafor';
const MANAGER = 'Maya Lindqvist';

let testnet: Testnet;
let employee: SharingPeer;
let manager: SharingPeer;

const pointTexts = (page: Page) => page.locator('.talking-point-text').allTextContents();
const newPoint = (page: Page) => page.getByLabel('New talking point');
const sharedNotes = (page: Page) => page.getByRole('textbox', { name: 'Shared notes' });
const pointRow = (page: Page, text: string) =>
  page.getByRole('listitem', { name: new RegExp(`^${text}, added by`) });
const listedStatus = (page: Page, peerName: string) =>
  page.getByRole('navigation', { name: 'People you meet' }).getByRole('link', { name: new RegExp(peerName) });
const pausedNote = (page: Page, peerName: string) =>
  page.getByRole('status').filter({
    hasText: `Sharing is paused — ${peerName} will see these changes when it resumes.`,
  });
/** The talking point that has keyboard focus on the page (its label), or null. */
const focusedPoint = (page: Page) =>
  page.evaluate<string | null>(
    `document.activeElement?.closest('[data-point-id]')?.getAttribute('aria-label') ?? null`,
  );

async function bothShow(expected: string[], timeout = 10_000): Promise<void> {
  for (const page of [employee.page, manager.page]) {
    await expect.poll(() => pointTexts(page), { timeout }).toEqual(expected);
  }
}

async function openSeriesWith(page: Page, peerName: string): Promise<void> {
  await goToRoute(page, '/one-on-ones');
  await listedStatus(page, peerName).click();
}

/** The switch's input is visually hidden (react-aria); a person clicks its label. */
async function flipSharing(page: Page, peerName: string): Promise<void> {
  await openSharing(page);
  await spaceCard(page, peerName).getByText(`Sharing with ${peerName}`, { exact: true }).click();
}

type Styled = { getComputedStyle(element: unknown): { backgroundColor: string; borderColor: string } };
const backgroundOf = (locator: Locator) =>
  locator.evaluate((el) => (globalThis as unknown as Styled).getComputedStyle(el).backgroundColor);

describe('one meeting, two people at the same moment', () => {
  beforeAll(async () => {
    testnet = await createTestnet(3);
    employee = await startSharingPeer('employee', testnet, { viewport: { width: 1280, height: 900 } });
    manager = await startSharingPeer('manager', testnet, { viewport: { width: 1280, height: 900 } });
    await firstRun(employee, EMPLOYEE);
    await firstRun(manager, MANAGER);
  });

  afterAll(async () => {
    await employee.close();
    await manager.close();
    await testnet.destroy();
  });

  it('pairs through the UI, where Create invitation and Check invitation look like buttons', async () => {
    await pairThroughUi({ peer: employee, name: EMPLOYEE }, { peer: manager, name: MANAGER });
    for (const [page, button, field] of [
      [employee.page, 'Create invitation', 'Their name'],
      [manager.page, 'Check invitation', 'Invitation code'],
    ] as const) {
      const buttonBox = await page.getByRole('button', { name: button }).boundingBox();
      const fieldBox = await page.getByRole('textbox', { name: field, exact: true }).boundingBox();
      // Sized to its label, not stretched to the width of the text box above it, and filled.
      expect(buttonBox!.width).toBeLessThan(fieldBox!.width / 2);
      expect(await backgroundOf(page.getByRole('button', { name: button }))).not.toBe(
        await backgroundOf(page.getByRole('textbox', { name: field, exact: true })),
      );
    }
    await saveScreenshot(employee.page, 'together-employee-sharing');
    await saveScreenshot(manager.page, 'together-manager-sharing');
  });

  it('the One-on-ones list says what the People & sharing card says, on both sides', async () => {
    await openSeriesWith(employee.page, MANAGER);
    await openSeriesWith(manager.page, EMPLOYEE);
    await expect
      .poll(() => listedStatus(employee.page, MANAGER).textContent(), { timeout: 10_000 })
      .toContain('Connected');
    await expect
      .poll(() => listedStatus(manager.page, EMPLOYEE).textContent(), { timeout: 10_000 })
      .toContain('Connected');
    await employee.page.getByRole('button', { name: 'Start the series' }).click();
    const meetingId = await employee.page.locator('[data-meeting-id]').getAttribute('data-meeting-id');
    await manager.page.locator(`[data-meeting-id="${meetingId}"]`).waitFor({ timeout: 15_000 });
  });

  it('points added at the same moment each get a place, and every move lands the same on both', async () => {
    await newPoint(employee.page).fill('Promotion criteria');
    await newPoint(employee.page).press('Enter');
    await bothShow(['Promotion criteria']);

    // Both press Enter at the same moment: neither has the other's point yet.
    await newPoint(employee.page).fill('Conference budget');
    await newPoint(manager.page).fill('Feedback on the design review');
    await Promise.all([newPoint(employee.page).press('Enter'), newPoint(manager.page).press('Enter')]);
    await expect.poll(() => pointTexts(employee.page), { timeout: 10_000 }).toHaveLength(3);
    const order = await pointTexts(employee.page);
    await bothShow(order);
    const [, x, y] = order as [string, string, string];
    expect(order[0]).toBe('Promotion criteria');

    // The manager moves it down with the button: between the two that were added together.
    await manager.page.getByRole('button', { name: 'Move Promotion criteria down' }).click();
    await bothShow([x, 'Promotion criteria', y]);
    // The employee moves it on with Alt+↓, and back up with Alt+↑; focus stays on it.
    await pointRow(employee.page, 'Promotion criteria').focus();
    await employee.page.keyboard.press('Alt+ArrowDown');
    await bothShow([x, y, 'Promotion criteria']);
    expect(await focusedPoint(employee.page)).toMatch(/^Promotion criteria, added by/);
    await employee.page.keyboard.press('Alt+ArrowUp');
    await bothShow([x, 'Promotion criteria', y]);
    await manager.page.getByRole('button', { name: `Move ${y} up` }).click();
    await bothShow([x, y, 'Promotion criteria']);
    // By keyboard on the move button until it is first: the disabled button hands focus to the
    // point, so the next key still works.
    await manager.page.getByRole('button', { name: `Move ${y} up` }).focus();
    await manager.page.keyboard.press('Enter');
    await bothShow([y, x, 'Promotion criteria']);
    await expect
      .poll(() => focusedPoint(manager.page), { timeout: 10_000 })
      .toMatch(new RegExp(`^${y}, added by`));
    await manager.page.keyboard.press('Alt+ArrowDown');
    await bothShow([x, y, 'Promotion criteria']);
  });

  it('typing right after a reorder lands every character, and the other’s reorder leaves focus alone', async () => {
    await pointRow(employee.page, 'Promotion criteria').focus();
    await employee.page.keyboard.press('Alt+ArrowUp');
    await sharedNotes(employee.page).click();
    const sentence = 'Sam: I will draft the promotion case by Friday.';
    await employee.page.keyboard.type(sentence);
    for (const page of [employee.page, manager.page]) {
      await expect.poll(() => sharedNotes(page).textContent(), { timeout: 10_000 }).toContain(sentence);
    }

    // On a point with the keyboard while the other person moves that very point.
    const before = await pointTexts(employee.page);
    const last = before[before.length - 1]!;
    await pointRow(employee.page, last).focus();
    await manager.page.getByRole('button', { name: `Move ${last} up` }).click();
    await expect.poll(() => pointTexts(employee.page), { timeout: 10_000 }).not.toEqual(before);
    expect(await focusedPoint(employee.page)).toMatch(new RegExp(`^${last}, added by`));
    await saveScreenshot(employee.page, 'together-employee-reordered');
    await saveScreenshot(manager.page, 'together-manager-reordered');
  });

  it('a pause in the middle of a reorder shows beside the agenda on both sides, and converges on resume', async () => {
    await flipSharing(employee.page, MANAGER);
    await spaceCard(employee.page, MANAGER)
      .getByText('Sharing paused by you. Nothing is sent or received.')
      .waitFor();
    // The manager never left the meeting: the note appears there, live.
    await pausedNote(manager.page, EMPLOYEE).waitFor({ timeout: 10_000 });
    expect(await pausedNote(manager.page, EMPLOYEE).textContent()).toContain(`${EMPLOYEE} paused it.`);
    await expect
      .poll(() => listedStatus(manager.page, EMPLOYEE).textContent(), { timeout: 10_000 })
      .toContain(`Waiting for ${EMPLOYEE}`);

    await openSeriesWith(employee.page, MANAGER);
    await pausedNote(employee.page, MANAGER).waitFor();
    expect(await pausedNote(employee.page, MANAGER).textContent()).toContain('You paused it');
    await expect
      .poll(() => listedStatus(employee.page, MANAGER).textContent(), { timeout: 10_000 })
      .toContain('Sharing paused');

    // Both go on reordering and adding while paused.
    const [managerFirst] = await pointTexts(manager.page);
    await manager.page.getByRole('button', { name: `Move ${managerFirst} down` }).click();
    await newPoint(manager.page).fill('Written while paused');
    await newPoint(manager.page).press('Enter');
    const employeeOrder = await pointTexts(employee.page);
    await employee.page.getByRole('button', { name: `Move ${employeeOrder[2]} up` }).click();
    await expect.poll(() => pointTexts(employee.page), { timeout: 10_000 }).not.toEqual(employeeOrder);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await pointTexts(employee.page)).not.toContain('Written while paused');
    await saveScreenshot(employee.page, 'together-employee-paused');
    await saveScreenshot(manager.page, 'together-manager-paused');

    await flipSharing(employee.page, MANAGER);
    await openSeriesWith(employee.page, MANAGER);
    await expect.poll(() => pausedNote(manager.page, EMPLOYEE).count(), { timeout: 10_000 }).toBe(0);
    expect(await pausedNote(employee.page, MANAGER).count()).toBe(0);
    await expect.poll(() => pointTexts(employee.page), { timeout: 15_000 }).toContain('Written while paused');
    const converged = await pointTexts(employee.page);
    await bothShow(converged);
    expect([...converged].sort()).toEqual(
      [
        'Conference budget',
        'Feedback on the design review',
        'Promotion criteria',
        'Written while paused',
      ].sort(),
    );
    await expect
      .poll(() => listedStatus(employee.page, MANAGER).textContent(), { timeout: 10_000 })
      .toContain('Connected');
    await expect
      .poll(() => listedStatus(manager.page, EMPLOYEE).textContent(), { timeout: 10_000 })
      .toContain('Connected');
  });

  it('closing asks first, and a close while the other person reorders loses nothing', async () => {
    // One action done in the meeting, one carried on.
    const form = employee.page.getByRole('form', { name: 'Add an action item' });
    for (const text of ['Send the offsite agenda', 'Draft the promotion case']) {
      await form.getByLabel('Action').fill(text);
      await form.getByRole('button', { name: 'Add action' }).click();
    }
    await employee.page.getByRole('checkbox', { name: 'Discussed: Conference budget' }).click();
    await employee.page.getByRole('checkbox', { name: 'Done: Send the offsite agenda' }).click();
    await manager.page
      .getByRole('checkbox', { name: 'Done: Send the offsite agenda', checked: true })
      .waitFor({
        timeout: 10_000,
      });

    await manager.page.getByRole('button', { name: 'Close meeting' }).click();
    const dialog = manager.page.getByRole('dialog', { name: 'Close this meeting' });
    await dialog.getByRole('heading', { name: 'Close this meeting for both of you?' }).waitFor();
    expect(await dialog.textContent()).toContain(`closes it for ${EMPLOYEE} too`);
    const carried = dialog.getByRole('list', { name: 'Talking points that will be carried' });
    await expect.poll(() => carried.getByRole('listitem').count(), { timeout: 10_000 }).toBe(3);
    expect(await dialog.getByRole('list', { name: 'Action items that will be carried' }).textContent()).toBe(
      'Draft the promotion case',
    );
    await saveScreenshot(manager.page, 'together-manager-close-dialog');

    // The employee reorders at the moment the manager confirms.
    const open = (await pointTexts(employee.page)).filter((t) => t !== 'Conference budget');
    await pointRow(employee.page, open[0]!).focus();
    await Promise.all([
      employee.page.keyboard.press('Alt+ArrowDown'),
      dialog.getByRole('button', { name: 'Close for both of us' }).click(),
    ]);
    await manager.page.getByText(/^Meeting closed\. 3 talking points and 1 action item moved/).waitFor();

    // Both land on the next meeting, which holds the three open points, in one order.
    for (const page of [employee.page, manager.page]) {
      await expect
        .poll(() => page.getByText(/^Carried from /).count(), { timeout: 15_000 })
        .toBeGreaterThan(3);
    }
    const next = await pointTexts(manager.page);
    expect([...next].sort()).toEqual([...open].sort());
    await bothShow(next);
    await saveScreenshot(employee.page, 'together-employee-next-meeting');
    await saveScreenshot(manager.page, 'together-manager-next-meeting');
  });

  it('the past meeting keeps its record on both sides', async () => {
    for (const page of [employee.page, manager.page]) {
      await page.getByRole('link', { name: 'History' }).click();
      await page.getByRole('list', { name: 'Past meetings' }).getByRole('link').first().click();
      await page.getByText(/Closed \d/).waitFor();
      const actions = page.getByRole('list', { name: 'Action items of this meeting' });
      await actions.getByText('Send the offsite agenda').waitFor();
      const carriedAction = actions.getByRole('listitem').filter({ hasText: 'Draft the promotion case' });
      await carriedAction.getByRole('link', { name: /^Carried to / }).waitFor();
      expect(await page.getByText('No action items for this meeting.').count()).toBe(0);
      const points = page.getByRole('list', { name: 'Talking points' });
      expect(await points.getByRole('link', { name: /^Carried to / }).count()).toBe(3);
      const since = page.getByRole('region', { name: 'Since last time' });
      expect(await since.textContent()).toContain('The first meeting of the series: everything until');
      expect(
        await since.getByRole('list', { name: 'Action items closed since last time' }).textContent(),
      ).toContain('Send the offsite agenda');
    }
    // Both see the same record of the same points, in the same order.
    expect(await pointTexts(employee.page)).toEqual(await pointTexts(manager.page));
    for (const [peer, name] of [
      [employee, 'together-employee-past-meeting'],
      [manager, 'together-manager-past-meeting'],
    ] as const) {
      // The "Meeting closed" toast would cover the action items in the picture.
      for (const dismiss of await peer.page.getByRole('button', { name: 'Dismiss' }).all())
        await dismiss.click();
      await saveScreenshot(peer.page, name);
      await peer.page.getByRole('list', { name: 'Action items of this meeting' }).scrollIntoViewIfNeeded();
      await saveScreenshot(peer.page, `${name}-actions`);
    }
  });

  it('left no errors in either page', () => {
    expect(employee.pageErrors).toEqual([]);
    expect(manager.pageErrors).toEqual([]);
  });
});
