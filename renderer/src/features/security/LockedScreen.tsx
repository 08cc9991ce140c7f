import { useEffect, useState } from 'react';
import type { AtRestStatus } from '../../../../shared/atRest/atRestIpc';
import { DEFAULT_LOCK_SETTINGS, type LockSettings } from '../../../../shared/atRest/lockSettings';
import { useT } from '../../i18n/useT';

type Api = NonNullable<Window['tandem']>['atRest'];

/**
 * The lock screen for a key the system keystore holds (or left unprotected): the window was
 * reloaded on lock, so nothing of the journal is in this page; Unlock asks main, which asks the
 * keystore again. (A passphrase key is forgotten on lock: that case shows the passphrase form.)
 */
export function LockedScreen({ api, onDone }: { api: Api; onDone: (status: AtRestStatus) => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);
  // The sentence says when Tandem locks as Settings → Lock has it (the defaults until main says).
  const [settings, setSettings] = useState<LockSettings>(DEFAULT_LOCK_SETTINGS);
  useEffect(() => {
    let active = true;
    // Through a promise: if main cannot answer, the defaults stay and nothing breaks.
    void Promise.resolve()
      .then(() => api.lockSettings({}))
      .then(
        (chosen) => active && setSettings(chosen),
        () => undefined,
      );
    return () => {
      active = false;
    };
  }, [api]);
  const idle = settings.enabled && settings.idleMinutes !== null;
  const unlock = () => {
    setBusy(true);
    api.resume({}).then(
      (next) => {
        setBusy(false);
        // Still locked: the keystore did not open the key (a locked desktop keyring, say).
        if (next.state === 'locked') setRefused(true);
        else onDone(next);
      },
      () => {
        setBusy(false);
        setRefused(true);
      },
    );
  };
  return (
    <>
      <h1 id="at-rest-heading">{t('lock.screen.heading')}</h1>
      <p>
        {t('lock.screen.explain', {
          idle: idle ? 'yes' : 'no',
          minutes: settings.idleMinutes ?? 0,
          sleep: settings.enabled && settings.onSleep ? 'yes' : 'no',
        })}
      </p>
      {refused && (
        <p role="alert" className="at-rest-problem">
          {t('lock.screen.keystoreRefused')}
        </p>
      )}
      {/* The one thing to do here: focus starts on it, so Enter or Space unlocks. */}
      <button type="button" className="button primary" disabled={busy} onClick={unlock} autoFocus>
        {t('lock.screen.unlock')}
      </button>
    </>
  );
}
