import { BackupPanel } from './BackupPanel';
import { backupApiFromPreload, type BackupApi } from './backupApi';
import { ExportPanel } from './ExportPanel';
import { TaskStatus } from './TaskStatus';
import { useBackgroundTask } from './useBackgroundTask';
import './backup.css';

/** Settings → Export and backup. One long task at a time, with its progress shown below. */
export function BackupSection({
  api = backupApiFromPreload(),
  reload = () => window.location.reload(),
}: {
  api?: BackupApi | null;
  reload?: () => void;
}) {
  const task = useBackgroundTask();
  if (!api) return null;
  return (
    <div className="backup-section">
      <ExportPanel api={api} task={task} />
      <BackupPanel api={api} task={task} reload={reload} />
      <TaskStatus task={task} />
    </div>
  );
}
