import { useCallback, useRef, useState } from 'react';
import { JournalImportError } from '../../../../shared/export/journalJson';
import { useT, type Translate } from '../../i18n/useT';
import { BackupRefusedError } from './restoreBackup';
import { TaskCancelledError, type TaskControl, type TaskProgress } from './taskProgress';

export type TaskNotice = { kind: 'done' | 'error' | 'cancelled'; text: string } | null;

export interface BackgroundTask {
  running: { label: string; progress: TaskProgress | null; cancellable: boolean } | null;
  notice: TaskNotice;
  /** Runs one task at a time; its function returns the message to show when it finishes. `label` is shown. */
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
  const t = useT();

  const run = useCallback<BackgroundTask['run']>(
    async (label, work) => {
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
            ? { kind: 'cancelled', text: t('backup.task.cancelled', { task: label }) }
            : { kind: 'error', text: describeTaskError(error, t) },
        );
      } finally {
        controller.current = null;
        setRunning(null);
      }
    },
    [t],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const clearNotice = useCallback(() => setNotice(null), []);
  return { running, notice, run, cancel, clearNotice };
}

const importRefusals = {
  'not-json': 'importJson.refused.notJson',
  newer: 'importJson.refused.newer',
  invalid: 'importJson.refused.invalid',
  duplicate: 'importJson.refused.duplicate',
  'too-large': 'importJson.refused.tooLarge',
  'too-deep': 'importJson.refused.tooDeep',
} as const;

/**
 * Why a task failed, in the person's language where the failure says what kind it is. What a
 * parser reported about a damaged file (a JSON syntax error, the field zod refused) stays in
 * the parser's English words inside the translated sentence: it is for whoever repairs the file.
 */
function describeTaskError(error: unknown, t: Translate): string {
  if (error instanceof BackupRefusedError) return t(`backup.refused.${error.reason}`);
  if (error instanceof JournalImportError) {
    if (error.reason === 'not-empty') return t('backup.import.notEmpty');
    if (error.reason === 'foreign') return t('backup.import.foreign');
    return t(importRefusals[error.reason], { ...error.details });
  }
  return error instanceof Error ? error.message : String(error);
}
