import { useId, useState } from 'react';
import { Heading } from 'react-aria-components';
import type { IpcResult } from '../../../../shared/ipc/contract';
import { ModalDialog } from '../../ui/ModalDialog';
import { useT } from '../../i18n/useT';

export type OpenedBackup = Extract<IpcResult<'tandem:backup:open'>, { status: 'opened' }>;

/** Says what restoring will do, and asks for the passphrase when the backup carries identity keys. */
export function RestoreConfirmDialog({
  backup,
  onRestore,
  onCancel,
}: {
  backup: OpenedBackup | null;
  onRestore: (backup: OpenedBackup, identityPassphrase: string | null) => void;
  onCancel: (backup: OpenedBackup) => void;
}) {
  const [withIdentity, setWithIdentity] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const passId = useId();
  const t = useT();
  if (!backup) return null;
  const made = t.intl.formatDate(backup.createdAt, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ModalDialog
      isOpen
      onOpenChange={(open) => !open && onCancel(backup)}
      aria-label={t('backup.dialog.label')}
    >
      <Heading slot="title">{t('backup.dialog.title')}</Heading>
      <p>
        {t('backup.dialog.summary', {
          file: backup.fileName,
          documents: backup.documents.length,
          made,
          version: backup.appVersion,
        })}
      </p>
      <p>{t('backup.dialog.replaces')}</p>
      {backup.hasIdentity && (
        <>
          <label className="backup-check">
            <input
              type="checkbox"
              checked={withIdentity}
              onChange={(e) => setWithIdentity(e.target.checked)}
            />
            {t('backup.dialog.alsoIdentity')}
          </label>
          {withIdentity && (
            <>
              <p className="settings-hint">{t('backup.dialog.identityHint')}</p>
              <label htmlFor={passId}>{t('backup.dialog.passphrase')}</label>
              <input
                id={passId}
                type="password"
                className="text-input"
                value={passphrase}
                onChange={(e) => setPassphrase(e.target.value)}
              />
            </>
          )}
        </>
      )}
      <div className="settings-row backup-dialog-actions">
        <button type="button" className="button" onClick={() => onCancel(backup)}>
          {t('backup.dialog.cancel')}
        </button>
        <button
          type="button"
          className="button"
          data-variant="danger"
          disabled={withIdentity && passphrase === ''}
          onClick={() => onRestore(backup, withIdentity ? passphrase : null)}
        >
          {t('backup.dialog.replace')}
        </button>
      </div>
    </ModalDialog>
  );
}
