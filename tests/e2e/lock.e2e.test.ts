import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { appStateReady, settledSaved, waitForNewEntry } from './harness/appState';
import { auditAccessibility, describeViolations } from './harness/axeAudit';

/**
 * The lock in real Chromium, by keyboard alone: Ctrl+Shift+L locks, the page reloads into the
 * lock screen with nothing of the journal in it (axe-clean, one main landmark), Enter unlocks
 * and the entry is back. Then the way main locks (sleep, screen lock, idle, the menu): the
 * key store locks and the window reloads, as main's lockNow does.
 */

const TITLE = 'Lockcanary thinking of leaving';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = harness.context.pages()[0] ?? (await harness.newPage());
  await page.goto(harness.appUrl);
});

afterAll(async () => {
  await harness.close();
});

async function expectLocked(): Promise<void> {
  await page.getByRole('heading', { name: 'Tandem is locked' }).waitFor();
  expect(await page.getByRole('main').count()).toBe(1);
  const text = await page.content();
  expect(text).not.toContain('Lockcanary');
  expect(await page.getByRole('navigation', { name: 'Journal entries' }).count()).toBe(0);
}

describe('the lock', () => {
  it('locks on Ctrl+Shift+L, shows only the lock screen, and Enter unlocks', async () => {
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await appStateReady(page, 'journal-state');
    const hashBefore = new URL(page.url()).hash;
    await page.getByRole('button', { name: 'New entry' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Blank page/ })
      .click();
    await waitForNewEntry(page, hashBefore);
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await settledSaved(page);

    await page.keyboard.press('Control+Shift+L');
    await expectLocked();
    expect(harness.main.atRest.keys.isLocked).toBe(true);
    expect(describeViolations('lock screen', await auditAccessibility(page))).toEqual([]);
    // Focus starts on Unlock: Enter is all it takes.
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: new RegExp(TITLE) }).waitFor();
    expect(harness.main.atRest.keys.isLocked).toBe(false);
  });

  it('locks the way main does (sleep, screen lock, idle, menu): key refused, window reloaded', async () => {
    expect(harness.main.atRest.keys.lock()).toBe(true);
    await page.reload();
    await expectLocked();
    await page.getByRole('button', { name: 'Unlock' }).press('Enter');
    await page.getByRole('link', { name: new RegExp(TITLE) }).waitFor();
    expect(harness.pageErrors).toEqual([]);
  });
});
