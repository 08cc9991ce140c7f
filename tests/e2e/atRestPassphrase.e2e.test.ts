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
 * chooses at first start (by keyboard alone), asked for at every start after; a wrong one is
 * refused with a wait, the right one opens the journal as it was.
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

  it('asks for the passphrase at the next start, slows wrong guesses, and opens with the right one', async () => {
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
    await again.getByLabel('Passphrase').fill(PASSPHRASE);
    await again.getByLabel('Passphrase').press('Enter');
    await appStateReady(again, 'journal-state');
    await again
      .getByRole('navigation', { name: 'Journal entries' })
      .getByRole('link', { name: /^Behind a passphrase/ })
      .waitFor();
  });
});
