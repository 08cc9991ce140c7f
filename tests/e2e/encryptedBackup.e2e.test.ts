import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { appStateReady, goToRoute, settledSaved, waitForNewEntry } from './harness/appState';
import { auditAccessibility, describeViolations } from './harness/axeAudit';

/**
 * A backup encrypted whole, end to end: the built renderer in Chromium and main's real backup
 * service (only the file dialogs scripted). The file holds nothing of the entry; restoring asks
 * for the passphrase in an axe-clean dialog, by keyboard, refuses a wrong one, and the right one
 * leads to the usual confirmation.
 */

const CANARY = 'Canary thinking about leaving in spring';
const PASSPHRASE = 'a long walk in the hills';

describe('encrypted backup in the app', () => {
  let harness: Harness;
  let page: Page;
  let backupFile: string;

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
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(CANARY);
    await settledSaved(page);
    backupFile = join(harness.main.userDataDir, '..', `${new URL(harness.appUrl).port}-encrypted.zip`);
  });

  afterAll(async () => {
    await harness.close();
  });

  it('saves a file that holds nothing readable', async () => {
    await goToRoute(page, '/settings');
    await page.getByRole('heading', { name: 'Backup' }).waitFor();
    await page.getByLabel('Encrypt the whole backup with a passphrase').check();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Passphrase again').fill(PASSPHRASE);
    harness.main.dialogAnswers.save.push(backupFile);
    await page.getByRole('button', { name: 'Create backup…' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved a backup of' }).waitFor();
    const file = await readFile(backupFile);
    expect(file.subarray(0, 24).toString('ascii')).toBe('TANDEM-ENCRYPTED-BACKUP\n');
    for (const form of [Buffer.from(CANARY), Buffer.from(CANARY, 'utf16le'), Buffer.from('manifest.json')])
      expect(file.includes(form)).toBe(false);
  });

  it('asks for the passphrase to restore it, refuses a wrong one, and opens with the right one', async () => {
    harness.main.dialogAnswers.open.push(backupFile);
    await page.getByRole('button', { name: 'Restore from backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open an encrypted backup' });
    await dialog.waitFor();
    expect(describeViolations('unlock backup', await auditAccessibility(page))).toEqual([]);
    await page.keyboard.type('not the passphrase');
    await page.keyboard.press('Enter');
    await dialog
      .getByRole('alert')
      .filter({ hasText: 'That passphrase does not open this backup.' })
      .waitFor();
    await dialog.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Restore from backup' });
    await confirm.waitFor();
    // The vault, the entry, and the entry's local version history.
    expect(await confirm.textContent()).toMatch(/3 documents/);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(harness.pageErrors).toEqual([]);
  });
});
