import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../shared/ipc/contract';
import { appStateReady, settledSaved, waitForNewEntry } from '../e2e/harness/appState';
import { saveScreenshot } from '../e2e/harness/screenshots';
import type { StaticServer } from '../e2e/harness/staticServer';
import { launchBuiltApp, startPageServer, type BuiltAppSession } from './support/builtAppInChromium';
import type { BuiltMain } from './support/builtMain';
import { compileStandIn, type CompiledStandIn } from './support/standInBuild';

/**
 * The built app end to end: Chromium shows the page the built main serves on app://, and
 * window.tandem is what out/preload/index.cjs exposes, talking to the handlers the built main
 * registered. A new person's first minutes: first run, an entry, a reload, quitting and
 * starting again — the entry is there each time.
 */

const TITLE = 'First week on the platform team';
const BODY = 'Paired with Priya on the deploy pipeline; next time I will write the runbook first.';

let standIn: CompiledStandIn;
let server: StaticServer;
let current: BuiltMain | null = null;
let session: BuiltAppSession | null = null;
const folders: string[] = [];

async function folder(prefix: string): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  folders.push(path);
  return path;
}

let userDataDir: string;
let profileDir: string;

beforeAll(async () => {
  standIn = await compileStandIn();
  server = await startPageServer(() => current);
  userDataDir = await folder('tandem-built-app-userdata-');
  profileDir = await folder('tandem-built-app-profile-');
});

afterAll(async () => {
  await session?.kill();
  await server.close();
  await standIn.remove();
  for (const path of folders) await rm(path, { recursive: true, force: true, maxRetries: 3 });
});

async function launch(): Promise<BuiltAppSession> {
  session = await launchBuiltApp({
    standIn,
    userDataDir,
    profileDir,
    server,
    onMain: (main) => (current = main),
  });
  return session;
}

const entryLink = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Journal entries' })
    .getByRole('link', { name: new RegExp(`^${TITLE}`) });

async function expectEntryIntact(page: Page): Promise<void> {
  await appStateReady(page, 'journal-state');
  await entryLink(page).click();
  await page.locator('[data-testid="entry-editor"][data-ready="true"]').waitFor();
  await expect.poll(() => page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(TITLE);
  expect(await page.getByRole('textbox', { name: 'Entry body' }).textContent()).toContain(BODY);
}

describe('the built app: built main, built preload, built page', () => {
  it('gives the page exactly the contract’s window.tandem, from the built preload', async () => {
    const { page } = await launch();
    const shape = await page.evaluate<{
      frozen: boolean;
      channels: string[];
      noIpcRenderer: boolean;
    }>(`(() => {
      const api = window.tandem;
      return {
        frozen: Object.isFrozen(api),
        channels: Object.entries(api).filter(([d]) => d !== 'events')
          .flatMap(([d, verbs]) => Object.keys(verbs).map((v) => 'tandem:' + d + ':' + v)).sort(),
        noIpcRenderer: typeof window.ipcRenderer === 'undefined' && typeof window.require === 'undefined',
      };
    })()`);
    // Plus what the preload asked main synchronously at load (this page stand-in has no
    // sendSync, so the preload hands over null and the window asks tandem:atRest:status).
    const startup = 'tandem:startup:takeAtRestStatus';
    expect(shape).toEqual({
      frozen: true,
      channels: [...ipcChannels, startup].sort(),
      noIpcRenderer: true,
    });
    expect(await page.evaluate('window.tandem.app.getInfo({})')).toMatchObject({
      name: 'Tandem',
      platform: 'linux',
    });
  });

  it('first run, then an entry written and saved', async () => {
    const { page, main } = session!;
    await page.getByRole('heading', { name: 'Welcome to Tandem' }).waitFor();
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
    await page.getByRole('textbox', { name: 'Entry body' }).click();
    await page.keyboard.type(BODY);
    await entryLink(page).waitFor();
    await settledSaved(page);
    await saveScreenshot(page, 'built-app-entry');
    // The edit reached the built main's disk mirror through the built preload.
    expect(main.reports.some((r) => r.kind === 'call' && r.api === 'dialog.showErrorBox')).toBe(false);
  });

  it('keeps the entry across a reload', async () => {
    const { page } = session!;
    await page.reload();
    await expectEntryIntact(page);
  });

  it('keeps the entry when Tandem quits and starts again, and nothing failed on the way', async () => {
    const first = session!;
    expect(first.pageErrors).toEqual([]);
    expect(await first.quit()).toBe(0);
    session = null;

    const again = await launch();
    await expectEntryIntact(again.page);
    expect(again.pageErrors).toEqual([]);
  });
});
