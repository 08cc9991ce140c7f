import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SecretProtector } from '../../electron/main/sharingLogic/identity';
import { startHarness, type Harness } from './harness';
import { appStateReady, settledSaved, waitForNewEntry } from './harness/appState';
import { auditAccessibility, describeViolations } from './harness/axeAudit';
import { launchChromium, type LaunchedChromium } from './harness/browser';
import { startMainProcess, type HarnessMainProcess } from './harness/mainProcess';
import { installPreloadStandIn } from './harness/tandemBridge';

/**
 * A computer with no keystore: the journal's key is protected by a passphrase the person
 * chooses at first start (by keyboard alone), and the recovery key is shown once right after;
 * the passphrase is asked for at every start after; a wrong one is refused with a wait, the
 * right one opens the journal as it was, and so does the recovery key with a new passphrase.
 */

const noKeystore: SecretProtector = {
  isAvailable: () => Promise.resolve(false),
  encrypt: () => Promise.reject(new Error('no keystore')),
  decrypt: () => Promise.reject(new Error('no keystore')),
};
const PASSPHRASE = 'a long walk in the hills';

let harness: Harness;
let page: Page;
let restartedMain: HarnessMainProcess | null = null;
let relaunched: LaunchedChromium | null = null;
let recoveryKey = '';

beforeAll(async () => {
  harness = await startHarness({ keepProfile: true, main: { keystore: noKeystore } });
  page = harness.context.pages()[0] ?? (await harness.newPage());
  await page.goto(harness.appUrl);
});

afterAll(async () => {
  await relaunched?.close();
  await restartedMain?.close();
  await harness.close();
});

describe('no keystore: a passphrase for the journal', () => {
  it('asks how to protect the key, by keyboard alone, then opens the journal', async () => {
    await page.getByRole('heading', { name: 'Protect your journal on this computer' }).waitFor();
    expect(describeViolations('protect your journal', await auditAccessibility(page))).toEqual([]);
    await page.getByLabel('Passphrase', { exact: true }).focus();
    await page.keyboard.type('too short');
    await page.keyboard.press('Tab');
    await page.keyboard.type('something else');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'The two passphrases are not the same.' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Passphrase again').fill(PASSPHRASE);
    await page.getByLabel('Passphrase again').press('Enter');

    await page.getByRole('heading', { name: 'Your recovery key' }).waitFor();
    expect(describeViolations('recovery key shown', await auditAccessibility(page))).toEqual([]);
    recoveryKey = (await page.getByLabel('Recovery key', { exact: true }).textContent()) ?? '';
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    await page.getByLabel('I have printed or written down my recovery key.').check();
    await page.getByRole('button', { name: 'Done' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await appStateReady(page, 'journal-state');

    const hashBefore = new URL(page.url()).hash;
    await page.getByRole('button', { name: 'New entry' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Blank page/ })
      .click();
    await waitForNewEntry(page, hashBefore);
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Behind a passphrase');
    await settledSaved(page);
  });

  it('asks for the passphrase at the next start, slows wrong guesses, and the recovery key opens it with a new passphrase', async () => {
    await harness.browser.close();
    await harness.main.mirror.whenIdle();
    restartedMain = await startMainProcess({
      trustedOrigins: harness.main.trustedOrigins,
      userDataDir: harness.main.userDataDir,
      keepUserData: true,
      keystore: noKeystore,
    });
    relaunched = await launchChromium({ userDataDir: harness.browser.userDataDir, keepProfile: true });
    await installPreloadStandIn(relaunched.context, restartedMain.invoke);
    const again = relaunched.context.pages()[0] ?? (await relaunched.context.newPage());
    await again.goto(harness.appUrl);
    await again.getByRole('heading', { name: 'Unlock your journal' }).waitFor();
    expect(describeViolations('unlock', await auditAccessibility(again))).toEqual([]);
    await again.getByLabel('Passphrase').fill('not the passphrase');
    await again.getByLabel('Passphrase').press('Enter');
    await again
      .getByRole('alert')
      .filter({ hasText: /not right. Try again in 1 second/ })
      .waitFor();
    await again.waitForTimeout(1100);
    // The passphrase is "forgotten": the recovery key opens the journal and sets a new one.
    await again.getByRole('button', { name: 'Use your recovery key' }).click();
    await again.getByRole('heading', { name: 'Open your journal with its recovery key' }).waitFor();
    expect(describeViolations('recover', await auditAccessibility(again))).toEqual([]);
    await again.getByLabel('Recovery key', { exact: true }).fill(recoveryKey.toLowerCase());
    await again.getByLabel('New passphrase', { exact: true }).fill('a new passphrase now');
    await again.getByLabel('New passphrase again').fill('a new passphrase now');
    await again.getByLabel('New passphrase again').press('Enter');
    await appStateReady(again, 'journal-state');
    await again
      .getByRole('navigation', { name: 'Journal entries' })
      .getByRole('link', { name: /^Behind a passphrase/ })
      .waitFor();
  });
});
