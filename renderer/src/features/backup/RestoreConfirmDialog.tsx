import { useId, useState } from 'react';
import { Heading } from 'react-aria-components';
import type { IpcResult } from '../../../../shared/ipc/contract';
import { ModalDialog } from '../../ui/ModalDialog';

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
  if (!backup) return null;
  const made = new Date(backup.createdAt).toLocaleString();
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onCancel(backup)} aria-label="Restore from backup">
      <Heading slot="title">Restore from this backup?</Heading>
      <p>
        {backup.fileName}: {backup.documents.length} documents, made {made} by Tandem {backup.appVersion}.
      </p>
      <p>
        Everything in this journal will be replaced by the backup. The journal as it is now is kept in a
        folder beside Tandem’s data, so nothing is deleted.
      </p>
      {backup.hasIdentity && (
        <>
          <label className="backup-check">
            <input
              type="checkbox"
              checked={withIdentity}
              onChange={(e) => setWithIdentity(e.target.checked)}
            />
            Also restore the sharing identity keys in this backup
          </label>
          {withIdentity && (
            <>
              <p className="settings-hint">
                The people you share with in the backup replace this installation’s sharing spaces, so sharing
                resumes without pairing again.
              </p>
              <label htmlFor={passId}>Passphrase</label>
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
          Cancel
        </button>
        <button
          type="button"
          className="button"
          data-variant="danger"
          disabled={withIdentity && passphrase === ''}
          onClick={() => onRestore(backup, withIdentity ? passphrase : null)}
        >
          Replace this journal
        </button>
      </div>
    </ModalDialog>
  );
}
