import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, type LaunchedChromium } from '../../e2e/harness/browser';
import { startStaticServer, type StaticServer } from '../../e2e/harness/staticServer';
import { decodeFromWire, encodeForWire, PAGE_WIRE_SOURCE } from '../../e2e/harness/wire';
import { OUT_DIR, PROJECT_ROOT } from './buildOutputs';
import { BuiltMain } from './builtMain';
import type { CompiledStandIn } from './standInBuild';

/**
 * The whole built app in Chromium, with nothing of the sources in between: the built main
 * runs with the stand-in electron module (builtMain.ts); the page is whatever main's own
 * registered app:// handler serves; `window.tandem` is made by out/preload/index.cjs itself,
 * run before the page's scripts with a `require('electron')` whose ipcRenderer reaches the
 * handlers the built main registered on the stand-in's ipcMain, and whose events are what the
 * built main sent with webContents.send.
 *
 * Chromium cannot load a custom scheme it does not know, so the page is served over
 * http://127.0.0.1:<port> and every URL is translated to app://tandem and back at the edge:
 * main sees exactly the app:// requests and sender frames Electron would give it.
 */

const APP_ORIGIN = 'app://tandem';
const INVOKE_BINDING = '__tandemBuiltInvoke';
const EVENTS_BINDING = '__tandemBuiltNextEvents';

export interface BuiltAppLaunch {
  standIn: CompiledStandIn;
  /** main's userData (the disk mirror, settings, identity). */
  userDataDir: string;
  /** Chromium's profile (IndexedDB); kept on close so a relaunch finds it. */
  profileDir: string;
  /** The page's port: the same one on a relaunch keeps the page's origin, so its IndexedDB. */
  port?: number;
}

export interface BuiltAppSession {
  main: BuiltMain;
  page: Page;
  windowId: number;
  port: number;
  /** Errors the page threw or logged. */
  pageErrors: string[];
  /** Quits as the person would: the window closes, then main quits; resolves with main's exit code. */
  quit(): Promise<number | null>;
  /** Clean-up after a failure: ends both at once. */
  kill(): Promise<void>;
}

export function toAppUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  return url.protocol === 'http:' ? `${APP_ORIGIN}${url.pathname}${url.search}${url.hash}` : pageUrl;
}

function toPageUrl(appUrl: string, origin: string): string {
  return appUrl.startsWith(`${APP_ORIGIN}/`) ? `${origin}${appUrl.slice(APP_ORIGIN.length)}` : appUrl;
}

/** The page-side `electron` module and the CommonJS wrapper around the built preload's source. */
function preloadInitScript(preloadSource: string): string {
  return `(() => {
  const invoke = globalThis[${JSON.stringify(INVOKE_BINDING)}];
  delete globalThis[${JSON.stringify(INVOKE_BINDING)}];
  const nextEvents = globalThis[${JSON.stringify(EVENTS_BINDING)}];
  delete globalThis[${JSON.stringify(EVENTS_BINDING)}];
  if (typeof invoke !== 'function') return;
  ${PAGE_WIRE_SOURCE}
  const listeners = new Map();
  const ipcRenderer = {
    invoke: async (channel, ...args) => decodeFromWire(await invoke(channel, encodeForWire(args))),
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  const deepFreeze = (value) => {
    if (value && typeof value === 'object') for (const inner of Object.values(value)) deepFreeze(inner);
    return Object.freeze(value);
  };
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(globalThis, key, { value: deepFreeze(api), enumerable: true, configurable: false, writable: false });
    },
  };
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  const module = { exports: {} };
  (function (exports, require, module, __filename, __dirname) {
${preloadSource}
  })(module.exports, require, module, 'index.cjs', '.');
  (async () => {
    for (;;) {
      let batch;
      try { batch = decodeFromWire(await nextEvents()); } catch { return; }
      if (!Array.isArray(batch)) return;
      for (const { channel, args } of batch) {
        for (const listener of [...(listeners.get(channel) ?? [])]) {
          try { listener({ sender: null }, ...args); } catch (error) { setTimeout(() => { throw error; }); }
        }
      }
    }
  })();
})();`;
}

/** Queues main's webContents.send calls for the page's long poll. */
function eventFeed(main: BuiltMain, windowId: number) {
  let queued: { channel: string; args: unknown[] }[] = [];
  let waiting: ((batch: typeof queued) => void) | null = null;
  const stop = main.onReport((report) => {
    if (report.kind !== 'webcontents-send' || report.windowId !== windowId) return;
    queued.push({ channel: report.channel, args: report.args });
    if (waiting) {
      const deliver = waiting;
      waiting = null;
      deliver(queued.splice(0));
    }
  });
  return {
    next: (): Promise<typeof queued> => {
      if (queued.length > 0) {
        const batch = queued;
        queued = [];
        return Promise.resolve(batch);
      }
      return new Promise((resolve) => (waiting = resolve));
    },
    stop,
  };
}

async function bindPage(context: BrowserContext, main: BuiltMain, windowId: number): Promise<() => void> {
  const feed = eventFeed(main, windowId);
  await context.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, wireArgs: unknown) => {
    const args = decodeFromWire(wireArgs);
    const frame = {
      url: toAppUrl(source.frame.url()),
      isMainFrame: source.frame === source.page.mainFrame(),
    };
    try {
      return encodeForWire(
        await main.invoke(windowId, String(channel), Array.isArray(args) ? args : [args], frame),
      );
    } catch (error) {
      // As ipcRenderer.invoke does: the page gets the message, prefixed, never a stack from main.
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`Error invoking remote method '${String(channel)}': Error: ${message}`);
    }
  });
  await context.exposeBinding(EVENTS_BINDING, async (source) =>
    source.frame === source.page.mainFrame() ? encodeForWire(await feed.next()) : null,
  );
  await context.addInitScript({
    content: preloadInitScript(await readFile(join(OUT_DIR, 'preload', 'index.cjs'), 'utf8')),
  });
  return feed.stop;
}

/** The page's server: every request goes to whichever built main is running now. */
export async function startPageServer(current: () => BuiltMain | null, port?: number): Promise<StaticServer> {
  return startStaticServer({
    port,
    fallback: async (request) => {
      const main = current();
      if (!main) return new Response('Tandem is not running', { status: 503 });
      const answer = await main.fetch(toAppUrl(request.url), request.method);
      return new Response(request.method === 'HEAD' ? null : answer.body, {
        status: answer.status,
        headers: answer.headers,
      });
    },
  });
}

/**
 * Starts the built main, makes it ready, and opens its window's page in Chromium with the
 * built preload. `server` must forward to this session's main (startPageServer).
 */
export async function launchBuiltApp(
  options: BuiltAppLaunch & { server: StaticServer; onMain: (main: BuiltMain | null) => void },
): Promise<BuiltAppSession> {
  const main = BuiltMain.start({
    standIn: options.standIn,
    appDir: PROJECT_ROOT,
    userDataDir: options.userDataDir,
  });
  options.onMain(main);
  let browser: LaunchedChromium | null = null;
  let stopEvents: () => void = () => undefined;
  try {
    await main.waitFor('the single-instance lock', (r) =>
      r.kind === 'call' && r.api === 'app.requestSingleInstanceLock' ? r : undefined,
    );
    main.becomeReady();
    const { windowId } = await main.firstWindow();
    const appUrl = await main.loadedUrl(windowId);
    browser = await launchChromium({ userDataDir: options.profileDir, keepProfile: true });
    stopEvents = await bindPage(browser.context, main, windowId);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
        pageErrors.push(`console.error: ${message.text()}`);
      }
    });
    await page.goto(toPageUrl(appUrl, options.server.origin));
    main.send({ kind: 'page-loaded', windowId });
    await main.waitFor('the window to show', (r) => (r.kind === 'window-shown' ? r : undefined));
    const openBrowser = browser;
    return {
      main,
      page,
      windowId,
      port: Number(new URL(options.server.origin).port),
      pageErrors,
      quit: async () => {
        stopEvents();
        await openBrowser.close();
        // Closing Tandem's only window quits it (on Linux and Windows; the stand-in is Linux).
        main.send({ kind: 'close-window', windowId });
        const code = await main.exitCode();
        options.onMain(null);
        return code;
      },
      kill: async () => {
        stopEvents();
        await openBrowser.close();
        await main.kill();
        options.onMain(null);
      },
    };
  } catch (error) {
    stopEvents();
    await browser?.close();
    await main.kill();
    options.onMain(null);
    throw error;
  }
}
