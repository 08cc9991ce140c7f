import type { TandemApi } from '../../../../shared/ipc/contract';

/** The slice of window.tandem the export and backup features use (tests pass their own). */
export type BackupApi = Pick<TandemApi, 'export' | 'backup'>;

export function backupApiFromPreload(): BackupApi | null {
  return window.tandem ?? null;
}
