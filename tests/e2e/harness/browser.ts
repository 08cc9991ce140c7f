import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (docs/ARCHITECTURE.md, Testing layers): the same engine Electron's window runs. */
export const CHROMIUM_PATH = process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchedChromium {
  context: BrowserContext;
  /** The profile folder: IndexedDB lives here, so it survives reloads within one launch. */
  userDataDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Reuse this profile (after a crash, say) instead of a fresh one; `close()` still removes it. */
  userDataDir?: string;
  /** Leave the profile folder on close, for a relaunch that reopens it (as quitting the app does). */
  keepProfile?: boolean;
}

/**
 * Kills every Chromium process of one profile with SIGKILL, as a crash or a power cut would:
 * no unload handlers, no flushing. Reads /proc rather than relying on pkill being installed.
 */
export async function killChromiumProfile(userDataDir: string): Promise<number> {
  const marker = `--user-data-dir=${userDataDir}`;
  let killed = 0;
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!cmdline.split('\0').includes(marker)) continue;
    try {
      process.kill(Number(pid), 'SIGKILL');
      killed++;
    } catch {
      // Already gone.
    }
  }
  return killed;
}

/** A persistent context in a fresh temporary profile; `close()` removes the profile. */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'tandem-e2e-profile-')));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1100, height: 760 },
      colorScheme: options.colorScheme ?? 'light',
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  let closed = false;
  return {
    context,
    userDataDir,
    close: async () => {
      if (closed) return;
      closed = true;
      await context.close().catch(() => undefined);
      if (!options.keepProfile) await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
