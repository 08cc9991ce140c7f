import type { BackgroundTask } from './useBackgroundTask';

/** The running task's progress bar and Cancel button, or the message it finished with. */
export function TaskStatus({ task }: { task: BackgroundTask }) {
  const { running, notice } = task;
  if (running) {
    const { progress } = running;
    const label = progress ? progress.phase : running.label;
    return (
      <div className="backup-task" aria-live="polite">
        <p className="backup-task-label">
          {label}
          {progress && progress.total > 1 ? ` — ${progress.done} of ${progress.total}` : '…'}
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
            title={running.cancellable ? undefined : 'Almost done: this step cannot be stopped part-way.'}
          >
            Cancel
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
