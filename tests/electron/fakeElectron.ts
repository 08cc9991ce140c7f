import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, installed with `vi.mock('electron', ...)`. It records
 * what the main process asks of Electron (window options, handlers, menu) and lets tests play
 * Electron's part (emit events, invoke IPC handlers). Only what Tandem's main uses is faked.
 */

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly mainFrame = { url: 'app://tandem/index.html', parent: null };
  /** What main sent the window (`webContents.send`), in order. */
  readonly sent: { channel: string; payload: unknown }[] = [];
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return false;
  }
  /** How often main reloaded the page (the lock does, so nothing of the journal stays in it). */
  reloads = 0;
  reload(): void {
    this.reloads++;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }

  readonly webContents = new FakeWebContents();
  bounds: Rect;
  maximized = false;
  minimized = false;
  visible = false;
  focused = false;
  destroyed = false;
  loadedUrl: string | null = null;

  constructor(readonly options: Record<string, unknown> & Partial<Rect>) {
    super();
    this.bounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    FakeBrowserWindow.instances.push(this);
    fake.app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  getNormalBounds(): Rect {
    return { ...this.bounds };
  }
  setBounds(bounds: Rect): void {
    this.bounds = { ...bounds };
    this.emit('resize');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isFullScreen(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  maximize(): void {
    this.maximized = true;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  close(): void {
    this.emit('close');
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  name = 'electron';
  isPackaged = true;
  userData = '/nonexistent';
  lockAvailable = true;
  private markReady: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => {
    this.markReady = resolve;
  });
  readonly quit = vi.fn();
  readonly setAppUserModelId = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.lockAvailable);
  whenReady(): Promise<void> {
    return this.ready;
  }
  becomeReady(): void {
    this.markReady();
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return this.userData;
  }
  setPath(name: string, path: string): void {
    if (name !== 'userData') throw new Error(`unexpected setPath(${name})`);
    this.userData = path;
  }
  getVersion(): string {
    return '9.8.7';
  }
  preferredLanguages = ['en-GB'];
  getPreferredSystemLanguages(): string[] {
    return this.preferredLanguages;
  }
}

function createFake() {
  const calls: string[] = [];
  return {
    calls,
    app: new FakeApp(),
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((_scheme: string, _handler: (request: Request) => Promise<Response>) =>
        calls.push('handle'),
      ),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    ipcMain: { handle: vi.fn(), on: vi.fn() },
    // Sleep and screen-lock events, and the system's idle time (seconds since the last input).
    powerMonitor: Object.assign(new EventEmitter(), {
      idleSeconds: 0,
      getSystemIdleTime(): number {
        return this.idleSeconds;
      },
    }),
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    clipboard: { writeText: vi.fn((_text: string) => Promise.resolve()) },
    nativeTheme: { shouldUseDarkColors: false },
    screen: {
      displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getAllDisplays(): { workArea: Rect }[] {
        return this.displays;
      },
      getPrimaryDisplay(): { workArea: Rect } {
        return this.displays[0]!;
      },
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    // No keystore (as on a Linux desktop without one): main's data key and sharing identity wait
    // for the person's choice, so these wiring tests start no key or identity writes.
    safeStorage: {
      isEncryptionAvailable: () => false,
      isAsyncEncryptionAvailable: () => Promise.resolve(false),
      getSelectedStorageBackend: () => 'basic_text',
      encryptStringAsync: () => Promise.reject(new Error('no keystore')),
      decryptStringAsync: () => Promise.reject(new Error('no keystore')),
    },
  };
}

export let fake = createFake();

/** Fresh fakes for each test; the module object handed to vi.mock reads through `fake`. */
export function resetFakeElectron(): void {
  fake = createFake();
  FakeBrowserWindow.instances = [];
}

export const electronModule = {
  get app() {
    return fake.app;
  },
  get protocol() {
    return fake.protocol;
  },
  get session() {
    return fake.session;
  },
  get ipcMain() {
    return fake.ipcMain;
  },
  get powerMonitor() {
    return fake.powerMonitor;
  },
  get shell() {
    return fake.shell;
  },
  get clipboard() {
    return fake.clipboard;
  },
  get nativeTheme() {
    return fake.nativeTheme;
  },
  get screen() {
    return fake.screen;
  },
  get Menu() {
    return fake.Menu;
  },
  get safeStorage() {
    return fake.safeStorage;
  },
  BrowserWindow: FakeBrowserWindow,
};
