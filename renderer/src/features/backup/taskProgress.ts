import type { MessageId } from '../../../../shared/i18n/messages';

/**
 * Long exports, imports, backups and restores report progress and stop when cancelled. Work
 * goes in small batches with a yield to the event loop between them, so the progress bar
 * paints and a click on Cancel is seen.
 */

export interface TaskControl {
  signal?: AbortSignal;
  /** `done` of `total` steps finished; `phase` says what is happening, for the progress label. */
  onProgress?: (progress: TaskProgress) => void;
  /** Told once the task passes its point of no return (the UI then stops offering Cancel). */
  onCommitted?: () => void;
}

export interface TaskProgress {
  /** Shown in the window's language (`backup.phase.*`). */
  phase: MessageId;
  done: number;
  total: number;
}

export class TaskCancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'TaskCancelledError';
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new TaskCancelledError();
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `work` over `items`, `concurrency` at a time, in order of start; reports each finished
 * item and checks for cancellation before starting the next.
 */
export async function forEachWithProgress<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  { signal, onProgress }: TaskControl,
  phase: MessageId,
  concurrency = 8,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  onProgress?.({ phase, done, total: items.length });
  const worker = async () => {
    while (next < items.length) {
      throwIfCancelled(signal);
      const index = next++;
      results[index] = await work(items[index] as T, index);
      done++;
      if (done % 16 === 0 || done === items.length) {
        onProgress?.({ phase, done, total: items.length });
        await yieldToEventLoop();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  throwIfCancelled(signal);
  return results;
}
