import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  protocolResponseSchema,
  reportSchema,
  STAND_IN_ENV,
  type ControlMessage,
  type ProtocolResponse,
  type Report,
} from '../standIn/protocol';
import type { CompiledStandIn } from './standInBuild';

/**
 * Drives the built main bundle (out/main/index.js, exactly as electron-vite wrote it) in a
 * child Node process whose `electron` resolves to the stand-in. The test plays Electron's
 * part: it makes the app ready, loads pages, sends the renderer's IPC calls and protocol
 * requests, and quits; everything the app asked of Electron comes back as reports.
 */

export interface BuiltMainOptions {
  standIn: CompiledStandIn;
  /** The folder holding package.json and out/ (the project, or an unpacked app.asar). */
  appDir: string;
  userDataDir: string;
  /** `app.isPackaged`: true for what an installer ships (app:// origin, no dev server). */
  packaged?: boolean;
  /** Whether an OS keystore is there for the sharing identity (default: yes). */
  keystore?: boolean;
  /** Extra environment, e.g. ELECTRON_RENDERER_URL. */
  env?: Record<string, string>;
}

export type Frame = { url: string; isMainFrame: boolean };

const DEFAULT_TIMEOUT_MS = 20_000;

export class BuiltMain {
  readonly reports: Report[] = [];
  private readonly listeners = new Set<(report: Report) => void>();
  private readonly output: string[] = [];
  private readonly waiters = new Set<() => void>();
  private nextId = 1;
  private exitStatus: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    private readonly child: ChildProcess,
    readonly entry: string,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString()));
    child.on('message', (raw: unknown) => {
      const parsed = reportSchema.safeParse(raw);
      if (!parsed.success) {
        this.output.push(`[driver] malformed report from the stand-in: ${parsed.error.message}\n`);
        return;
      }
      this.reports.push(parsed.data);
      for (const listener of this.listeners) listener(parsed.data);
      this.wake();
    });
    this.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.exitStatus = { code, signal };
        this.wake();
        resolve(this.exitStatus);
      });
    });
  }

  static start(options: BuiltMainOptions): BuiltMain {
    const entry = join(options.appDir, 'out', 'main', 'index.js');
    const child = fork(entry, [], {
      cwd: options.appDir,
      execArgv: ['--import', options.standIn.registerUrl],
      serialization: 'advanced',
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? options.userDataDir,
        [STAND_IN_ENV.userData]: options.userDataDir,
        [STAND_IN_ENV.appPath]: options.appDir,
        [STAND_IN_ENV.packaged]: options.packaged === false ? '0' : '1',
        [STAND_IN_ENV.keystore]: options.keystore === false ? '0' : '1',
        ...options.env,
      },
    });
    return new BuiltMain(child, entry);
  }

  /** Calls `listener` with every report from now on; returns the unsubscribe function. */
  onReport(listener: (report: Report) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Everything the process printed, for failure messages. */
  get printed(): string {
    return this.output.join('');
  }

  get calls(): Extract<Report, { kind: 'call' }>[] {
    return this.reports.filter((r): r is Extract<Report, { kind: 'call' }> => r.kind === 'call');
  }

  get handledChannels(): string[] {
    return this.reports.flatMap((r) => (r.kind === 'ipc-handle' ? [r.channel] : []));
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Waits for the first report that `pick` accepts; fails if the process exits first. */
  async waitFor<T>(
    what: string,
    pick: (report: Report) => T | undefined,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const report of this.reports) {
        const found = pick(report);
        if (found !== undefined) return found;
      }
      if (this.exitStatus) {
        throw new Error(
          `The built main (${this.entry}) exited (code ${String(this.exitStatus.code)}) before ${what}:\n${this.printed}`,
        );
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0)
        throw new Error(`Timed out waiting for ${what} from ${this.entry}:\n${this.printed}`);
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, remaining);
        this.waiters.add(done);
      });
    }
  }

  send(message: ControlMessage): void {
    if (this.exitStatus || !this.child.connected)
      throw new Error(`The built main (${this.entry}) is not running`);
    this.child.send(message);
  }

  private async request(message: ControlMessage & { id: number }): Promise<unknown> {
    this.send(message);
    const reply = await this.waitFor(`the reply to ${message.kind} #${message.id}`, (r) =>
      r.kind === 'reply' && r.id === message.id ? r : undefined,
    );
    if (!reply.ok) throw new Error(reply.message ?? 'failed');
    return reply.value;
  }

  becomeReady(): void {
    this.send({ kind: 'become-ready' });
  }

  /** The first window: its id and constructor options, once created. */
  firstWindow(): Promise<{ windowId: number; options: unknown }> {
    return this.waitFor('a window', (r) => (r.kind === 'window-created' ? r : undefined));
  }

  loadedUrl(windowId: number): Promise<string> {
    return this.waitFor(`window ${windowId} to load a URL`, (r) =>
      r.kind === 'load-url' && r.windowId === windowId ? r.url : undefined,
    );
  }

  /** An `ipcRenderer.invoke(channel, ...args)` from `frame` of a window. */
  invoke(windowId: number, channel: string, args: unknown[], frame: Frame): Promise<unknown> {
    return this.request({ kind: 'invoke', id: this.nextId++, windowId, channel, args, frame });
  }

  async fetch(url: string, method = 'GET'): Promise<ProtocolResponse> {
    return protocolResponseSchema.parse(
      await this.request({ kind: 'protocol-request', id: this.nextId++, url, method }),
    );
  }

  async permissionCheck(permission: string, origin: string): Promise<boolean> {
    return (await this.request({ kind: 'permission-check', id: this.nextId++, permission, origin })) === true;
  }

  async navigationAllowed(windowId: number, url: string): Promise<boolean> {
    const answer = await this.request({ kind: 'navigate', id: this.nextId++, windowId, url });
    return typeof answer === 'object' && answer !== null && 'allowed' in answer && answer.allowed === true;
  }

  /** Quits as the person would and resolves with the exit code once the process is gone. */
  async quit(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<number | null> {
    // Closing the last window may have started quitting already.
    if (!this.exitStatus && this.child.connected) this.send({ kind: 'quit' });
    return this.exitCode(timeoutMs);
  }

  /** Waits for the process to end by itself (killing it after `timeoutMs`); its exit code. */
  async exitCode(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<number | null> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const status = await this.exited;
    clearTimeout(timer);
    return status.code;
  }

  /** Ends the process at once (test clean-up). */
  async kill(): Promise<void> {
    if (this.exitStatus) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }
}
