import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { appStateReady, settledSaved, waitForNewEntry } from '../e2e/harness/appState';

/**
 * `npm run smoke` (after `npm run build`): the real app in the real Electron, for maintainers
 * on a machine that has Electron's binary (it downloads on the first `npm start`). It walks a
 * new person's first minutes — first run, an entry, quit, start again, the entry is there — in
 * a profile folder of its own (TANDEM_USER_DATA_DIR), never the maintainer's own journal.
 * Linux without a display runs under Xvfb. Where there is no Electron binary it says so and
 * exits 0 without running: it is not part of `npm test`, which cannot download Electron.
 */

const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
const TITLE = 'Smoke test: first entry';
const BODY = 'Written by npm run smoke, read back after a restart.';

function say(message: string): void {
  console.log(`[smoke] ${message}`);
}

/** Electron's executable as `npm start` would use it, without triggering its download. */
function electronBinary(): string | null {
  const packageDir = join(PROJECT_ROOT, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, relativePath ?? 'electron')
    : relativePath
      ? join(packageDir, 'dist', relativePath)
      : null;
  return candidate !== null && existsSync(candidate) ? candidate : null;
}

function hasDisplay(): boolean {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY ?? process.env.WAYLAND_DISPLAY);
}

/** Runs this script again under `xvfb-run`; returns its exit code, or null without Xvfb. */
function rerunUnderXvfb(): number | null {
  const probe = spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' });
  if (probe.error) return null;
  const rerun = spawnSync(
    'xvfb-run',
    ['-a', process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
    },
  );
  return rerun.status ?? 1;
}

async function launch(
  executablePath: string,
  userDataDir: string,
): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath,
    args: [PROJECT_ROOT],
    cwd: PROJECT_ROOT,
    env: { ...process.env, TANDEM_USER_DATA_DIR: userDataDir },
    timeout: 60_000,
  });
  const page = await app.firstWindow({ timeout: 60_000 });
  return { app, page };
}

async function firstRunAndEntry(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Welcome to Tandem' }).waitFor({ timeout: 30_000 });
  say('first-run screen shown');
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
  await settledSaved(page);
  say('entry written and saved');
}

async function expectEntry(page: Page): Promise<void> {
  await appStateReady(page, 'journal-state', 30_000);
  const link = page
    .getByRole('navigation', { name: 'Journal entries' })
    .getByRole('link', { name: new RegExp(`^${TITLE}`) });
  await link.click();
  await page.locator('[data-testid="entry-editor"][data-ready="true"]').waitFor();
  const title = await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue();
  const body = (await page.getByRole('textbox', { name: 'Entry body' }).textContent()) ?? '';
  if (title !== TITLE || !body.includes(BODY)) {
    throw new Error(`After the restart the entry reads "${title}" / "${body}"`);
  }
  say('entry intact after quitting and starting again');
}

async function main(): Promise<number> {
  const executablePath = electronBinary();
  if (executablePath === null) {
    say(
      'No Electron binary here (node_modules/electron/dist is empty: Electron downloads it on the first `npm start`). ' +
        'Nothing was launched. Run `npm start` once on a machine with internet access, then `npm run smoke`.',
    );
    return 0;
  }
  if (!existsSync(join(PROJECT_ROOT, 'out', 'main', 'index.js'))) {
    say('No build in out/: run `npm run smoke` (it builds first) rather than this file directly.');
    return 1;
  }
  if (!hasDisplay()) {
    say('No display: running under Xvfb.');
    const code = rerunUnderXvfb();
    if (code === null) {
      say('No display and no xvfb-run: install Xvfb (apt-get install xvfb) or run from a desktop session.');
      return 1;
    }
    return code;
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'tandem-smoke-'));
  say(`Electron: ${executablePath}; profile: ${userDataDir}`);
  try {
    const first = await launch(executablePath, userDataDir);
    await firstRunAndEntry(first.page);
    await first.app.close();
    say('quit');
    const second = await launch(executablePath, userDataDir);
    await expectEntry(second.page);
    await second.app.close();
    say('passed');
    return 0;
  } catch (error) {
    say(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
