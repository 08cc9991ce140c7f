import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readTalkingPoints, meetingNotes } from '../../shared/schema/meeting';
import { meetingDocId, privateNotesDocId, spaceDocId } from '../../shared/schema/meetingIds';
import { fragmentToPlainText } from '../../shared/schema/richText';
import { readMeetings } from '../../shared/schema/meetingIndex';
import { saveScreenshot, startHarness, type Harness } from './harness';
import { appStateReady, goToRoute, settledSaved } from './harness/appState';
import {
  megabyteOfNotes,
  READ_STALL_PROBE,
  START_STALL_PROBE,
  startMainThreadTrace,
} from './harness/mainThreadTrace';

/**
 * The one-on-one agenda in the built app, one page (two live peers come with the sync engine):
 * start a series on a local space, talking points (empty refused), an overdue action, shared
 * and private notes, a 1 MB paste into the shared notes with the main thread's longest stall
 * measured, closing with carry-over, history search and the action filters; the disk mirror
 * behind the real main-process handlers holds it all, and the private notes stay in their own
 * document. Tests run in order and share one profile.
 */

const SPACE = 'e2eSpace0001';
const sharedNotes = (page: Page) => page.getByRole('textbox', { name: 'Shared notes' });
const privateNotes = (page: Page) => page.getByRole('textbox', { name: 'Private notes' });
const pointTexts = (page: Page) => page.locator('.talking-point-text').allTextContents();

async function mirrored<T>(harness: Harness, docId: string, read: (doc: Y.Doc) => T): Promise<T> {
  await harness.main.mirror.whenIdle();
  const { update } = await harness.main.mirror.load(docId);
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  const value = read(doc);
  doc.destroy();
  return value;
}

describe('the one-on-one agenda in Chromium', () => {
  let harness: Harness;
  let page: Page;
  let meetingId = '';
  let maxStallMs = 0;

  beforeAll(async () => {
    harness = await startHarness({ colorScheme: 'light' });
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: harness.server.origin,
    });
    page = harness.context.pages()[0] ?? (await harness.newPage());
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(harness.appUrl);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await appStateReady(page, 'journal-state');
  });

  afterAll(async () => {
    await harness.close();
  });

  it('says plainly where one-on-ones come from when there are no spaces yet', async () => {
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'One-on-ones' })
      .click();
    await page.getByRole('heading', { name: 'One-on-ones', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Go to People & sharing' }).waitFor();
    await saveScreenshot(page, 'one-on-one-empty');
  });

  it('starts a series and builds the agenda; an empty talking point is refused', async () => {
    await goToRoute(page, `/one-on-ones/${SPACE}`);
    await page.getByRole('button', { name: 'Start the series' }).click();
    await page.locator('[data-meeting-id]').waitFor();
    meetingId = (await page.locator('[data-meeting-id]').getAttribute('data-meeting-id')) ?? '';

    await page.getByRole('button', { name: 'Add point' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('an empty one is not added');
    expect(await pointTexts(page)).toEqual([]);
    for (const text of ['Conference budget', 'Promotion criteria', 'Team offsite']) {
      await page.getByLabel('New talking point').fill(text);
      await page.getByLabel('New talking point').press('Enter');
    }
    await expect
      .poll(() => pointTexts(page))
      .toEqual(['Conference budget', 'Promotion criteria', 'Team offsite']);
    // Keyboard reorder: Alt+↑ on the focused point.
    await page.getByRole('listitem', { name: /^Team offsite, added by/ }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect
      .poll(() => pointTexts(page))
      .toEqual(['Conference budget', 'Team offsite', 'Promotion criteria']);
    await page.getByRole('checkbox', { name: 'Discussed: Conference budget' }).check();

    const actionForm = page.getByRole('form', { name: 'Add an action item' });
    await actionForm.getByLabel('Action').fill('Send the offsite agenda');
    await actionForm.getByLabel('Due date').fill('2020-01-15');
    await actionForm.getByRole('button', { name: 'Add action' }).click();
    const action = page.getByRole('list', { name: 'Action items of this meeting' }).getByRole('listitem');
    await expect.poll(() => action.textContent()).toContain('Overdue');

    await sharedNotes(page).click();
    await page.keyboard.type('We agreed the budget covers one conference.');
    await privateNotes(page).click();
    await page.keyboard.type('Private: ask about the lead role next time.');
    await settledSaved(page);
    await page.locator('.two-pane-main').evaluate('(el) => el.scrollTo(0, 0)');
    await saveScreenshot(page, 'one-on-one-meeting');
  });

  it('takes a 1 MB paste into the shared notes without freezing the page for a second', async () => {
    const text = megabyteOfNotes();
    const pastedChars = text.replace(/\n/g, '').length;
    expect(text.length).toBeGreaterThan(1_000_000);
    const length = await page.evaluate<number>(
      `navigator.clipboard.writeText(${JSON.stringify(text)}).then(() => navigator.clipboard.readText()).then((t) => t.length)`,
    );
    expect(length).toBe(text.length);
    await sharedNotes(page).click();
    await page.keyboard.press('ControlOrMeta+End');
    const trace = await startMainThreadTrace(page);
    await page.evaluate(START_STALL_PROBE);
    await page.keyboard.press('ControlOrMeta+v');
    await expect
      .poll(
        () =>
          page.evaluate<number>(
            `document.querySelector('[data-testid="shared-notes-editor"] .ProseMirror').textContent.length`,
          ),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(pastedChars);
    // Typing still lands after the paste.
    await page.keyboard.type(' The end.');
    await expect
      .poll(() =>
        page.evaluate<string>(
          `document.querySelector('[data-testid="shared-notes-editor"] .ProseMirror').lastElementChild.textContent`,
        ),
      )
      .toMatch(/The end\.$/);
    maxStallMs = await page.evaluate<number>(READ_STALL_PROBE);
    const tasks = await trace.stop();
    console.info(
      `one-on-one 1 MB paste: longest main-thread task ${tasks.longestCpuMs.toFixed(0)} ms of CPU ` +
        `(${tasks.longestWallMs.toFixed(0)} ms wall); longest gap between timer ticks ${maxStallMs.toFixed(0)} ms`,
    );
    // The bound is on the page's own work: the CPU time of its longest main-thread task (the
    // paste, its rendering, its save). Wall-clock figures are printed too; on this shared
    // two-core machine they also count time other processes held the CPU.
    expect(tasks.longestCpuMs).toBeGreaterThan(0);
    expect(tasks.longestCpuMs).toBeLessThan(1000);
    await settledSaved(page, 800, 30_000);
  });

  it('closes the meeting: open points and the undone action move to the next meeting', async () => {
    await page.getByRole('button', { name: 'Close meeting' }).click();
    await page
      .getByRole('dialog', { name: 'Close this meeting' })
      .getByRole('button', { name: 'Close for both of us' })
      .click();
    await page.getByText(/Meeting closed\. 2 talking points and 1 action item moved/).waitFor();
    await expect
      .poll(() => page.locator('[data-meeting-id]').getAttribute('data-meeting-id'))
      .not.toBe(meetingId);
    await expect.poll(() => pointTexts(page)).toEqual(['Team offsite', 'Promotion criteria']);
    expect(await page.getByText(/^Carried from /).count()).toBeGreaterThanOrEqual(3);
    await saveScreenshot(page, 'one-on-one-next-meeting');

    const meetings = await mirrored(harness, spaceDocId(SPACE), readMeetings);
    expect(meetings).toHaveLength(2);
    expect(meetings[0]?.closedAt).not.toBeNull();
    const next = await mirrored(harness, meetingDocId(meetings[1]?.id ?? ''), readTalkingPoints);
    expect(next.map((p) => p.text)).toEqual(['Team offsite', 'Promotion criteria']);
  });

  it('finds the past meeting in history and lists the overdue action across meetings', async () => {
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('searchbox', { name: 'Search past meetings' }).fill('conference');
    const history = page.getByRole('list', { name: 'Past meetings' });
    await expect.poll(() => history.getByRole('link').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search past meetings' }).fill('nothing like this');
    await expect.poll(() => history.getByRole('link').count()).toBe(0);

    await page.getByRole('link', { name: 'Action items' }).click();
    await page.getByRole('button', { name: 'Overdue' }).click();
    const overdue = page.getByRole('list', { name: 'Overdue action items' });
    await expect.poll(() => overdue.getByRole('listitem').count()).toBe(1);
    await saveScreenshot(page, 'one-on-one-actions');

    // The meeting in dark mode (the OS setting), for the screenshot review.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('link', { name: 'Meeting' }).click();
    await page.locator('[data-testid="shared-notes-editor"][data-ready="true"]').waitFor();
    await saveScreenshot(page, 'one-on-one-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('keeps the shared notes in the agenda and the private notes only in their own document', async () => {
    const shared = await mirrored(harness, meetingDocId(meetingId), (d) =>
      fragmentToPlainText(meetingNotes(d)),
    );
    expect(shared.startsWith('We agreed the budget covers one conference.')).toBe(true);
    expect(shared.length).toBeGreaterThan(980_000);
    const agendaBytes = await mirrored(harness, meetingDocId(meetingId), (d) =>
      new TextDecoder().decode(Y.encodeStateAsUpdate(d)),
    );
    const spaceBytes = await mirrored(harness, spaceDocId(SPACE), (d) =>
      new TextDecoder().decode(Y.encodeStateAsUpdate(d)),
    );
    for (const bytes of [agendaBytes, spaceBytes]) expect(bytes).not.toContain('ask about the lead role');
    const privateText = await mirrored(harness, privateNotesDocId(meetingId), (d) =>
      new TextDecoder().decode(Y.encodeStateAsUpdate(d)),
    );
    expect(privateText).toContain('ask about the lead role');
    expect(harness.ipcCalls.filter((c) => !c.ok)).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
