import { useId, useState, type SyntheticEvent } from 'react';
import { Heading } from 'react-aria-components';
import type { IpcResult } from '../../../../shared/ipc/contract';
import { ModalDialog } from '../../ui/ModalDialog';
import { useT } from '../../i18n/useT';
import type { BackupApi } from './backupApi';
import type { OpenedBackup } from './RestoreConfirmDialog';

export type LockedBackup = Extract<IpcResult<'tandem:backup:open'>, { status: 'locked' }>;

const REFUSED = {
  'wrong-passphrase': 'recovery.backup.wrongPassphrase',
  truncated: 'recovery.backup.truncated',
  damaged: 'recovery.backup.damaged',
} as const;

/**
 * An encrypted backup chosen for restoring: its passphrase opens it (main decrypts and checks it
 * whole, nothing changes yet); a wrong passphrase, a file cut short or an altered file each say
 * so, and the person may try again or cancel.
 */
export function UnlockBackupDialog({
  api,
  backup,
  onOpened,
  onCancel,
}: {
  api: BackupApi;
  backup: LockedBackup | null;
  onOpened: (opened: OpenedBackup) => void;
  onCancel: (backup: LockedBackup) => void;
}) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { pass: useId(), problem: useId() };
  if (!backup) return null;
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (passphrase === '' || busy) return;
    setBusy(true);
    setProblem(null);
    api.backup.unlock({ backupId: backup.backupId, passphrase }).then(
      (result) => {
        setBusy(false);
        if (result.status === 'opened') {
          setPassphrase('');
          return onOpened(result);
        }
        setProblem(result.status === 'refused' ? t(REFUSED[result.reason]) : result.message);
      },
      (error: unknown) => {
        setBusy(false);
        setProblem(String(error));
      },
    );
  };
  return (
    <ModalDialog
      isOpen
      onOpenChange={(open) => !open && onCancel(backup)}
      aria-label={t('recovery.backup.unlockTitle')}
    >
      <Heading slot="title">{t('recovery.backup.unlockTitle')}</Heading>
      <p>{t('recovery.backup.unlockBody', { file: backup.fileName })}</p>
      <form className="backup-passphrase" onSubmit={submit}>
        <label htmlFor={ids.pass}>{t('backup.dialog.passphrase')}</label>
        <input
          id={ids.pass}
          type="password"
          className="text-input"
          // The one thing to do here is type the passphrase.
          autoFocus
          autoComplete="off"
          aria-describedby={problem ? ids.problem : undefined}
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        {problem && (
          <p id={ids.problem} role="alert" className="field-error">
            {problem}
          </p>
        )}
        <div className="settings-row backup-dialog-actions">
          <button type="button" className="button" onClick={() => onCancel(backup)}>
            {t('backup.dialog.cancel')}
          </button>
          <button
            type="submit"
            className="button"
            data-variant="primary"
            disabled={busy || passphrase === ''}
          >
            {t('recovery.backup.unlock')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
