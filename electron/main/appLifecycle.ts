import type { App } from 'electron';

/**
 * The app process's lifetime: only one per user, and it does not exit with writes in flight.
 * Only Electron *types* are imported; the app object is passed in.
 */

/*
 * One Tandem per user: two processes appending to the same mirror files would interleave
 * records. Thin adapter over `app.requestSingleInstanceLock`.
 */

export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Returns false (and quits) when another instance holds the lock. Otherwise a later launch
 * brings this instance's window to the front instead of opening a second app.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  currentWindow: () => FocusableWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = currentWindow();
    if (win === null || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}

/*
 * Keeps the process alive until disk writes in flight have landed. Electron quits as soon as
 * the last window closes; without this, a window-state save or a mirror append started a
 * moment earlier could be cut off.
 */

export interface Settleable {
  isIdle(): boolean;
  whenIdle(): Promise<void>;
}

/** A set of promises that are awaited before quitting. */
export class PendingWork implements Settleable {
  private readonly pending = new Set<Promise<void>>();

  track<T>(promise: Promise<T>): Promise<T> {
    const settled = promise.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return promise;
  }

  isIdle(): boolean {
    return this.pending.size === 0;
  }

  async whenIdle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }
}

interface QuittableApp {
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

export const QUIT_GRACE_MS = 10_000;

/**
 * Holds `will-quit` while any of `work()` is busy, then quits for real. Gives up after
 * `graceMs` so a stuck disk cannot keep a zombie process around.
 */
export function delayQuitUntilIdle(
  app: QuittableApp,
  work: () => Settleable[],
  graceMs = QUIT_GRACE_MS,
): void {
  let released = false;
  app.on('will-quit', (event) => {
    const busy = work().filter((w) => !w.isIdle());
    if (released || busy.length === 0) return;
    event.preventDefault();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    void Promise.race([Promise.all(busy.map((w) => w.whenIdle())), timeout]).finally(() => {
      clearTimeout(timer);
      released = true;
      app.quit();
    });
  });
}
