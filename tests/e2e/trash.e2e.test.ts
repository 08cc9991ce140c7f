import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { appStateReady, goToRoute, settledSaved, waitForNewEntry } from './harness/appState';
import { auditAccessibility, describeViolations } from './harness/axeAudit';

/**
 * The trash in Chromium, by keyboard: Settings leads to it, it lists a deleted entry in one main
 * landmark, its confirmation dialog is axe-clean, Escape backs out, Restore brings the entry back.
 */
describe('the trash', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness({ colorScheme: 'light' });
    page = harness.context.pages()[0] ?? (await harness.newPage());
    await page.goto(harness.appUrl);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await appStateReady(page, 'journal-state');
    const hashBefore = new URL(page.url()).hash;
    await page.getByRole('button', { name: 'New entry' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Blank page/ })
      .click();
    await waitForNewEntry(page, hashBefore);
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Thinking of leaving');
    await settledSaved(page);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await settledSaved(page);
  });

  afterAll(async () => {
    await harness.close();
  });

  it('is reached from Settings, lists the entry, and passes the audit with its dialog open', async () => {
    await goToRoute(page, '/settings');
    await page.getByRole('link', { name: 'Trash: deleted items' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Trash' }).waitFor();
    expect(await page.getByRole('main').count()).toBe(1);
    await expect
      .poll(() => page.getByRole('list', { name: 'Deleted items' }).textContent())
      .toContain('Thinking of leaving');
    expect(describeViolations('trash', await auditAccessibility(page))).toEqual([]);

    await page.getByRole('button', { name: 'Delete forever: Thinking of leaving' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete for good' });
    await dialog.waitFor();
    expect(describeViolations('trash confirmation', await auditAccessibility(page))).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Restore Thinking of leaving' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('The trash is empty.').waitFor();
    await goToRoute(page, '/journal');
    await page
      .getByRole('navigation', { name: 'Journal entries' })
      .getByText('Thinking of leaving')
      .waitFor();
  });
});
