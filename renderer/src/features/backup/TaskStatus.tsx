import { useT } from '../../i18n/useT';
import type { BackgroundTask } from './useBackgroundTask';

/** The running task's progress bar and Cancel button, or the message it finished with. */
export function TaskStatus({ task }: { task: BackgroundTask }) {
  const { running, notice } = task;
  const t = useT();
  if (running) {
    const { progress } = running;
    const label = progress ? t(progress.phase) : running.label;
    return (
      <div className="backup-task" aria-live="polite">
        <p className="backup-task-label">
          {progress && progress.total > 1
            ? t('backup.task.progress', { label, done: progress.done, total: progress.total })
            : t('backup.task.working', { label })}
        </p>
        <div className="backup-task-row">
          <progress
            aria-label={label}
            value={progress && progress.total > 0 ? progress.done : undefined}
            max={progress && progress.total > 0 ? progress.total : undefined}
          />
          <button
            type="button"
            className="button"
            onClick={() => task.cancel()}
            disabled={!running.cancellable}
            title={running.cancellable ? undefined : t('backup.task.notStoppable')}
          >
            {t('backup.task.cancel')}
          </button>
        </div>
      </div>
    );
  }
  if (!notice) return null;
  return (
    <p className="backup-notice" data-kind={notice.kind} role={notice.kind === 'error' ? 'alert' : 'status'}>
      {notice.text}
    </p>
  );
}
