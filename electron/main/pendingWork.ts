/**
 * Keeps the process alive until disk writes in flight have landed. Electron quits as soon as
 * the last window closes; without this, a window-state save or a mirror append started a
 * moment earlier could be cut off. Electron-free.
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
