import type { LockReason } from './autoLock';

/**
 * Locking from main (menu, idle, sleep, screen lock) without losing the last keystrokes. The
 * window batches writes for a few milliseconds and seals them with its own key; reloading it at
 * once would discard a batch that had not reached IndexedDB. So main first asks the window to
 * write what it holds (the same `flushAll` that closing the window runs), waits for its answer
 * — at most `waitMs`, since a hung or busy window must not keep the journal open — and only
 * then refuses the key and reloads the window. Electron-free: the app passes the window.
 */

export interface LockAfterFlushOptions {
  /** True when there is something unlocked to lock (so a locked app does not ask again). */
  canLock: () => boolean;
  /** Refuses the window its key; false when nothing was unlocked (DataKeyStore.lock). */
  lock: () => boolean;
  /** Sends `flushBeforeLock` to the window; false when there is no window to ask. */
  askWindowToFlush: () => boolean;
  reload: () => void;
  /** The longest wait for the window's answer; long enough for one IndexedDB transaction. */
  waitMs?: number;
  log?: (line: string) => void;
  setTimeout?: (run: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

export interface LockAfterFlush {
  /** Resolves once locked (or when there was nothing to lock). */
  lockNow(reason: LockReason): Promise<void>;
  /** The window's answer to `flushBeforeLock` (IPC `tandem:atRest:flushed`). */
  windowFlushed(): void;
}

export const FLUSH_BEFORE_LOCK_WAIT_MS = 2_000;

export function createLockAfterFlush(options: LockAfterFlushOptions): LockAfterFlush {
  const waitMs = options.waitMs ?? FLUSH_BEFORE_LOCK_WAIT_MS;
  const later = options.setTimeout ?? ((run, ms) => setTimeout(run, ms));
  const cancel = options.clearTimeout ?? ((handle) => clearTimeout(handle as NodeJS.Timeout));
  // Every lock asked for while the window is still writing waits for the same answer.
  let waiting: { done: () => void; promise: Promise<void> } | null = null;

  const untilFlushed = (reason: LockReason): Promise<void> => {
    if (waiting) return waiting.promise;
    let done: () => void = () => undefined;
    const promise = new Promise<void>((resolve) => {
      const timer = later(() => {
        options.log?.(`locking (${reason}): the window did not answer within ${waitMs} ms`);
        done();
      }, waitMs);
      done = () => {
        cancel(timer);
        waiting = null;
        resolve();
      };
    });
    waiting = { done: () => done(), promise };
    if (!options.askWindowToFlush()) done();
    return promise;
  };

  return {
    async lockNow(reason) {
      if (!options.canLock()) return;
      await untilFlushed(reason);
      if (!options.lock()) return;
      options.log?.(`locked (${reason})`);
      options.reload();
    },
    windowFlushed() {
      waiting?.done();
    },
  };
}
