import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { appStateReady, goToRoute, settledSaved, waitForNewEntry } from './harness/appState';
import { launchChromium, type LaunchedChromium } from './harness/browser';
import { startMainProcess, type HarnessMainProcess } from './harness/mainProcess';
import { installPreloadStandIn } from './harness/tandemBridge';
import { listFiles, scanForCanaries } from './harness/canaryScan';
import { listMirrorFolders } from '../../electron/main/mirror/docFolder';

/**
 * Private at rest, shown by a scan: canary strings go into every kind of item (a reflection's
 * title, body and tag, a goal, a plan, a feedback note, a one-on-one's talking point, shared
 * and private notes, the display name), everything saves, the app quits, and then every file
 * under the browser profile and the user-data folder is searched, raw and re-encoded. None of
 * the canaries may be anywhere. The journal then opens again, whole, from those files.
 */

const SPACE = 'e2eSpace0001';
const CANARIES = {
  title: 'CanaryTitleQx7Wd',
  body: 'CanaryBodyZr4Lm',
  tag: 'canarytagpv8kn',
  goal: 'CanaryGoalHs2Vb',
  plan: 'CanaryPlanJt6Yc',
  feedback: 'CanaryFeedbackMw3Ra',
  point: 'CanaryPointKd5Xe',
  sharedNotes: 'CanarySharedNf9Tq',
  privateNotes: 'CanaryPrivateBg1Uz',
  displayName: 'CanaryNameLc8Ps',
  trashed: 'CanaryTrashedVu3Qo',
} as const;
/** The entry deleted and then removed for good from the trash. */
let trashedDocId = '';

let harness: Harness;
let page: Page;
let relaunched: LaunchedChromium | null = null;
let restartedMain: HarnessMainProcess | null = null;

beforeAll(async () => {
  harness = await startHarness({ keepProfile: true });
  page = harness.context.pages()[0] ?? (await harness.newPage());
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(harness.appUrl);
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await appStateReady(page, 'journal-state');
});

afterAll(async () => {
  await relaunched?.close();
  await restartedMain?.close();
  await harness.close();
  await rm(harness.browser.userDataDir, { recursive: true, force: true, maxRetries: 3 });
});

async function writeEverything(): Promise<void> {
  // An entry deleted, then the trash emptied through Settings → Trash.
  const hashBeforeTrashed = new URL(page.url()).hash;
  await page.getByRole('button', { name: 'New entry' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Blank page/ })
    .click();
  await waitForNewEntry(page, hashBeforeTrashed);
  trashedDocId = `item:${new URL(page.url()).hash.split('/').pop() ?? ''}`;
  await page.locator('[data-testid="entry-editor"][data-ready="true"]').waitFor();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(CANARIES.trashed);
  await page.getByRole('textbox', { name: 'Entry body' }).click();
  await page.keyboard.type(`About to go: ${CANARIES.trashed}`);
  await settledSaved(page);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await goToRoute(page, '/trash');
  await page.getByRole('button', { name: 'Empty trash' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete forever' }).click();
  await page.getByText('The trash is empty.').waitFor();
  await settledSaved(page);
  await goToRoute(page, '/journal');

  // A reflection: title, body and a tag.
  const hashBefore = new URL(page.url()).hash;
  await page.getByRole('button', { name: 'New entry' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Blank page/ })
    .click();
  await waitForNewEntry(page, hashBefore);
  await page.locator('[data-testid="entry-editor"][data-ready="true"]').waitFor();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(CANARIES.title);
  await page.getByRole('textbox', { name: 'Entry body' }).click();
  await page.keyboard.type(`Thinking about leaving: ${CANARIES.body}`);
  await page.getByRole('textbox', { name: 'Add tag' }).fill(CANARIES.tag);
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Tags' }).getByText(`#${CANARIES.tag}`).waitFor();
  await settledSaved(page);

  // A goal and a plan for it.
  await goToRoute(page, '/goals');
  await page.getByRole('button', { name: /New goal/ }).click();
  const goalForm = page.getByRole('form', { name: 'New goal' });
  await goalForm.getByLabel('Title').fill(CANARIES.goal);
  await goalForm.getByRole('button', { name: 'Create goal' }).click();
  await page.getByRole('navigation', { name: 'Goals' }).getByRole('link', { name: CANARIES.goal }).waitFor();
  await goToRoute(page, '/plans');
  await page.getByRole('button', { name: /New plan/ }).click();
  const planDialog = page.getByRole('dialog');
  await planDialog.getByLabel('Plan title').fill(CANARIES.plan);
  await planDialog.getByRole('button', { name: 'Create plan' }).click();
  await planDialog.waitFor({ state: 'detached' });
  await settledSaved(page);

  // A feedback note.
  await goToRoute(page, '/feedback');
  await page.getByRole('button', { name: /New note/ }).click();
  await page.getByLabel('Behaviour').fill(`Presented the roadmap: ${CANARIES.feedback}`);
  await page.getByLabel('Impact').fill('The team knew the plan.');
  await page.getByLabel('Suggested next step').fill('Keep doing it.');
  await page.getByLabel('From whom').fill('Me');
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.waitForURL(/#\/feedback\/[A-Za-z0-9_-]+$/);
  await settledSaved(page);

  // A one-on-one: a talking point, shared notes and private notes.
  await goToRoute(page, `/one-on-ones/${SPACE}`);
  await page.getByRole('button', { name: 'Start the series' }).click();
  await page.locator('[data-meeting-id]').waitFor();
  await page.getByLabel('New talking point').fill(CANARIES.point);
  await page.getByLabel('New talking point').press('Enter');
  await page.getByRole('textbox', { name: 'Shared notes' }).click();
  await page.keyboard.type(`Agreed: ${CANARIES.sharedNotes}`);
  await page.getByRole('textbox', { name: 'Private notes' }).click();
  await page.keyboard.type(`My manager does not support me: ${CANARIES.privateNotes}`);
  await settledSaved(page);

  // The display name.
  await goToRoute(page, '/settings');
  await page.getByLabel('Display name').fill(CANARIES.displayName);
  await page.getByRole('button', { name: 'Save name' }).click();
  await settledSaved(page);

  // Search, so the search index holds the words too; then leaving the page writes it.
  await goToRoute(page, '/journal');
  await appStateReady(page, 'journal-state');
}

describe('the journal at rest', () => {
  it('leaves no canary in any file of the browser profile or the user-data folder', async () => {
    await writeEverything();
    // The search index is written when the page goes (as on quit) and after quiet time.
    await page.evaluate(`window.dispatchEvent(new Event('pagehide'))`);
    await page.waitForTimeout(1500);
    await harness.browser.close();
    await harness.main.mirror.whenIdle();

    const dirs = [harness.browser.userDataDir, harness.main.userDataDir];
    // The scan must have something to look at: the journal is stored in both places.
    expect((await listFiles(harness.main.userDataDir)).some((f) => f.endsWith('updates.log'))).toBe(true);
    expect((await listFiles(harness.browser.userDataDir)).some((f) => f.includes('IndexedDB'))).toBe(true);
    const hits = await scanForCanaries(dirs, Object.values(CANARIES));
    expect(hits).toEqual([]);
    // The emptied entry's folder is gone from the disk mirror (the canaries are sealed, so the
    // scan alone cannot tell a purged entry from a hidden one).
    expect(trashedDocId).toMatch(/^item:[A-Za-z0-9_-]+$/);
    const mirrored = await listMirrorFolders(join(harness.main.userDataDir, 'documents'));
    expect(mirrored.docIds.length).toBeGreaterThan(3);
    expect(mirrored.docIds).not.toContain(trashedDocId);
  });

  it('opens again from those files: the entry, and its words in search', async () => {
    // A new main process on the same folder: the key comes back from its file and the keystore.
    restartedMain = await startMainProcess({
      trustedOrigins: harness.main.trustedOrigins,
      userDataDir: harness.main.userDataDir,
      keepUserData: true,
    });
    relaunched = await launchChromium({ userDataDir: harness.browser.userDataDir, keepProfile: true });
    await installPreloadStandIn(relaunched.context, restartedMain.invoke);
    const again = relaunched.context.pages()[0] ?? (await relaunched.context.newPage());
    await again.goto(harness.appUrl);
    await appStateReady(again, 'journal-state');
    await again
      .getByRole('navigation', { name: 'Journal entries' })
      .getByRole('link', { name: new RegExp(`^${CANARIES.title}`) })
      .waitFor();
    await again.getByRole('searchbox').first().fill(CANARIES.body.toLowerCase());
    await again.getByText(CANARIES.title).first().waitFor();
  });
});
