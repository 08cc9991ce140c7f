import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFolderName } from '../../electron/main/mirror/docFolder';
import { SECURITY_HEADERS } from '../../electron/main/security/csp';
import { ipcChannels, type TandemApi } from '../../shared/ipc/contract';
import { mainEventNames, subscriberName } from '../../shared/ipc/mainEventChannels';
import { startHarness, type Harness } from './harness';
import { folderHandler, startStaticServer, RENDERER_ROOT } from './harness/staticServer';

/**
 * The harness checks itself: the page gets exactly the preload's API, calls reach the real
 * main-process handlers and disk mirror with the right sender, and the checks those handlers
 * make (origin, main frame, argument schemas) hold across the bridge.
 */

type PageGlobals = { tandem?: TandemApi } & Record<string, unknown>;

type CallResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Calls `window.tandem.<domain>.<verb>(args)` in the page and returns its result or the message
 * it rejected with. `bytes` names fields of `args` to turn from number arrays into Uint8Array.
 */
function callInPage(page: Page, domain: string, verb: string, args: unknown, bytes: string[] = []) {
  return page.evaluate(
    async ({ domain, verb, args, bytes }): Promise<CallResult> => {
      const tandem = (globalThis as unknown as PageGlobals).tandem as unknown as
        Record<string, Record<string, (a: unknown) => Promise<unknown>>> | undefined;
      const fn = tandem?.[domain]?.[verb];
      if (!fn) return { ok: false, message: `window.tandem.${domain}.${verb} is missing` };
      const prepared: unknown =
        typeof args === 'object' && args !== null
          ? Object.fromEntries(
              Object.entries(args).map(([k, v]) => [
                k,
                bytes.includes(k) ? new Uint8Array(v as number[]) : v,
              ]),
            )
          : args;
      try {
        return { ok: true, value: await fn(prepared) };
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
    { domain, verb, args, bytes },
  );
}

function rawGet(origin: string, rawPath: string): Promise<number> {
  // node:http sends the path as written; fetch() would normalise `%2e%2e` away first.
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('e2e harness', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness();
    page = harness.context.pages()[0] ?? (await harness.newPage());
    await page.goto(harness.appUrl);
  });

  afterAll(async () => {
    await harness.close();
  });

  it('serves the built renderer with the app’s security headers and refuses paths outside it', async () => {
    const response = await fetch(harness.appUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // An encoded slash survives URL parsing, so the path check itself refuses it.
    expect(await rawGet(harness.server.origin, '/..%2f..%2fpackage.json')).toBe(403);
    // Dot segments, encoded or not, are resolved by URL parsing to a path inside the root.
    for (const path of [
      '/%2e%2e/%2e%2e/package.json',
      '/../../package.json',
      '/assets/..%5c..%5cpackage.json',
    ]) {
      expect([403, 404]).toContain(await rawGet(harness.server.origin, path));
    }
    expect(await rawGet(harness.server.origin, '/no-such-file.js')).toBe(404);
  });

  it('gives the page exactly the contract’s channels, frozen, and no generic invoke', async () => {
    const shape = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      const tandem = g.tandem as unknown as Record<string, Record<string, unknown>>;
      return {
        channels: Object.entries(tandem).flatMap(([domain, verbs]) =>
          Object.entries(verbs).map(([verb, fn]) => `tandem:${domain}:${verb}:${typeof fn}`),
        ),
        frozen: Object.isFrozen(tandem) && Object.values(tandem).every((v) => Object.isFrozen(v)),
        leaked: Object.keys(g).filter((k) => /tandem/i.test(k) && k !== 'tandem'),
      };
    });
    // Plus one named subscription per main → renderer event, as the preload has them.
    const subscriptions = mainEventNames.map((name) => `tandem:events:${subscriberName(name)}:function`);
    // And what the preload asked main synchronously before the page's scripts ran.
    const startup = ['tandem:startup:takeAtRestStatus:function'];
    expect(shape.channels.sort()).toEqual(
      [...ipcChannels.map((c) => `${c}:function`), ...subscriptions, ...startup].sort(),
    );
    expect(shape.frozen).toBe(true);
    expect(shape.leaked).toEqual([]);
  });

  it('asks main for the window key synchronously before the page runs, from the main frame, once', async () => {
    const call = harness.ipcCalls.find((c) => c.channel === 'tandem:atRest:readyNow');
    expect(call).toMatchObject({ sender: { isMainFrame: true }, ok: true });
    expect(call?.sender.url.split('#')[0]).toBe(harness.appUrl);
    // The app took it at start; what is left for any later script is nothing.
    const left = await page.evaluate(() =>
      (
        globalThis as unknown as { tandem: { startup: { takeAtRestStatus(): unknown } } }
      ).tandem.startup.takeAtRestStatus(),
    );
    expect(left).toBeNull();
  });

  it('reaches the real app.getInfo handler with the page as the sender', async () => {
    const before = harness.ipcCalls.length;
    const result = await callInPage(page, 'app', 'getInfo', {});
    expect(result).toEqual({ ok: true, value: { name: 'Tandem', version: '0.1.0', platform: 'linux' } });
    const call = harness.ipcCalls.slice(before).find((c) => c.channel === 'tandem:app:getInfo');
    expect(call).toMatchObject({ channel: 'tandem:app:getInfo', sender: { isMainFrame: true }, ok: true });
    // The app's own page (the journal route is a hash on it).
    expect(call?.sender.url.split('#')[0]).toBe(harness.appUrl);
  });

  it('rejects malformed arguments with an error naming the field', async () => {
    const badId = await callInPage(page, 'mirror', 'append', { docId: 'Not An Id!', update: [0, 0] }, [
      'update',
    ]);
    expect(badId).toEqual({
      ok: false,
      message: 'Invalid arguments for tandem:mirror:append: docId must look like "vault" or "item:<id>"',
    });
    const notBytes = await callInPage(page, 'mirror', 'append', { docId: 'vault', update: [1, 2, 3] });
    expect(notBytes.ok).toBe(false);
    expect(notBytes.ok ? '' : notBytes.message).toBe(
      'Invalid arguments for tandem:mirror:append: update must be bytes (a Uint8Array)',
    );
    const badUrl = await callInPage(page, 'shell', 'openExternal', { url: 'javascript:alert(1)' });
    expect(badUrl).toEqual({
      ok: false,
      message: 'Invalid arguments for tandem:shell:openExternal: url must be an http, https or mailto link',
    });
    expect(harness.main.openedExternally).toEqual([]);
  });

  it('carries Yjs updates as bytes both ways and the real mirror writes them to disk', async () => {
    const doc = new Y.Doc();
    doc.getMap('probe').set('written-from', 'the page');
    const update = Y.encodeStateAsUpdate(doc);
    const docId = 'item:harness-probe';
    const result = await page.evaluate(
      async ({ docId, bytes }) => {
        const tandem = (globalThis as unknown as PageGlobals).tandem!;
        const appended = await tandem.mirror.append({ docId, update: new Uint8Array(bytes) });
        const loaded = await tandem.mirror.load({ docId });
        return {
          appended,
          isBytes: loaded.update instanceof Uint8Array,
          loaded: loaded.update ? Array.from(loaded.update) : null,
          damagedRecords: loaded.damagedRecords,
        };
      },
      { docId, bytes: Array.from(update) },
    );
    expect(result.isBytes).toBe(true);
    expect(result.damagedRecords).toBe(0);
    expect(result.appended.bytesOnDisk).toBeGreaterThan(update.byteLength);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, new Uint8Array(result.loaded ?? []));
    expect(restored.getMap('probe').get('written-from')).toBe('the page');

    const folder = join(harness.main.userDataDir, 'documents', docFolderName(docId));
    expect(existsSync(folder)).toBe(true);
    expect((await readdir(folder)).length).toBeGreaterThan(0);
    const fromDisk = await harness.main.mirror.load(docId);
    expect(fromDisk.update).not.toBeNull();
  });

  it('passes valid external links to the OS and records them', async () => {
    const result = await callInPage(page, 'shell', 'openExternal', { url: 'https://example.org/a' });
    expect(result).toEqual({ ok: true, value: { opened: true } });
    expect(harness.main.openedExternally).toEqual(['https://example.org/a']);
  });

  it('refuses calls from a subframe', async () => {
    await page.evaluate(async () => {
      interface MiniDocument {
        createElement(tag: 'iframe'): { srcdoc: string; onload: (() => void) | null };
        body: { appendChild(node: unknown): void };
      }
      const document = (globalThis as unknown as { document: MiniDocument }).document;
      const frame = document.createElement('iframe');
      frame.srcdoc = '<p>child</p>';
      await new Promise<void>((resolve) => {
        frame.onload = resolve;
        document.body.appendChild(frame);
      });
    });
    const child = page.frames().find((f) => f !== page.mainFrame());
    expect(child).toBeDefined();
    const message = await child!.evaluate(async () => {
      const tandem = (globalThis as unknown as PageGlobals).tandem;
      if (!tandem) return 'no window.tandem in the subframe';
      return tandem.app.getInfo({}).then(
        () => 'allowed',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    });
    expect(message).toMatch(/^Refused tandem:app:getInfo from a subframe/);
  });

  it('refuses calls from an origin the main process does not trust', async () => {
    const other = await startStaticServer({ fallback: folderHandler(RENDERER_ROOT, SECURITY_HEADERS) });
    const stranger = await harness.newPage();
    try {
      await stranger.goto(`${other.origin}/`);
      const result = await callInPage(stranger, 'app', 'getInfo', {});
      expect(result).toEqual({
        ok: false,
        message: `Refused tandem:app:getInfo from untrusted origin ${other.origin}`,
      });
    } finally {
      await stranger.close();
      await other.close();
    }
  });
});
