import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer } from './harness/appServer';
import { appStateReady, settledSaved, waitForNewEntry } from './harness/appState';
import { killChromiumProfile, launchChromium, type LaunchedChromium } from './harness/browser';
import { startMainProcess, type HarnessMainProcess } from './harness/mainProcess';
import type { StaticServer } from './harness/staticServer';
import { installPreloadStandIn } from './harness/tandemBridge';

/**
 * Crashes: the browser is killed with SIGKILL (no unload handlers, nothing flushed) right after
 * the app says "Saved", and started again on the same profile with the same main process, as
 * Electron restarts a crashed renderer. Every edit the app called saved must be there.
 */

const EDITS = 12;

let server: StaticServer;
let main: HarnessMainProcess;
let chromium: LaunchedChromium;
let page: Page;
let profileDir = '';

async function openBrowser(): Promise<void> {
  chromium = await launchChromium(profileDir ? { userDataDir: profileDir } : {});
  profileDir = chromium.userDataDir;
  await installPreloadStandIn(chromium.context, main.invoke);
  page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  await page.goto(`${server.origin}/`);
}

async function crashBrowser(): Promise<void> {
  const context: BrowserContext = chromium.context;
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  expect(await killChromiumProfile(profileDir)).toBeGreaterThan(0);
  await closed;
}

const entryBody = (p: Page) => p.getByRole('textbox', { name: 'Entry body' });
const editor = (p: Page) => p.locator('[data-testid="entry-editor"][data-ready="true"]');

async function openEntry(title: string): Promise<void> {
  await appStateReady(page, 'journal-state');
  const link = page.getByRole('navigation', { name: 'Journal entries' }).getByRole('link', {
    name: new RegExp(`^${title}`),
  });
  await link.waitFor({ timeout: 15_000 });
  await link.click();
  await editor(page).waitFor();
}

beforeAll(async () => {
  server = await startAppServer();
  main = await startMainProcess({ trustedOrigins: [server.origin] });
  await openBrowser();
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await appStateReady(page, 'journal-state');
});

afterAll(async () => {
  await chromium.close();
  await main.close();
  await server.close();
});

describe('killing the browser', () => {
  it(`keeps all ${EDITS} edits the app called saved`, async () => {
    const hashBefore = new URL(page.url()).hash;
    await page.getByRole('button', { name: 'New entry' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Blank page/ })
      .click();
    await waitForNewEntry(page, hashBefore);
    await editor(page).waitFor();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Crash diary');
    await entryBody(page).click();
    for (let i = 1; i <= EDITS; i++) {
      await page.keyboard.type(`Edit number ${i} survives.`);
      await page.keyboard.press('Enter');
    }
    await settledSaved(page, 300);

    await crashBrowser();
    await openBrowser();
    await openEntry('Crash diary');
    const text = (await entryBody(page).textContent()) ?? '';
    for (let i = 1; i <= EDITS; i++) expect(text).toContain(`Edit number ${i} survives.`);
  });

  it('loses nothing when killed at moments around a compaction of the local store', async () => {
    // A long paste makes the local store compact (by size) half a second after it is written.
    await openEntry('Crash diary');
    await entryBody(page).click();
    await page.keyboard.press('ControlOrMeta+End');
    const paragraph = 'A long passage pasted in to make the store compact. '.repeat(2000);
    // A real paste event, as the clipboard would deliver it (the page's code, as a string: this
    // file is compiled for Node).
    await page.evaluate(`(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ${JSON.stringify(paragraph)});
      document.querySelector('[aria-label="Entry body"]')
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
    let round = 0;
    for (const delayMs of [0, 450, 550, 700]) {
      round++;
      await page.keyboard.type(` Round ${round} typed before the kill.`);
      await settledSaved(page, 100);
      await page.waitForTimeout(delayMs);
      await crashBrowser();
      await openBrowser();
      await openEntry('Crash diary');
      const text = (await entryBody(page).textContent()) ?? '';
      for (let i = 1; i <= EDITS; i++) expect(text).toContain(`Edit number ${i} survives.`);
      for (let r = 1; r <= round; r++) expect(text).toContain(`Round ${r} typed before the kill.`);
      expect(text.length).toBeGreaterThan(paragraph.length);
      await entryBody(page).click();
      await page.keyboard.press('ControlOrMeta+End');
    }
  });

  it('restores everything from the disk copy when the browser profile (IndexedDB and all) is gone', async () => {
    await chromium.close(); // removes the profile folder: every IndexedDB database goes with it
    profileDir = '';
    await openBrowser();
    // The journal index comes back from main's disk mirror, with the profile: no first-run screen.
    await openEntry('Crash diary');
    const text = (await entryBody(page).textContent()) ?? '';
    for (let i = 1; i <= EDITS; i++) expect(text).toContain(`Edit number ${i} survives.`);
    expect(text).toContain('Round 4 typed before the kill.');
    expect(await page.getByRole('heading', { name: 'Welcome to Tandem' }).count()).toBe(0);
  });
});
