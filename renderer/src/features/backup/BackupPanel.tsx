import { useEffect, useId, useState } from 'react';
import { useAppServices } from '../../services/AppServicesContext';
import type { BackupApi } from './backupApi';
import { describeLeftOut } from '../../../../shared/export/documentNames';
import { collectBackupDocuments } from './localDocuments';
import { RestoreConfirmDialog, type OpenedBackup } from './RestoreConfirmDialog';
import { restoredMessage, restoreOpenedBackup } from './restoreBackup';
import type { BackgroundTask } from './useBackgroundTask';

const MIN_PASSPHRASE = 8;

/** Create a full backup (optionally with the identity keys, encrypted) and restore one. */
export function BackupPanel({
  api,
  task,
  reload,
}: {
  api: BackupApi;
  task: BackgroundTask;
  reload: () => void;
}) {
  const { store, vault } = useAppServices();
  const [identityAvailable, setIdentityAvailable] = useState(false);
  const [includeIdentity, setIncludeIdentity] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [opened, setOpened] = useState<OpenedBackup | null>(null);
  const [needsReload, setNeedsReload] = useState(false);
  const passId = useId();
  const confirmId = useId();
  const busy = task.running !== null;

  useEffect(() => {
    let live = true;
    void api.backup.status({}).then(
      (s) => live && setIdentityAvailable(s.identityAvailable),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  const passphraseError = !includeIdentity
    ? null
    : passphrase.length < MIN_PASSPHRASE
      ? `Use at least ${MIN_PASSPHRASE} characters.`
      : passphrase !== confirmation
        ? 'The two passphrases differ.'
        : null;

  const createBackup = () =>
    task.run('Backup', async (control) => {
      const target = await api.export.chooseTarget({ purpose: 'backup' });
      if (target.status === 'cancelled') return null;
      const { documents, unreadable } = await collectBackupDocuments(store, vault, control);
      control.onCommitted?.();
      control.onProgress?.({ phase: 'Writing the backup file', done: 0, total: 1 });
      const result = await api.backup.write({
        targetId: target.targetId,
        documents,
        unreadable,
        identityPassphrase: includeIdentity ? passphrase : null,
      });
      if (result.status === 'failed') return { kind: 'error', text: result.message };
      const size =
        result.bytes < 1e6
          ? `${Math.max(1, Math.round(result.bytes / 1e3))} kB`
          : `${(result.bytes / 1e6).toFixed(1)} MB`;
      const saved = `Saved a backup of ${result.documents} documents (${size}) to ${result.fileName}.`;
      if (result.leftOut.length === 0) return { kind: 'done', text: saved };
      const count = result.leftOut.length;
      return {
        kind: 'error',
        text:
          `${saved} ${count === 1 ? 'One document is' : `${count} documents are`} not in it, because ` +
          `${count === 1 ? 'it' : 'they'} could not be read: ${describeLeftOut(vault.doc, result.leftOut)}.`,
      };
    });

  const openBackup = () =>
    task.run('Restore', async () => {
      const result = await api.backup.open({});
      if (result.status === 'cancelled') return null;
      if (result.status === 'failed') return { kind: 'error', text: result.message };
      setOpened(result);
      return null;
    });

  const restore = (backup: OpenedBackup, identityPassphrase: string | null) => {
    setOpened(null);
    return task.run('Restore', async (control) => {
      const outcome = await restoreOpenedBackup(
        { api, store, vault, backupId: backup.backupId, documents: backup.documents, identityPassphrase },
        control,
      );
      if (outcome.status === 'failed') {
        // The journal's documents were closed for the swap; reopening them takes a reload.
        setNeedsReload(true);
        return { kind: 'error', text: outcome.message };
      }
      const text = restoredMessage(outcome, backup.fileName);
      // With something left behind the person reads why first and reloads when ready.
      if (outcome.warnings.length > 0) {
        setNeedsReload(true);
        return { kind: 'done', text: `${text} Reload Tandem to open the restored journal.` };
      }
      setTimeout(reload, 1500);
      return { kind: 'done', text: `${text} Tandem is reloading…` };
    });
  };

  const cancelRestore = (backup: OpenedBackup) => {
    setOpened(null);
    void api.backup.discard({ backupId: backup.backupId });
  };

  return (
    <section className="backup-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup</h2>
      <p className="settings-hint">
        A full backup is one file with every document exactly as it is and your local settings. Restoring it
        replaces this journal with the backup; the journal it replaces is kept in a folder beside Tandem’s
        data.
      </p>
      <label className="backup-check">
        <input
          type="checkbox"
          checked={includeIdentity}
          disabled={busy || !identityAvailable}
          onChange={(e) => setIncludeIdentity(e.target.checked)}
        />
        Include my sharing identity keys, encrypted with a passphrase
      </label>
      {identityAvailable && (
        <p className="settings-hint">
          Includes your sharing key and the people you share with; pending invitations are not kept.
        </p>
      )}
      {!identityAvailable && (
        <p className="settings-hint">
          There are no identity keys to include: this installation has no sharing identity yet, or the system
          keystore that holds it is locked.
        </p>
      )}
      {includeIdentity && (
        <div className="backup-passphrase">
          <label htmlFor={passId}>Passphrase</label>
          <input
            id={passId}
            type="password"
            className="text-input"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <label htmlFor={confirmId}>Passphrase again</label>
          <input
            id={confirmId}
            type="password"
            className="text-input"
            autoComplete="new-password"
            value={confirmation}
            onChange={(e) => setConfirmation(e.target.value)}
          />
          {passphraseError && <p className="field-error">{passphraseError}</p>}
        </div>
      )}
      <div className="settings-row">
        <button
          type="button"
          className="button"
          data-variant="primary"
          disabled={busy || passphraseError !== null}
          onClick={() => void createBackup()}
        >
          Create backup…
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void openBackup()}>
          Restore from backup…
        </button>
        {needsReload && !busy && (
          <button type="button" className="button" onClick={reload}>
            Reload Tandem
          </button>
        )}
      </div>
      <RestoreConfirmDialog
        backup={opened}
        onRestore={(backup, passphrase) => void restore(backup, passphrase)}
        onCancel={cancelRestore}
      />
    </section>
  );
}
