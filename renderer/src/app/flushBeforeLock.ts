import type { TandemEvents } from '../../../shared/ipc/mainEventChannels';

/**
 * Locking reloads the page, which would discard edits still batched in the document store (it
 * groups keystrokes for a few milliseconds and seals them before writing). So before any lock
 * the page writes what it holds — the same `flushAll` closing the window runs — and only then
 * lets main refuse the key. The wait is bounded: a lock must happen even if a write hangs.
 */

export const FLUSH_BEFORE_LOCK_MS = 1_500;

/** Runs `flush`, settling when it does or after `ms`, whichever is first; never rejects. */
export function boundedFlush(flush: () => Promise<void>, ms = FLUSH_BEFORE_LOCK_MS): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    const settle = () => {
      clearTimeout(timer);
      resolve();
    };
    flush().then(settle, (error: unknown) => {
      console.warn(`Could not store the last edits before locking: ${String(error)}`);
      settle();
    });
  });
}

type FlushedApi = Pick<NonNullable<Window['tandem']>['atRest'], 'flushed'>;

/**
 * Main locks from the menu, on idle, sleep and screen lock: it asks first (`flushBeforeLock`),
 * and waits for `flushed` (bounded on its side too) before it refuses the key and reloads.
 * The event carries nothing and its payload is not read, so this listens on the preload's raw
 * events (no schema in the entry chunk, which must stay free of zod). Returns the unsubscribe.
 */
export function answerFlushBeforeLock(
  events: Pick<TandemEvents, 'onFlushBeforeLock'>,
  flush: () => Promise<void>,
  api: FlushedApi,
): () => void {
  return events.onFlushBeforeLock(() => {
    void boundedFlush(flush).then(() => api.flushed({}).catch(() => undefined));
  });
}
