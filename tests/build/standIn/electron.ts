import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Electron from 'electron';
import { controlMessageSchema, STAND_IN_ENV, type ControlMessage, type Report } from './protocol.js';

/**
 * The `electron` module as the built main bundle sees it when the build-output tests run it in
 * plain Node (Electron's binary cannot be downloaded here). A module-resolution hook maps the
 * `electron` specifier to this file (resolveElectron.ts). It follows Electron's own
 * electron.d.ts for every API Tandem's main uses — names, signatures, and the rules Electron
 * enforces at run time (no window, protocol handler, screen or session before `ready`; no
 * privileged schemes or sandbox switch after it; one handler per IPC channel) — and reports
 * each use to the test process, which plays the rest of Electron: the ready event, the page,
 * the renderer's IPC calls, protocol requests and quitting (see protocol.ts).
 */

function envValue(name: string): string {
  const value = process.env[name];
  if (value === undefined)
    throw new Error(`The electron stand-in needs ${name}; start it through the test driver`);
  return value;
}

const send = process.send?.bind(process);
if (!send) throw new Error('The electron stand-in must run in a child process the test driver forked');
function report(message: Report, then?: () => void): void {
  send?.(message, undefined, undefined, () => then?.());
}

let isAppReady = false;
function record(api: string, detail?: unknown): void {
  report({ kind: 'call', api, beforeReady: !isAppReady, detail: detail ?? null });
}
function requireReady(what: string): void {
  if (!isAppReady)
    throw new Error(`${what} cannot be used before the app is ready (Electron throws here too)`);
}

/** Electron's event objects: `preventDefault()` and `defaultPrevented`. */
class StandInEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** Structured-clone-safe copy of options (functions and class instances other than plain data dropped). */
function cloneable(value: unknown): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (Array.isArray(value)) return value.map(cloneable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .map(([key, inner]) => [key, cloneable(inner)] as const)
        .filter(([, inner]) => inner !== undefined),
    );
  }
  return value;
}

const userDataDir = envValue(STAND_IN_ENV.userData);
const appPath = envValue(STAND_IN_ENV.appPath);
const appPackage = JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8')) as {
  name: string;
  productName?: string;
  version: string;
};

// ---------------------------------------------------------------------------------------------
// Windows and web contents

interface StandInFrame {
  url: string;
  parent: StandInFrame | null;
  top: StandInFrame | null;
}

let nextWebContentsId = 1;

class StandInWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame: StandInFrame = { url: '', parent: null, top: null };
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  private destroyed = false;

  constructor(readonly windowId: number) {
    super();
    this.mainFrame.top = this.mainFrame;
  }
  get session(): typeof defaultSession {
    return defaultSession;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isLoading(): boolean {
    return false;
  }
  markDestroyed(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    report({ kind: 'webcontents-send', windowId: this.windowId, channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  printToPDF(): Promise<Buffer> {
    return Promise.reject(
      new Error('printToPDF needs Chromium; the build-output tests print with Chromium directly'),
    );
  }
}

interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

let nextWindowId = 1;
const pendingLoads = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
let quitting = false;

class StandInBrowserWindow extends EventEmitter {
  private static readonly open = new Map<number, StandInBrowserWindow>();
  static getAllWindows(): StandInBrowserWindow[] {
    return [...StandInBrowserWindow.open.values()];
  }
  static fromId(id: number): StandInBrowserWindow | null {
    return StandInBrowserWindow.open.get(id) ?? null;
  }
  static fromWebContents(contents: StandInWebContents): StandInBrowserWindow | null {
    return StandInBrowserWindow.open.get(contents.windowId) ?? null;
  }
  static getFocusedWindow(): StandInBrowserWindow | null {
    return StandInBrowserWindow.getAllWindows().find((win) => win.focused) ?? null;
  }

  readonly id = nextWindowId++;
  readonly webContents = new StandInWebContents(this.id);
  private bounds: Rectangle;
  private destroyed = false;
  private visible: boolean;
  private maximized = false;
  private minimized = false;
  private focused = false;
  private title: string;

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    requireReady('BrowserWindow');
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.visible = options.show ?? true;
    this.title = options.title ?? appPackage.productName ?? appPackage.name;
    StandInBrowserWindow.open.set(this.id, this);
    report({ kind: 'window-created', windowId: this.id, options: cloneable(options) });
    app.emit('web-contents-created', new StandInEvent(), this.webContents);
    app.emit('browser-window-created', new StandInEvent(), this);
  }

  loadURL(url: string): Promise<void> {
    this.webContents.mainFrame.url = url;
    report({ kind: 'load-url', windowId: this.id, url });
    return new Promise((resolve, reject) => pendingLoads.set(this.id, { resolve, reject }));
  }
  /** The page finished loading: as in Electron, `did-finish-load`, then `ready-to-show`. */
  pageLoaded(): void {
    pendingLoads.get(this.id)?.resolve();
    pendingLoads.delete(this.id);
    this.webContents.emit('did-finish-load');
    this.emit('ready-to-show');
  }
  pageFailed(message: string): void {
    pendingLoads.get(this.id)?.reject(new Error(message));
    pendingLoads.delete(this.id);
    this.webContents.emit('did-fail-load', new StandInEvent(), -2, message, this.webContents.getURL(), true);
  }

  show(): void {
    this.visible = true;
    this.focused = true;
    report({ kind: 'window-shown', windowId: this.id });
  }
  hide(): void {
    this.visible = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    this.focused = true;
    this.emit('focus');
  }
  blur(): void {
    this.focused = false;
    this.emit('blur');
  }
  isFocused(): boolean {
    return this.focused;
  }
  close(): void {
    if (this.destroyed) return;
    const event = new StandInEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    StandInBrowserWindow.open.delete(this.id);
    this.webContents.markDestroyed();
    this.emit('closed');
    report({ kind: 'window-closed', windowId: this.id });
    if (StandInBrowserWindow.open.size === 0 && !quitting) app.lastWindowClosed();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getBounds(): Rectangle {
    return { ...this.bounds };
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
    this.emit('resize');
    this.emit('move');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }
  unmaximize(): void {
    this.maximized = false;
    this.emit('unmaximize');
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
    this.emit('minimize');
  }
  restore(): void {
    this.minimized = false;
    this.emit('restore');
  }
  isFullScreen(): boolean {
    return false;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): void {
    this.title = title;
  }
}

// ---------------------------------------------------------------------------------------------
// app

/** Electron's single-instance lock is per userData folder; here it is a file holding the pid. */
const lockFile = join(userDataDir, 'SingletonLock');
let holdsLock = false;

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function claimLock(): boolean {
  mkdirSync(userDataDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      process.on('exit', () => rmSync(lockFile, { force: true }));
      return true;
    } catch {
      const holder = Number(readFileSync(lockFile, 'utf8'));
      if (Number.isInteger(holder) && processIsAlive(holder)) return false;
      rmSync(lockFile, { force: true });
    }
  }
  return false;
}

class StandInApp extends EventEmitter {
  private appName = appPackage.productName ?? appPackage.name;
  readonly isPackaged = process.env[STAND_IN_ENV.packaged] === '1';
  readonly commandLine = {
    appendSwitch: (name: string, value?: string) => record('app.commandLine.appendSwitch', { name, value }),
    hasSwitch: () => false,
    getSwitchValue: () => '',
  };
  private markReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.markReady = resolve;
  });
  private readonly paths = new Map<string, string>([
    ['userData', userDataDir],
    ['appData', join(userDataDir, '..')],
    ['home', join(userDataDir, 'home')],
    ['documents', join(userDataDir, 'Documents')],
    ['downloads', join(userDataDir, 'Downloads')],
    ['desktop', join(userDataDir, 'Desktop')],
    ['temp', tmpdir()],
    ['logs', join(userDataDir, 'logs')],
  ]);

  get name(): string {
    return this.appName;
  }
  set name(value: string) {
    record('app.name', value);
    this.appName = value;
  }
  getName(): string {
    return this.appName;
  }
  getVersion(): string {
    return appPackage.version;
  }
  getAppPath(): string {
    return appPath;
  }
  getLocale(): string {
    return 'en-GB';
  }
  getPreferredSystemLanguages(): string[] {
    return ['en-GB'];
  }
  getPath(name: string): string {
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  setPath(name: string, path: string): void {
    record('app.setPath', { name, path });
    this.paths.set(name, path);
  }
  enableSandbox(): void {
    if (isAppReady) throw new Error('app.enableSandbox() can only be called before app is ready');
    record('app.enableSandbox');
  }
  setAppUserModelId(id: string): void {
    record('app.setAppUserModelId', id);
  }
  requestSingleInstanceLock(): boolean {
    record('app.requestSingleInstanceLock');
    holdsLock = claimLock();
    return holdsLock;
  }
  hasSingleInstanceLock(): boolean {
    return holdsLock;
  }
  isReady(): boolean {
    return isAppReady;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  becomeReady(): void {
    if (isAppReady) return;
    isAppReady = true;
    this.emit('will-finish-launching');
    this.markReady();
    this.emit('ready', new StandInEvent(), {});
  }
  focus(): void {
    record('app.focus');
  }
  quit(): void {
    record('app.quit');
    // Electron quits asynchronously: the call returns, then the sequence runs.
    setImmediate(() => this.runQuitSequence());
  }
  exit(code = 0): void {
    record('app.exit', code);
    report({ kind: 'exiting', code }, () => process.exit(code));
  }
  /** With no windows left, Electron emits window-all-closed, or quits when nobody listens. */
  lastWindowClosed(): void {
    if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
    else this.quit();
  }
  /** before-quit → windows close → will-quit → quit → exit, each step cancellable as in Electron. */
  private runQuitSequence(): void {
    const beforeQuit = new StandInEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    quitting = true;
    for (const win of StandInBrowserWindow.getAllWindows()) win.close();
    if (StandInBrowserWindow.getAllWindows().length > 0) {
      quitting = false;
      return;
    }
    const willQuit = new StandInEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      quitting = false;
      report({ kind: 'quit-delayed' });
      return;
    }
    this.emit('quit', new StandInEvent(), 0);
    report({ kind: 'exiting', code: 0 }, () => process.exit(0));
  }
}

const app = new StandInApp();

// ---------------------------------------------------------------------------------------------
// IPC, protocols, session

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
const ipcHandlers = new Map<string, InvokeHandler>();

const ipcMain = Object.assign(new EventEmitter(), {
  handle(channel: string, listener: InvokeHandler): void {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, listener);
    report({ kind: 'ipc-handle', channel });
  },
  handleOnce(channel: string, listener: InvokeHandler): void {
    ipcMain.handle(channel, (event, ...args) => {
      ipcHandlers.delete(channel);
      return listener(event, ...args);
    });
  },
  removeHandler(channel: string): void {
    ipcHandlers.delete(channel);
  },
});

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
const protocolHandlers = new Map<string, ProtocolHandler>();

const protocol = {
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    if (isAppReady)
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    record('protocol.registerSchemesAsPrivileged', cloneable(schemes));
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    requireReady('protocol.handle');
    if (protocolHandlers.has(scheme)) throw new Error(`Protocol "${scheme}" is already handled`);
    protocolHandlers.set(scheme, handler);
    report({ kind: 'protocol-handle', scheme });
  },
  unhandle(scheme: string): void {
    protocolHandlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return protocolHandlers.has(scheme);
  },
};

type PermissionCheck = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
let permissionCheckHandler: PermissionCheck | null = null;

const defaultSession = {
  setPermissionRequestHandler(handler: unknown): void {
    record('session.setPermissionRequestHandler', handler === null ? 'cleared' : 'set');
  },
  setPermissionCheckHandler(handler: PermissionCheck | null): void {
    permissionCheckHandler = handler;
    record('session.setPermissionCheckHandler', handler === null ? 'cleared' : 'set');
  },
  setDevicePermissionHandler(handler: unknown): void {
    record('session.setDevicePermissionHandler', handler === null ? 'cleared' : 'set');
  },
};

const session = {
  get defaultSession(): typeof defaultSession {
    requireReady('session.defaultSession');
    return defaultSession;
  },
};

// ---------------------------------------------------------------------------------------------
// The rest of Electron that Tandem's main touches

const screen = {
  getAllDisplays(): { workArea: Rectangle; bounds: Rectangle; scaleFactor: number }[] {
    requireReady("The 'screen' module");
    const area = { x: 0, y: 0, width: 1920, height: 1080 };
    return [{ workArea: area, bounds: area, scaleFactor: 1 }];
  },
  getPrimaryDisplay(): { workArea: Rectangle; bounds: Rectangle; scaleFactor: number } {
    const [primary] = screen.getAllDisplays();
    if (!primary) throw new Error('no display');
    return primary;
  },
};

const nativeTheme = Object.assign(new EventEmitter(), {
  shouldUseDarkColors: process.env[STAND_IN_ENV.darkMode] === '1',
  themeSource: 'system',
});

class StandInMenu {
  constructor(readonly items: unknown[]) {}
  static buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): StandInMenu {
    return new StandInMenu(template);
  }
  static setApplicationMenu(menu: StandInMenu | null): void {
    record('Menu.setApplicationMenu', menu === null ? null : cloneable(menu.items));
  }
}

const shell = {
  openExternal(url: string): Promise<void> {
    record('shell.openExternal', url);
    return Promise.resolve();
  },
};

/** The person cancels every native dialog: the build-output tests choose no files. */
const dialog = {
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    record('dialog.showSaveDialog', cloneable(args.at(-1)));
    return Promise.resolve({ canceled: true, filePath: '' });
  },
  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    record('dialog.showOpenDialog', cloneable(args.at(-1)));
    return Promise.resolve({ canceled: true, filePaths: [] });
  },
  showErrorBox(title: string, content: string): void {
    record('dialog.showErrorBox', { title, content });
  },
};

let clipboardText = '';
const clipboard = {
  writeText(text: string): Promise<void> {
    clipboardText = text;
    report({ kind: 'clipboard', text });
    return Promise.resolve();
  },
  readText(): Promise<string> {
    return Promise.resolve(clipboardText);
  },
};

/** A keystore that works (or, with TANDEM_STAND_IN_KEYSTORE=0, is absent) and survives restarts. */
const keystoreKey = createHash('sha256').update(`stand-in keystore for ${userDataDir}`).digest();
const hasKeystore = process.env[STAND_IN_ENV.keystore] !== '0';
const safeStorage = {
  isEncryptionAvailable: (): boolean => isAppReady && hasKeystore,
  isAsyncEncryptionAvailable: (): Promise<boolean> => Promise.resolve(isAppReady && hasKeystore),
  getSelectedStorageBackend: (): string => (hasKeystore ? 'gnome_libsecret' : 'basic_text'),
  encryptStringAsync(plainText: string): Promise<Buffer> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', keystoreKey, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Promise.resolve(Buffer.concat([iv, cipher.getAuthTag(), body]));
  },
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    const decipher = createDecipheriv('aes-256-gcm', keystoreKey, encrypted.subarray(0, 12));
    decipher.setAuthTag(encrypted.subarray(12, 28));
    const result = Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString(
      'utf8',
    );
    return Promise.resolve({ shouldReEncrypt: false, result });
  },
};

/**
 * Sleep, screen lock and the system's idle time. As in Electron, it cannot be used before ready;
 * the stand-in's user never leaves the keyboard and its computer never sleeps.
 */
class StandInPowerMonitor extends EventEmitter {
  override on(event: string | symbol, listener: (...args: unknown[]) => void): this {
    requireReady('powerMonitor.on');
    return super.on(event, listener);
  }
  getSystemIdleTime(): number {
    requireReady('powerMonitor.getSystemIdleTime');
    return 0;
  }
}
const powerMonitor = new StandInPowerMonitor();

class StandInNotification extends EventEmitter {
  static isSupported(): boolean {
    return true;
  }
  constructor(private readonly options: { title?: string; body?: string } = {}) {
    super();
  }
  show(): void {
    report({ kind: 'notification', title: this.options.title ?? '', body: this.options.body ?? '' });
    this.emit('show');
  }
  close(): void {
    this.emit('close');
  }
}

// ---------------------------------------------------------------------------------------------
// The test driver's side

function reply(id: number, work: () => unknown): void {
  Promise.resolve()
    .then(work)
    .then(
      (value) => report({ kind: 'reply', id, ok: true, value }),
      (error: unknown) =>
        report({
          kind: 'reply',
          id,
          ok: false,
          value: null,
          message: error instanceof Error ? error.message : String(error),
        }),
    );
}

function windowById(id: number): StandInBrowserWindow {
  const win = StandInBrowserWindow.fromId(id);
  if (!win) throw new Error(`No open window ${id}`);
  return win;
}

/** The `event` ipcMain handlers get: the sending web contents and frame, as Electron gives them. */
function invokeEvent(win: StandInBrowserWindow, frame: { url: string; isMainFrame: boolean }) {
  const contents = win.webContents;
  let senderFrame: StandInFrame;
  if (frame.isMainFrame) {
    contents.mainFrame.url = frame.url;
    senderFrame = contents.mainFrame;
  } else {
    senderFrame = { url: frame.url, parent: contents.mainFrame, top: contents.mainFrame };
  }
  return { sender: contents, senderFrame, frameId: frame.isMainFrame ? 1 : 2, processId: 1, type: 'frame' };
}

async function answerProtocolRequest(url: string, method: string) {
  const scheme = new URL(url).protocol.slice(0, -1);
  const handler = protocolHandlers.get(scheme);
  if (!handler) throw new Error(`No handler for the ${scheme}: scheme`);
  const response = await handler(new Request(url, { method }));
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: new Uint8Array(await response.arrayBuffer()),
  };
}

function onControl(message: ControlMessage): void {
  switch (message.kind) {
    case 'become-ready':
      app.becomeReady();
      return;
    case 'page-loaded':
      windowById(message.windowId).pageLoaded();
      return;
    case 'page-failed':
      windowById(message.windowId).pageFailed(message.message);
      return;
    case 'invoke':
      reply(message.id, () => {
        const handler = ipcHandlers.get(message.channel);
        if (!handler) throw new Error(`No handler registered for '${message.channel}'`);
        return handler(invokeEvent(windowById(message.windowId), message.frame), ...message.args);
      });
      return;
    case 'protocol-request':
      reply(message.id, () => answerProtocolRequest(message.url, message.method));
      return;
    case 'permission-check':
      reply(message.id, () => permissionCheckHandler?.(null, message.permission, message.origin, {}) ?? true);
      return;
    case 'navigate':
      reply(message.id, () => {
        const event = Object.assign(new StandInEvent(), { url: message.url });
        windowById(message.windowId).webContents.emit('will-navigate', event);
        return { allowed: !event.defaultPrevented };
      });
      return;
    case 'close-window':
      windowById(message.windowId).close();
      return;
    case 'quit':
      app.quit();
      return;
  }
}

process.on('message', (raw: unknown) => {
  const parsed = controlMessageSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`The electron stand-in got a malformed control message: ${parsed.error.message}`);
  onControl(parsed.data);
});
// The IPC channel must not keep a quit app alive, nor end it early: Electron's process lives
// until the app quits, whatever its event loop holds.
process.channel?.unref();
const keepAlive = setInterval(() => undefined, 1 << 30);
app.on('quit', () => clearInterval(keepAlive));
// A test process that went away takes its app with it, as closing Electron's last handle would.
process.on('disconnect', () => process.exit(0));

const BrowserWindow = StandInBrowserWindow;
const Menu = StandInMenu;
const Notification = StandInNotification;

export {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
};
export default {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
};
