import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';
import { copyOfBuild, OUT_DIR, PROJECT_ROOT } from './support/buildOutputs';
import { BuiltMain } from './support/builtMain';
import { channelCoverageProblems } from './support/channelCoverage';
import { invokableChannels, runPreloadSandboxed } from './support/sandboxedPreload';
import { compileStandIn, type CompiledStandIn } from './support/standInBuild';

/**
 * out/main/index.js, imported by a child Node process whose `electron` is the stand-in, driven
 * through start-up as Electron drives it: the module loads, `ready` fires, the window opens and
 * loads the page from the app's own protocol, the page calls main, the person quits.
 */

const APP_PAGE = 'app://tandem/index.html';
const mainFrame = (url = APP_PAGE) => ({ url, isMainFrame: true });
const packageJson = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

let standIn: CompiledStandIn;
const running: BuiltMain[] = [];
const folders: string[] = [];

beforeAll(async () => {
  standIn = await compileStandIn();
});
afterAll(async () => {
  await standIn.remove();
});
afterEach(async () => {
  for (const main of running.splice(0)) await main.kill();
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function userData(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'tandem-built-userdata-'));
  folders.push(folder);
  return folder;
}

function start(options: { appDir?: string; userDataDir: string }): BuiltMain {
  const main = BuiltMain.start({
    standIn,
    appDir: options.appDir ?? PROJECT_ROOT,
    userDataDir: options.userDataDir,
  });
  running.push(main);
  return main;
}

/** Started, ready, its window created and the page "loaded". */
async function startToWindow(userDataDir?: string) {
  const main = start({ userDataDir: userDataDir ?? (await userData()) });
  await main.waitFor('the single-instance lock', (r) =>
    r.kind === 'call' && r.api === 'app.requestSingleInstanceLock' ? r : undefined,
  );
  main.becomeReady();
  const window = await main.firstWindow();
  const url = await main.loadedUrl(window.windowId);
  return { main, window, url };
}

describe('the built main starts as Electron starts it', () => {
  it('turns on the sandbox, registers app:// as privileged and takes the lock before ready, and opens nothing yet', async () => {
    const main = start({ userDataDir: await userData() });
    await main.waitFor('the single-instance lock', (r) =>
      r.kind === 'call' && r.api === 'app.requestSingleInstanceLock' ? r : undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const beforeReady = main.calls.filter((c) => c.beforeReady);
    expect(beforeReady.map((c) => c.api)).toEqual(
      expect.arrayContaining([
        'app.enableSandbox',
        'protocol.registerSchemesAsPrivileged',
        'app.requestSingleInstanceLock',
      ]),
    );
    expect(beforeReady.find((c) => c.api === 'protocol.registerSchemesAsPrivileged')?.detail).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    // Electron refuses windows, protocol handlers and the session before ready; the stand-in too.
    expect(main.reports.filter((r) => r.kind === 'window-created' || r.kind === 'protocol-handle')).toEqual(
      [],
    );
    expect(main.calls.filter((c) => c.api === 'app.setAppUserModelId')).toEqual([]);
  });

  it('opens one window, isolated and sandboxed, whose preload exists, on app://tandem', async () => {
    const { main, window, url } = await startToWindow();
    const options = window.options as { show: boolean; webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      devTools: false,
    });
    const preload = options.webPreferences.preload;
    expect(preload).toBe(join(OUT_DIR, 'preload', 'index.cjs'));
    expect(existsSync(String(preload))).toBe(true);
    expect(url).toBe(APP_PAGE);
    expect(main.reports.some((r) => r.kind === 'protocol-handle' && r.scheme === 'app')).toBe(true);
    // Hidden until its first paint, then shown.
    expect(options.show).toBe(false);
    expect(main.reports.some((r) => r.kind === 'window-shown')).toBe(false);
    main.send({ kind: 'page-loaded', windowId: window.windowId });
    await main.waitFor('the window to show', (r) => (r.kind === 'window-shown' ? r : undefined));
  });

  it('serves the built page on app:// with its Content-Security-Policy', async () => {
    const { main } = await startToWindow();
    const page = await main.fetch(APP_PAGE);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self';/);
    expect(Buffer.from(page.body).toString()).toBe(
      await readFile(join(OUT_DIR, 'renderer', 'index.html'), 'utf8'),
    );
    const script = (await readdir(join(OUT_DIR, 'renderer', 'assets'))).find((name) => name.endsWith('.js'));
    const asset = await main.fetch(`app://tandem/assets/${String(script)}`);
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('refuses paths out of the page’s folder, however they are spelled, and other hosts', async () => {
    const { main } = await startToWindow();
    const mainSource = await readFile(join(OUT_DIR, 'main', 'index.js'), 'utf8');
    for (const url of [
      'app://tandem/..%2fmain%2findex.js',
      'app://tandem/%2e%2e%2fmain/index.js',
      'app://tandem/assets/..%2f..%2fmain/index.js',
      'app://tandem/..%5cmain%5cindex.js',
      'app://tandem/%2e%2e/%2e%2e/package.json',
      'app://tandem/%00index.html',
      'app://elsewhere/index.html',
    ]) {
      const response = await main.fetch(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      const body = Buffer.from(response.body).toString();
      expect(body, url).not.toContain('registerSchemesAsPrivileged');
      expect(body.length, url).toBeLessThan(mainSource.length);
    }
  });

  it('handles every channel the built preload can invoke, and nothing else', async () => {
    const { main } = await startToWindow();
    const preloadChannels = await invokableChannels(
      await runPreloadSandboxed(join(OUT_DIR, 'preload', 'index.cjs')),
    );
    expect(preloadChannels.length).toBeGreaterThan(20);
    expect(channelCoverageProblems(preloadChannels, main.handledChannels)).toEqual([]);
    // And the check names a gap, either way round.
    const [first, ...rest] = main.handledChannels;
    expect(channelCoverageProblems(preloadChannels, rest)).toEqual([
      `${String(first)}: the preload invokes it, but the built main registers no handler`,
    ]);
    expect(channelCoverageProblems(preloadChannels, [...main.handledChannels, 'tandem:debug:eval'])).toEqual([
      'tandem:debug:eval: the built main handles it, but no preload function invokes it',
    ]);
  });

  it('answers the page’s main frame through the real handlers, and refuses subframes and other origins', async () => {
    const { main, window } = await startToWindow();
    const id = window.windowId;
    await expect(main.invoke(id, 'tandem:app:getInfo', [{}], mainFrame())).resolves.toEqual({
      name: 'Tandem',
      version: packageJson.version,
      platform: 'linux',
    });
    await expect(
      main.invoke(id, 'tandem:app:getInfo', [{}], { url: 'app://tandem/frame.html', isMainFrame: false }),
    ).rejects.toThrow('Refused tandem:app:getInfo from a subframe');
    await expect(
      main.invoke(id, 'tandem:app:getInfo', [{}], mainFrame('https://evil.example/')),
    ).rejects.toThrow('untrusted origin https://evil.example');
  });

  it('copies an invitation code to the system clipboard through main', async () => {
    const { main, window } = await startToWindow();
    await expect(
      main.invoke(window.windowId, 'tandem:clipboard:writeText', [{ text: 'TANDEM-7Q2M-XK4P' }], mainFrame()),
    ).resolves.toEqual({ copied: true });
    expect(main.reports.filter((r) => r.kind === 'clipboard')).toEqual([
      { kind: 'clipboard', text: 'TANDEM-7Q2M-XK4P' },
    ]);
  });

  it('grants the page no web permission and keeps it on app://', async () => {
    const { main, window } = await startToWindow();
    for (const permission of [
      'clipboard-sanitized-write',
      'clipboard-read',
      'media',
      'notifications',
      'geolocation',
    ]) {
      expect(await main.permissionCheck(permission, 'app://tandem'), permission).toBe(false);
    }
    expect(await main.navigationAllowed(window.windowId, 'https://evil.example/')).toBe(false);
    expect(await main.navigationAllowed(window.windowId, 'file:///etc/passwd')).toBe(false);
    expect(await main.navigationAllowed(window.windowId, 'app://tandem/index.html#/goals')).toBe(true);
  });

  it('keeps an edit the page saved, and quits with code 0 when the person quits', async () => {
    const folder = await userData();
    const { main, window } = await startToWindow(folder);
    const doc = new Y.Doc();
    doc.getMap('entry').set('title', 'Written before quitting');
    await main.invoke(
      window.windowId,
      'tandem:mirror:append',
      [{ docId: 'item:quitting', update: Y.encodeStateAsUpdate(doc) }],
      mainFrame(),
    );
    expect(await main.quit()).toBe(0);
    expect(main.reports.some((r) => r.kind === 'exiting' && r.code === 0)).toBe(true);

    const again = await startToWindow(folder);
    const loaded = (await again.main.invoke(
      again.window.windowId,
      'tandem:mirror:load',
      [{ docId: 'item:quitting' }],
      mainFrame(),
    )) as {
      update: Uint8Array;
    };
    const reopened = new Y.Doc();
    Y.applyUpdate(reopened, loaded.update);
    expect(reopened.getMap('entry').get('title')).toBe('Written before quitting');
  });

  it('keeps the language chosen in Settings across a restart', async () => {
    const folder = await userData();
    const first = await startToWindow(folder);
    await expect(
      first.main.invoke(first.window.windowId, 'tandem:app:getLocale', [{}], mainFrame()),
    ).resolves.toEqual({
      locale: 'en',
      choice: null,
    });
    await expect(
      first.main.invoke(first.window.windowId, 'tandem:app:setLocale', [{ choice: 'de' }], mainFrame()),
    ).resolves.toEqual({ locale: 'de' });
    expect(await first.main.quit()).toBe(0);
    const again = await startToWindow(folder);
    await expect(
      again.main.invoke(again.window.windowId, 'tandem:app:getLocale', [{}], mainFrame()),
    ).resolves.toEqual({
      locale: 'de',
      choice: 'de',
    });
  });

  it('a second start with the same profile quits at once and opens no window', async () => {
    const folder = await userData();
    await startToWindow(folder);
    const second = start({ userDataDir: folder });
    const status = await second.exited;
    expect(status.code).toBe(0);
    expect(second.reports.filter((r) => r.kind === 'window-created')).toEqual([]);
    expect(second.calls.map((c) => c.api)).toContain('app.quit');
  });
});

describe('a main bundle that does not parse', () => {
  it('fails to start, and the failure names the file and the error', async () => {
    const copy = await copyOfBuild();
    folders.push(copy);
    const mainFile = join(copy, 'out', 'main', 'index.js');
    await appendFile(mainFile, '\nconst require = 1;\nvar require = 2;\n');
    const main = start({ appDir: copy, userDataDir: await userData() });
    const failure = main.firstWindow();
    await expect(failure).rejects.toThrow(mainFile);
    await expect(failure).rejects.toThrow("SyntaxError: Identifier 'require' has already been declared");
  });
});
