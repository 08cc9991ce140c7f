import { useEffect, useId, useState } from 'react';
import { useAppServices } from '../../services/AppServicesContext';
import type { BackupApi } from './backupApi';
import { describeLeftOut } from '../../../../shared/export/documentNames';
import { collectBackupDocuments } from './localDocuments';
import { RestoreConfirmDialog, type OpenedBackup } from './RestoreConfirmDialog';
import { restoredMessage, restoreOpenedBackup } from './restoreBackup';
import { UnlockBackupDialog, type LockedBackup } from './UnlockBackupDialog';
import type { BackgroundTask } from './useBackgroundTask';
import { useT } from '../../i18n/useT';

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
  const t = useT();
  const [identityAvailable, setIdentityAvailable] = useState(false);
  const [includeIdentity, setIncludeIdentity] = useState(false);
  const [encryptWhole, setEncryptWhole] = useState(false);
  const [locked, setLocked] = useState<LockedBackup | null>(null);
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

  const needsPassphrase = includeIdentity || encryptWhole;
  const passphraseError = !needsPassphrase
    ? null
    : passphrase.length < MIN_PASSPHRASE
      ? t('backup.passphraseTooShort', { min: MIN_PASSPHRASE })
      : passphrase !== confirmation
        ? t('backup.passphraseDiffers')
        : null;

  const createBackup = () =>
    task.run(t('backup.task.backup'), async (control) => {
      const target = await api.export.chooseTarget({ purpose: 'backup' });
      if (target.status === 'cancelled') return null;
      const { documents, unreadable } = await collectBackupDocuments(store, vault, control);
      control.onCommitted?.();
      control.onProgress?.({ phase: 'backup.phase.writingBackup', done: 0, total: 1 });
      const result = await api.backup.write({
        targetId: target.targetId,
        documents,
        unreadable,
        identityPassphrase: includeIdentity ? passphrase : null,
        backupPassphrase: encryptWhole ? passphrase : null,
      });
      if (result.status === 'failed') return { kind: 'error', text: result.message };
      const size =
        result.bytes < 1e6
          ? t.intl.formatNumber(Math.max(1, Math.round(result.bytes / 1e3)), {
              style: 'unit',
              unit: 'kilobyte',
            })
          : t.intl.formatNumber(result.bytes / 1e6, {
              style: 'unit',
              unit: 'megabyte',
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            });
      const saved = { documents: result.documents, size, file: result.fileName };
      if (result.leftOut.length === 0) return { kind: 'done', text: t('backup.saved', saved) };
      return {
        kind: 'error',
        text: t('backup.savedLeftOut', {
          ...saved,
          count: result.leftOut.length,
          names: describeLeftOut(vault.doc, result.leftOut),
        }),
      };
    });

  const openBackup = () =>
    task.run(t('backup.task.restore'), async () => {
      const result = await api.backup.open({});
      if (result.status === 'cancelled') return null;
      if (result.status === 'failed') return { kind: 'error', text: result.message };
      if (result.status === 'locked') setLocked(result);
      else setOpened(result);
      return null;
    });

  const restore = (backup: OpenedBackup, identityPassphrase: string | null) => {
    setOpened(null);
    return task.run(t('backup.task.restore'), async (control) => {
      const outcome = await restoreOpenedBackup(
        { api, store, vault, backupId: backup.backupId, documents: backup.documents, identityPassphrase },
        control,
      );
      if (outcome.status === 'failed') {
        // The journal's documents were closed for the swap; reopening them takes a reload.
        setNeedsReload(true);
        return { kind: 'error', text: outcome.message };
      }
      const text = restoredMessage(outcome, backup.fileName, t);
      // With something left behind the person reads why first and reloads when ready.
      if (outcome.warnings.length > 0) {
        setNeedsReload(true);
        return { kind: 'done', text: t('backup.restoredReload', { restored: text }) };
      }
      setTimeout(reload, 1500);
      return { kind: 'done', text: t('backup.restoredReloading', { restored: text }) };
    });
  };

  const cancelRestore = (backup: OpenedBackup) => {
    setOpened(null);
    void api.backup.discard({ backupId: backup.backupId });
  };

  return (
    <section className="backup-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.heading')}</h2>
      <p className="settings-hint">{t('backup.hint')}</p>
      <label className="backup-check">
        <input
          type="checkbox"
          checked={includeIdentity}
          disabled={busy || !identityAvailable}
          onChange={(e) => setIncludeIdentity(e.target.checked)}
        />
        {t('backup.includeIdentity')}
      </label>
      {identityAvailable && <p className="settings-hint">{t('backup.identityHint')}</p>}
      {!identityAvailable && <p className="settings-hint">{t('backup.noIdentity')}</p>}
      <label className="backup-check">
        <input
          type="checkbox"
          checked={encryptWhole}
          disabled={busy}
          onChange={(e) => setEncryptWhole(e.target.checked)}
        />
        {t('recovery.backup.encrypt')}
      </label>
      <p className="settings-hint">{t('recovery.backup.encryptHint')}</p>
      {needsPassphrase && (
        <div className="backup-passphrase">
          <label htmlFor={passId}>{t('backup.passphrase')}</label>
          <input
            id={passId}
            type="password"
            className="text-input"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <label htmlFor={confirmId}>{t('backup.passphraseAgain')}</label>
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
          {t('backup.create')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void openBackup()}>
          {t('backup.restoreButton')}
        </button>
        {needsReload && !busy && (
          <button type="button" className="button" onClick={reload}>
            {t('backup.reload')}
          </button>
        )}
      </div>
      <UnlockBackupDialog
        api={api}
        backup={locked}
        onOpened={(backup) => {
          setLocked(null);
          setOpened(backup);
        }}
        onCancel={(backup) => {
          setLocked(null);
          void api.backup.discard({ backupId: backup.backupId });
        }}
      />
      <RestoreConfirmDialog
        backup={opened}
        onRestore={(backup, passphrase) => void restore(backup, passphrase)}
        onCancel={cancelRestore}
      />
    </section>
  );
}
