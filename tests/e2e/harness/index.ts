import type { BrowserContext, Page } from 'playwright-core';
import { startAppServer } from './appServer';
import { launchChromium, type LaunchedChromium, type LaunchOptions } from './browser';
import { startMainProcess, type HarnessMainProcess, type MainProcessOptions } from './mainProcess';
import type { WebHandler, StaticServer } from './staticServer';
import { installPreloadStandIn, type BridgeCall } from './tandemBridge';

/**
 * One e2e session: the built renderer served over 127.0.0.1 with the app's headers, a fresh
 * Chromium profile, and `window.tandem` wired to the real main-process handlers and disk
 * mirror. Everything is torn down (and its temporary folders removed) by `close()`.
 */
export interface Harness {
  server: StaticServer;
  main: HarnessMainProcess;
  browser: LaunchedChromium;
  context: BrowserContext;
  /** Calls that reached the main process, with the sender each one had. */
  ipcCalls: BridgeCall[];
  /** The app's URL (its index.html). */
  appUrl: string;
  /** Errors thrown in any page and console errors, for tests to assert there were none. */
  pageErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface HarnessOptions extends LaunchOptions {
  mounts?: Record<string, WebHandler>;
  /** Main's options beyond the trusted origin (a journal seeded before encryption, say). */
  main?: Omit<MainProcessOptions, 'trustedOrigins'>;
  /** The IPC channels the page's window.tandem has (all by default). */
  channels?: readonly string[];
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const cleanups: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    cleanups.length = 0;
  };
  try {
    const server = await startAppServer(options.mounts ? { mounts: options.mounts } : {});
    cleanups.push(() => server.close());
    const main = await startMainProcess({ ...options.main, trustedOrigins: [server.origin] });
    cleanups.push(() => main.close());
    const browser = await launchChromium(options);
    cleanups.push(() => browser.close());
    const ipcCalls = await installPreloadStandIn(browser.context, main.invoke, undefined, options.channels, {
      server,
      answer: main.answerSync,
    });
    const pageErrors: string[] = [];
    const watch = (page: Page) => {
      page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const url = message.location().url;
        // Chromium asks any http page for /favicon.ico; Electron's app:// window never does.
        if (url.endsWith('/favicon.ico')) return;
        pageErrors.push(`console.error: ${message.text()}${url ? ` (${url})` : ''}`);
      });
    };
    browser.context.pages().forEach(watch);
    browser.context.on('page', watch);
    return {
      server,
      main,
      browser,
      context: browser.context,
      ipcCalls,
      appUrl: `${server.origin}/`,
      pageErrors,
      newPage: () => browser.context.newPage(),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export { saveScreenshot } from './screenshots';
