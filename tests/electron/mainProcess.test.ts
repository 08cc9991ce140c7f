import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';
import { WINDOW_BACKGROUND } from '../../electron/main/window/mainWindow.electron';
import { fake, FakeBrowserWindow, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

const { startMainProcess, APP_USER_MODEL_ID } = await import('../../electron/main/mainProcess.electron');

let root: string;
let mainDir: string;

beforeEach(async () => {
  resetFakeElectron();
  root = await mkdtemp(join(tmpdir(), 'tandem-main-'));
  mainDir = join(root, 'out', 'main');
  await mkdir(join(root, 'out', 'renderer', 'assets'), { recursive: true });
  await writeFile(join(root, 'out', 'renderer', 'index.html'), '<!doctype html><title>Tandem</title>');
  await writeFile(join(root, 'out', 'renderer', 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'not for the renderer');
  fake.app.userData = join(root, 'userData');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function startReady(options: { platform?: NodeJS.Platform; devServerUrl?: string } = {}) {
  const started = startMainProcess({
    mainDir,
    devServerUrl: options.devServerUrl,
    platform: options.platform ?? 'linux',
    log: () => undefined,
  });
  if (!started) throw new Error('expected the app to start');
  fake.app.becomeReady();
  await started.ready;
  const win = FakeBrowserWindow.instances.at(-1);
  if (!win) throw new Error('expected a window');
  return { started, win };
}

function appHandler(): (request: Request) => Promise<Response> {
  const call = fake.protocol.handle.mock.calls[0];
  if (!call) throw new Error('protocol.handle was not called');
  expect(call[0]).toBe('app');
  return call[1];
}

describe('startup order and single instance', () => {
  it('registers app:// as privileged before ready, and serves it only after', () => {
    startMainProcess({ mainDir, devServerUrl: undefined, platform: 'linux' });
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.protocol.handle).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.app.name).toBe('Tandem');
    expect(fake.app.enableSandbox).toHaveBeenCalled();
  });

  it('quits without opening a window when another instance holds the lock', async () => {
    fake.app.lockAvailable = false;
    const started = startMainProcess({ mainDir, devServerUrl: undefined, platform: 'linux' });
    expect(started).toBeNull();
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    fake.app.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('brings the existing window back when a second instance starts', async () => {
    const { win } = await startReady();
    win.minimized = true;
    fake.app.emit('second-instance', {}, [], '/');
    expect(win.minimized).toBe(false);
    expect(win.visible).toBe(true);
    expect(win.focused).toBe(true);
    expect(fake.app.quit).not.toHaveBeenCalled();
  });

  it('sets the AppUserModelID (equal to the packaged appId) only in a packaged build on Windows', async () => {
    const builderConfig = await readFile('electron-builder.yml', 'utf8');
    expect(builderConfig).toContain(`appId: ${APP_USER_MODEL_ID}`);
    const startFresh = async (platform: NodeJS.Platform, isPackaged: boolean) => {
      resetFakeElectron();
      fake.app.userData = join(root, 'userData');
      fake.app.isPackaged = isPackaged;
      await startReady({ platform });
      return fake.app.setAppUserModelId;
    };
    expect(await startFresh('linux', true)).not.toHaveBeenCalled();
    expect(await startFresh('darwin', true)).not.toHaveBeenCalled();
    // Unpackaged (npm start) there is no installer shortcut carrying the id to match.
    expect(await startFresh('win32', false)).not.toHaveBeenCalled();
    expect(await startFresh('win32', true)).toHaveBeenCalledWith(APP_USER_MODEL_ID);
  });
});

describe('a profile folder of its own (TANDEM_USER_DATA_DIR)', () => {
  it('is used by an unpackaged build, before the single-instance lock', async () => {
    fake.app.isPackaged = false;
    const own = join(root, 'second-profile');
    const lockedWith: string[] = [];
    fake.app.requestSingleInstanceLock.mockImplementation(() => {
      lockedWith.push(fake.app.getPath('userData'));
      return true;
    });
    const started = startMainProcess({
      mainDir,
      devServerUrl: undefined,
      userDataDir: own,
      platform: 'linux',
    });
    expect(lockedWith).toEqual([own]);
    fake.app.becomeReady();
    await started?.ready;
    expect(fake.app.getPath('userData')).toBe(own);
  });

  it('is ignored by a packaged build', () => {
    fake.app.isPackaged = true;
    const before = fake.app.getPath('userData');
    startMainProcess({
      mainDir,
      devServerUrl: undefined,
      userDataDir: join(root, 'elsewhere'),
      platform: 'linux',
    });
    expect(fake.app.getPath('userData')).toBe(before);
  });
});

describe('the main window', () => {
  it('is sandboxed and isolated, with the bundled preload, hidden until painted', async () => {
    const { win } = await startReady();
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: join(root, 'out', 'preload', 'index.cjs'),
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(win.options.show).toBe(false);
    expect(win.visible).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
  });

  it('paints the background for the OS theme', async () => {
    fake.nativeTheme.shouldUseDarkColors = true;
    const dark = (await startReady()).win.options.backgroundColor;
    resetFakeElectron();
    fake.app.userData = join(root, 'userData');
    fake.nativeTheme.shouldUseDarkColors = false;
    const light = (await startReady()).win.options.backgroundColor;
    expect(dark).not.toBe(light);
    expect(light).toBe(WINDOW_BACKGROUND.light);
    expect(dark).toBe(WINDOW_BACKGROUND.dark);
  });

  it('uses the same background colours as the renderer, so the first paint does not flash', async () => {
    const css = await readFile('renderer/src/app/app.css', 'utf8');
    const [light, dark] = [...css.matchAll(/--tandem-bg:\s*(#[0-9a-f]{6})/gi)].map((m) =>
      m[1]?.toLowerCase(),
    );
    expect(
      { light, dark },
      'update WINDOW_BACKGROUND in electron/main/window/mainWindow.electron.ts',
    ).toEqual(WINDOW_BACKGROUND);
  });

  it('loads app://tandem, and the dev server only in unpackaged builds', async () => {
    const packaged = await startReady({ devServerUrl: 'http://localhost:5173/' });
    expect(packaged.win.loadedUrl).toBe('app://tandem/index.html');
    resetFakeElectron();
    fake.app.userData = join(root, 'userData');
    fake.app.isPackaged = false;
    const dev = await startReady({ devServerUrl: 'http://localhost:5173/' });
    expect(dev.win.loadedUrl).toBe('http://localhost:5173/');
    expect((dev.win.options.webPreferences as { devTools: boolean }).devTools).toBe(true);
  });

  it('restores the saved place and maximized state, and saves it on close', async () => {
    await mkdir(fake.app.userData, { recursive: true });
    const saved = { version: 1, bounds: { x: 100, y: 80, width: 900, height: 700 }, isMaximized: true };
    await writeFile(join(fake.app.userData, 'window-state.json'), JSON.stringify(saved));
    const { win } = await startReady();
    expect(win.bounds).toEqual(saved.bounds);
    win.emit('ready-to-show');
    expect(win.maximized).toBe(true);

    win.maximized = false;
    win.bounds = { x: 300, y: 200, width: 1000, height: 650 };
    win.close();
    await vi.waitFor(async () => {
      const written: unknown = JSON.parse(
        await readFile(join(fake.app.userData, 'window-state.json'), 'utf8'),
      );
      expect(written).toEqual({ version: 1, bounds: win.bounds, isMaximized: false });
    });
  });

  it('opens centred at the default size when the saved place is on a display that is gone', async () => {
    await mkdir(fake.app.userData, { recursive: true });
    const saved = { version: 1, bounds: { x: 4000, y: 100, width: 900, height: 700 }, isMaximized: false };
    await writeFile(join(fake.app.userData, 'window-state.json'), JSON.stringify(saved));
    const { win } = await startReady();
    expect(win.bounds).toEqual({ x: 410, y: 160, width: 1100, height: 760 });
  });

  it('quits when the last window closes, except on macOS where activate reopens one', async () => {
    const linux = await startReady({ platform: 'linux' });
    linux.win.close();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalled();

    resetFakeElectron();
    fake.app.userData = join(root, 'userData');
    const mac = await startReady({ platform: 'darwin' });
    mac.win.close();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).not.toHaveBeenCalled();
    fake.app.emit('activate');
    await vi.waitFor(() => expect(FakeBrowserWindow.getAllWindows()).toHaveLength(1));
    expect(mac.started.currentWindow()).not.toBe(mac.win);
  });
});

describe('the app:// protocol as registered', () => {
  it('serves the renderer with the CSP header and refuses paths outside it', async () => {
    await startReady();
    const handle = appHandler();
    const index = await handle(new Request('app://tandem/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('<title>Tandem</title>');

    const script = await handle(new Request('app://tandem/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    for (const url of ['app://tandem/..%2fsecret.txt', 'app://tandem/..%2F..%2Fsecret.txt']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('not for the renderer');
    }
  });
});

describe('locks on every web contents', () => {
  it('denies every permission request and check on the session', async () => {
    await startReady();
    const session = fake.session.defaultSession;
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const callback = vi.fn();
    requestHandler({}, 'media', callback);
    requestHandler({}, 'notifications', callback);
    expect(callback.mock.calls).toEqual([[false], [false]]);
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      ...args: unknown[]
    ) => boolean;
    expect(checkHandler({}, 'geolocation', 'app://tandem', {})).toBe(false);
  });

  it('blocks navigation off the app origin and opens web links externally, never in a window', async () => {
    const { win } = await startReady();
    const contents = win.webContents;
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      contents.emit('will-navigate', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://evil/index.html')).toBe(true);
    expect(navigate('app://tandem/index.html#/goals')).toBe(false);

    expect(contents.windowOpenHandler?.({ url: 'https://example.com/article' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.com/article');
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://tandem/index.html' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(1);

    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

describe('IPC as registered', () => {
  it('handles every contract channel and refuses a foreign origin', async () => {
    await startReady();
    const registered = new Map(
      fake.ipcMain.handle.mock.calls.map(
        ([channel, handler]) =>
          [channel, handler] as [string, (event: unknown, ...args: unknown[]) => Promise<unknown>],
      ),
    );
    expect([...registered.keys()].sort()).toEqual([...ipcChannels].sort());
    const getInfo = registered.get('tandem:app:getInfo')!;
    const frame = (url: string) => ({ url, parent: null });
    const fromApp = frame('app://tandem/index.html');
    await expect(getInfo({ senderFrame: fromApp, sender: { mainFrame: fromApp } }, {})).resolves.toEqual({
      name: 'Tandem',
      version: '9.8.7',
      platform: 'linux',
    });
    const evil = frame('https://evil.example/');
    await expect(getInfo({ senderFrame: evil, sender: { mainFrame: evil } }, {})).rejects.toThrow(
      'Refused tandem:app:getInfo from untrusted origin https://evil.example',
    );
  });
});

describe('copying to the clipboard', () => {
  it("puts the text on Electron's clipboard for the app's main frame, and refuses a foreign origin", async () => {
    await startReady();
    const handler = fake.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === 'tandem:clipboard:writeText',
    )?.[1] as ((event: unknown, args: unknown) => Promise<unknown>) | undefined;
    if (!handler) throw new Error('no clipboard handler registered');
    const from = (url: string) => {
      const frame = { url, parent: null };
      return { senderFrame: frame, sender: { mainFrame: frame } };
    };
    await expect(handler(from('app://tandem/index.html'), { text: 'TANDEM-ABCD-EFGH' })).resolves.toEqual({
      copied: true,
    });
    expect(fake.clipboard.writeText).toHaveBeenCalledWith('TANDEM-ABCD-EFGH');
    await expect(handler(from('https://evil.example/'), { text: 'x' })).rejects.toThrow(/untrusted origin/);
    await expect(handler(from('app://tandem/index.html'), { text: '' })).rejects.toThrow(/text/);
    expect(fake.clipboard.writeText).toHaveBeenCalledTimes(1);
  });

  it('says it did not copy when the system clipboard throws', async () => {
    await startReady();
    fake.clipboard.writeText.mockImplementation(() => Promise.reject(new Error('no clipboard owner')));
    const handler = fake.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === 'tandem:clipboard:writeText',
    )?.[1] as (event: unknown, args: unknown) => Promise<unknown>;
    const frame = { url: 'app://tandem/index.html', parent: null };
    await expect(
      handler({ senderFrame: frame, sender: { mainFrame: frame } }, { text: 'code' }),
    ).resolves.toEqual({
      copied: false,
    });
  });
});

describe('the lock, as wired to Electron', () => {
  type Handler = (event: unknown, args: unknown) => Promise<unknown>;
  const fromApp = () => {
    const frame = { url: 'app://tandem/index.html', parent: null };
    return { senderFrame: frame, sender: { mainFrame: frame } };
  };
  const handler = (channel: string) => {
    const found = fake.ipcMain.handle.mock.calls.find(([c]) => c === channel)?.[1] as Handler | undefined;
    if (!found) throw new Error(`no handler for ${channel}`);
    return found;
  };
  /** No keystore in the fake: the person keeps the key unprotected, so there is a key to lock. */
  async function startUnlocked() {
    const { win } = await startReady();
    await expect(handler('tandem:atRest:choose')(fromApp(), { kind: 'unprotected' })).resolves.toMatchObject({
      state: 'ready',
    });
    return win;
  }
  const flushRequests = (win: Awaited<ReturnType<typeof startUnlocked>>) =>
    win.webContents.sent.filter((m) => m.channel === 'tandem:event:flushBeforeLock').length;
  /** The window answers main's flushBeforeLock once its edits are stored; main then locks. */
  async function windowAnswersFlushed(win: Awaited<ReturnType<typeof startUnlocked>>) {
    expect(flushRequests(win)).toBeGreaterThan(0);
    expect(win.webContents.reloads).toBe(0);
    await expect(handler('tandem:atRest:flushed')(fromApp(), {})).resolves.toEqual({});
    await vi.waitFor(() => expect(win.webContents.reloads).toBe(1));
  }

  it.each(['lock-screen', 'suspend'] as const)(
    'locks on the system’s %s event: the window stores its edits, then is reloaded and refused its key',
    async (event) => {
      const win = await startUnlocked();
      fake.powerMonitor.emit(event);
      // Not before the window has stored its last edits (it is asked first).
      await expect(handler('tandem:atRest:status')(fromApp(), {})).resolves.toMatchObject({ state: 'ready' });
      await windowAnswersFlushed(win);
      await expect(handler('tandem:atRest:status')(fromApp(), {})).resolves.toEqual({ state: 'locked' });
      // A second event while locked changes nothing.
      fake.powerMonitor.emit(event);
      expect(win.webContents.reloads).toBe(1);
      await expect(handler('tandem:atRest:resume')(fromApp(), {})).resolves.toMatchObject({ state: 'ready' });
    },
  );

  it('locks after ten minutes without input, read from powerMonitor on a timer', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const win = await startUnlocked();
      fake.powerMonitor.idleSeconds = 9 * 60;
      vi.advanceTimersByTime(60_000);
      expect(win.webContents.reloads).toBe(0);
      fake.powerMonitor.idleSeconds = 10 * 60;
      vi.advanceTimersByTime(15_000);
      await windowAnswersFlushed(win);
      await expect(handler('tandem:atRest:status')(fromApp(), {})).resolves.toEqual({ state: 'locked' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('puts Lock Tandem in the File menu with its shortcut, and it locks', async () => {
    const win = await startUnlocked();
    const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as {
      role?: string;
      submenu?: { id?: string; accelerator?: string; label?: string; click?: () => void }[];
    }[];
    const item = template.find((menu) => menu.role === 'fileMenu')?.submenu?.find((i) => i.id === 'lock');
    expect(item).toMatchObject({ label: 'Lock Tandem', accelerator: 'CmdOrCtrl+Shift+L' });
    item!.click!();
    await windowAnswersFlushed(win);
  });

  it('Settings → Lock: the window changes when it locks by itself, applied at once and kept', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const win = await startUnlocked();
      await expect(handler('tandem:atRest:lockSettings')(fromApp(), {})).resolves.toEqual({
        enabled: true,
        idleMinutes: 10,
        onSleep: true,
      });
      // A minute the menu does not offer is refused by the contract; nothing changes.
      await expect(
        handler('tandem:atRest:setLockSettings')(fromApp(), { enabled: true, idleMinutes: 7, onSleep: true }),
      ).rejects.toThrow();
      const chosen = { enabled: true, idleMinutes: 5, onSleep: false };
      await expect(handler('tandem:atRest:setLockSettings')(fromApp(), chosen)).resolves.toEqual(chosen);
      fake.powerMonitor.emit('suspend');
      expect(flushRequests(win)).toBe(0);
      fake.powerMonitor.idleSeconds = 5 * 60;
      vi.advanceTimersByTime(15_000);
      await windowAnswersFlushed(win);
      await expect(handler('tandem:atRest:lockSettings')(fromApp(), {})).resolves.toEqual(chosen);
    } finally {
      vi.useRealTimers();
    }
  });

  it('locks anyway when the window does not answer within the bounded wait', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const win = await startUnlocked();
      fake.powerMonitor.emit('suspend');
      expect(flushRequests(win)).toBe(1);
      await vi.advanceTimersByTimeAsync(1_900);
      expect(win.webContents.reloads).toBe(0);
      await vi.advanceTimersByTimeAsync(100);
      expect(win.webContents.reloads).toBe(1);
      await expect(handler('tandem:atRest:status')(fromApp(), {})).resolves.toEqual({ state: 'locked' });
    } finally {
      vi.useRealTimers();
    }
  });
});
