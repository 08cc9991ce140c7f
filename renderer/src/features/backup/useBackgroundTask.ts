import { useCallback, useRef, useState } from 'react';
import { TaskCancelledError, type TaskControl, type TaskProgress } from './taskProgress';

export type TaskNotice = { kind: 'done' | 'error' | 'cancelled'; text: string } | null;

export interface BackgroundTask {
  running: { label: string; progress: TaskProgress | null; cancellable: boolean } | null;
  notice: TaskNotice;
  /** Runs one task at a time; its function returns the message to show when it finishes. */
  run(
    label: string,
    work: (control: TaskControl & { signal: AbortSignal }) => Promise<TaskNotice>,
  ): Promise<void>;
  cancel(): void;
  clearNotice(): void;
}

/** Progress, Cancel and the closing message of one long task (export, import, backup, restore). */
export function useBackgroundTask(): BackgroundTask {
  const [running, setRunning] = useState<BackgroundTask['running']>(null);
  const [notice, setNotice] = useState<TaskNotice>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback<BackgroundTask['run']>(async (label, work) => {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setNotice(null);
    setRunning({ label, progress: null, cancellable: true });
    try {
      const result = await work({
        signal: abort.signal,
        onProgress: (progress) => setRunning((r) => (r ? { ...r, progress } : r)),
        onCommitted: () => setRunning((r) => (r ? { ...r, cancellable: false } : r)),
      });
      setNotice(result);
    } catch (error) {
      setNotice(
        error instanceof TaskCancelledError
          ? { kind: 'cancelled', text: `${label} cancelled. Nothing was changed.` }
          : { kind: 'error', text: error instanceof Error ? error.message : String(error) },
      );
    } finally {
      controller.current = null;
      setRunning(null);
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const clearNotice = useCallback(() => setNotice(null), []);
  return { running, notice, run, cancel, clearNotice };
}
