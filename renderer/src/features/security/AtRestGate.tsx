import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import { AT_REST_MIN_PASSPHRASE, type AtRestStatus } from '../../../../shared/atRest/atRestIpc';
import type { AtRestBoot, SealingProgress } from '../../data/atRestBoot';
import { useT } from '../../i18n/useT';
import { LockedScreen } from './LockedScreen';
import { RecoveryKeyShown } from './RecoveryKeyShown';
import { RecoverWithKey, RecoveryOffer } from './RecoverWithKey';
import './atRestGate.css';

/**
 * What the window shows before the journal when its key is not simply there: on a computer with
 * no keystore, the choice between a passphrase and an unprotected key (first start) or the
 * passphrase (every start); a key that cannot be read; and the one-time sealing of a journal
 * written before encryption; the lock screen after Tandem was locked. The journal replaces this
 * screen once its key is in hand.
 */

type Api = NonNullable<Window['tandem']>['atRest'];

const UNREADABLE = {
  damaged: 'security.unreadable.damaged',
  'keystore-locked': 'security.unreadable.keystoreLocked',
  'keystore-refused': 'security.unreadable.keystoreRefused',
} as const;

export function AtRestGate({
  status: initial,
  boot,
  api,
}: {
  status: AtRestStatus;
  boot: AtRestBoot;
  api: Api;
}) {
  const t = useT();
  const [status, setStatus] = useState(initial);
  const [sealing, setSealing] = useState<SealingProgress | null>(null);
  useEffect(() => boot.onSealing(setSealing), [boot]);
  const [recovering, setRecovering] = useState(false);
  // At setup with a passphrase: the recovery key is shown once before the journal opens.
  const [setupKey, setSetupKey] = useState<{ key: string; ready: AtRestStatus } | null>(null);
  const settle = (next: AtRestStatus) => {
    setStatus(next);
    setRecovering(false);
    if (next.state === 'ready') boot.accept(next);
  };
  const chosen = (next: AtRestStatus) => {
    if (next.state !== 'ready' || next.protection !== 'passphrase') return settle(next);
    api.newRecoveryKey({}).then(
      (made) => (made.status === 'made' ? setSetupKey({ key: made.recoveryKey, ready: next }) : settle(next)),
      () => settle(next),
    );
  };
  if (setupKey)
    return (
      <main className="at-rest-gate" aria-labelledby="at-rest-heading">
        <RecoveryKeyShown
          recoveryKey={setupKey.key}
          headingLevel="h1"
          headingId="at-rest-heading"
          onDone={() => settle(setupKey.ready)}
        />
      </main>
    );
  if (recovering)
    return (
      <main className="at-rest-gate" aria-labelledby="at-rest-heading">
        <RecoverWithKey api={api} onDone={settle} onBack={() => setRecovering(false)} />
      </main>
    );
  const canRecover = status.state === 'needs-passphrase' || status.state === 'unreadable';
  return (
    <main className="at-rest-gate" aria-labelledby="at-rest-heading">
      {status.state === 'needs-choice' && <ChooseProtection api={api} onDone={chosen} />}
      {status.state === 'needs-passphrase' && <Unlock api={api} status={status} onDone={settle} />}
      {status.state === 'locked' && <LockedScreen api={api} onDone={settle} />}
      {status.state === 'unreadable' && (
        <>
          <h1 id="at-rest-heading">{t('security.unreadable.heading')}</h1>
          <p role="alert">{t(UNREADABLE[status.reason])}</p>
          {status.detail !== '' && <p className="at-rest-detail">{status.detail}</p>}
        </>
      )}
      {canRecover && <RecoveryOffer api={api} onChoose={() => setRecovering(true)} />}
      {status.state === 'ready' && (
        <>
          <h1 id="at-rest-heading">{t('security.sealing.heading')}</h1>
          <p role="status">
            {sealing ? t('security.sealing.progress', sealing) : t('security.sealing.starting')}
          </p>
        </>
      )}
    </main>
  );
}

function ChooseProtection({ api, onDone }: { api: Api; onDone: (s: AtRestStatus) => void }) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const ids = { pass: useId(), repeat: useId(), problem: useId(), understood: useId() };
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (passphrase.length < AT_REST_MIN_PASSPHRASE)
      return setProblem(t('security.choose.tooShort', { min: AT_REST_MIN_PASSPHRASE }));
    if (passphrase !== repeat) return setProblem(t('security.choose.mismatch'));
    setBusy(true);
    api.choose({ kind: 'passphrase', passphrase }).then(onDone, (error: unknown) => {
      setBusy(false);
      setProblem(String(error));
    });
  };
  return (
    <>
      <h1 id="at-rest-heading">{t('security.choose.heading')}</h1>
      <p>{t('security.choose.noKeystore')}</p>
      <form onSubmit={submit} className="at-rest-form" aria-describedby={problem ? ids.problem : undefined}>
        <h2>{t('security.choose.passphraseHeading')}</h2>
        <p>{t('security.choose.passphraseWarning')}</p>
        <label htmlFor={ids.pass}>{t('security.choose.passphrase')}</label>
        <input
          id={ids.pass}
          className="text-input"
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        <label htmlFor={ids.repeat}>{t('security.choose.repeat')}</label>
        <input
          id={ids.repeat}
          className="text-input"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
        {problem && (
          <p id={ids.problem} role="alert" className="at-rest-problem">
            {problem}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {t('security.choose.usePassphrase')}
        </button>
      </form>
      <div className="at-rest-form">
        <h2>{t('security.choose.unprotectedHeading')}</h2>
        <p>{t('security.choose.unprotectedWarning')}</p>
        <label htmlFor={ids.understood} className="at-rest-check">
          <input
            id={ids.understood}
            type="checkbox"
            checked={understood}
            onChange={(e) => setUnderstood(e.target.checked)}
          />
          {t('security.choose.unprotectedUnderstood')}
        </label>
        <button
          type="button"
          className="button"
          disabled={!understood || busy}
          onClick={() => {
            setBusy(true);
            api.choose({ kind: 'unprotected' }).then(onDone, () => setBusy(false));
          }}
        >
          {t('security.choose.useUnprotected')}
        </button>
      </div>
    </>
  );
}

function Unlock({
  api,
  status,
  onDone,
}: {
  api: Api;
  status: Extract<AtRestStatus, { state: 'needs-passphrase' }>;
  onDone: (s: AtRestStatus) => void;
}) {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const problemId = useId();
  const problem = status.wrongPassphrase
    ? status.retryInMs > 0
      ? t('security.unlock.wrongWait', { seconds: Math.ceil(status.retryInMs / 1000) })
      : t('security.unlock.wrong')
    : null;
  return (
    <>
      <h1 id="at-rest-heading">{t('security.unlock.heading')}</h1>
      <form
        className="at-rest-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (passphrase === '') return;
          setBusy(true);
          api.unlock({ passphrase }).then(
            (next) => {
              setBusy(false);
              setPassphrase('');
              onDone(next);
            },
            () => setBusy(false),
          );
        }}
      >
        <label htmlFor={id}>{t('security.unlock.passphrase')}</label>
        <input
          id={id}
          className="text-input"
          type="password"
          autoComplete="current-password"
          aria-describedby={problem ? problemId : undefined}
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        {problem && (
          <p id={problemId} role="alert" className="at-rest-problem">
            {problem}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {t('security.unlock.submit')}
        </button>
      </form>
    </>
  );
}
