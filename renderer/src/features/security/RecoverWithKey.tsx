import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import { AT_REST_MIN_PASSPHRASE, type AtRestStatus } from '../../../../shared/atRest/atRestIpc';
import type { IpcResult } from '../../../../shared/ipc/contract';
import { useT, type Translate } from '../../i18n/useT';

type Api = NonNullable<Window['tandem']>['atRest'];
type Outcome = IpcResult<'tandem:atRest:recover'>;

/** Offered on the start screen when the journal has a recovery key: leads to RecoverWithKey. */
export function RecoveryOffer({ api, onChoose }: { api: Api; onChoose: () => void }) {
  const t = useT();
  const [hasKey, setHasKey] = useState(false);
  useEffect(() => {
    let live = true;
    void api.recoveryStatus({}).then(
      (s) => live && setHasKey(s.hasRecoveryKey),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  if (!hasKey) return null;
  return (
    <button type="button" className="button recovery-offer" onClick={onChoose}>
      {t('recovery.gate.offer')}
    </button>
  );
}

function problemOf(outcome: Outcome, t: Translate): string | null {
  switch (outcome.status) {
    case 'recovered':
      return null;
    case 'wrong':
      return outcome.retryInMs > 0
        ? t('recovery.gate.wrongWait', { seconds: Math.ceil(outcome.retryInMs / 1000) })
        : t('recovery.gate.wrong');
    case 'malformed':
      return t('recovery.gate.malformed');
    case 'no-recovery-key':
      return t('recovery.gate.none');
    case 'needs-new-passphrase':
      return t('recovery.gate.tooShort', { min: AT_REST_MIN_PASSPHRASE });
    case 'keystore-refused':
      return t('recovery.gate.keystoreRefused', { detail: outcome.detail });
  }
}

/**
 * The recovery key typed where the passphrase is forgotten or this computer's keystore cannot
 * open the key; with no keystore here, a new passphrase is chosen in the same step.
 */
export function RecoverWithKey({
  api,
  onDone,
  onBack,
}: {
  api: Api;
  onDone: (status: AtRestStatus) => void;
  onBack: () => void;
}) {
  const t = useT();
  const [needsPassphrase, setNeedsPassphrase] = useState(true);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { key: useId(), hint: useId(), pass: useId(), repeat: useId(), problem: useId() };
  useEffect(() => {
    void api.recoveryStatus({}).then(
      (s) => setNeedsPassphrase(s.needsNewPassphrase),
      () => undefined,
    );
  }, [api]);

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (recoveryKey.trim() === '') return;
    if (needsPassphrase) {
      if (passphrase.length < AT_REST_MIN_PASSPHRASE)
        return setProblem(t('recovery.gate.tooShort', { min: AT_REST_MIN_PASSPHRASE }));
      if (passphrase !== repeat) return setProblem(t('recovery.gate.mismatch'));
    }
    setBusy(true);
    api.recover({ recoveryKey, newPassphrase: needsPassphrase ? passphrase : null }).then(
      (outcome) => {
        setBusy(false);
        if (outcome.status === 'recovered') return onDone(outcome.atRest);
        setProblem(problemOf(outcome, t));
      },
      (error: unknown) => {
        setBusy(false);
        setProblem(String(error));
      },
    );
  };

  return (
    <>
      <h1 id="at-rest-heading">{t('recovery.gate.heading')}</h1>
      <form className="at-rest-form" onSubmit={submit} aria-describedby={problem ? ids.problem : undefined}>
        <label htmlFor={ids.key}>{t('recovery.gate.key')}</label>
        <input
          id={ids.key}
          className="text-input recovery-key-input"
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={ids.hint}
          value={recoveryKey}
          onChange={(e) => setRecoveryKey(e.target.value)}
        />
        <p id={ids.hint} className="settings-hint">
          {t('recovery.gate.keyHint')}
        </p>
        {needsPassphrase && (
          <>
            <p>{t('recovery.gate.newPassphraseHint')}</p>
            <label htmlFor={ids.pass}>{t('recovery.gate.newPassphrase')}</label>
            <input
              id={ids.pass}
              className="text-input"
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
            <label htmlFor={ids.repeat}>{t('recovery.gate.newPassphraseAgain')}</label>
            <input
              id={ids.repeat}
              className="text-input"
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
          </>
        )}
        {problem && (
          <p id={ids.problem} role="alert" className="at-rest-problem">
            {problem}
          </p>
        )}
        <div className="settings-row">
          <button type="submit" className="button primary" disabled={busy}>
            {t('recovery.gate.submit')}
          </button>
          <button type="button" className="button" onClick={onBack}>
            {t('recovery.gate.back')}
          </button>
        </div>
      </form>
    </>
  );
}
