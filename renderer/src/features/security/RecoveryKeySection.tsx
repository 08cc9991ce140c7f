import { useEffect, useId, useState } from 'react';
import { Heading } from 'react-aria-components';
import { ModalDialog } from '../../ui/ModalDialog';
import { useT } from '../../i18n/useT';
import { RecoveryKeyShown } from './RecoveryKeyShown';

type Api = NonNullable<Window['tandem']>['atRest'];
type Step = 'idle' | 'confirm-replace' | { shown: string };

/**
 * Settings → Recovery key: whether the journal has one, and making one (or a new one, which
 * ends the old). The new key is shown once in a dialog that only closes once the person says
 * they printed or wrote it down.
 */
export function RecoveryKeySection({ api = window.tandem?.atRest ?? null }: { api?: Api | null }) {
  const t = useT();
  const [hasKey, setHasKey] = useState<boolean | null>(null);
  const [step, setStep] = useState<Step>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  useEffect(() => {
    let live = true;
    void api?.recoveryStatus({}).then(
      (s) => live && setHasKey(s.hasRecoveryKey),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  if (!api || hasKey === null) return null;

  const make = () => {
    setBusy(true);
    setProblem(null);
    api.newRecoveryKey({}).then(
      (result) => {
        setBusy(false);
        if (result.status === 'failed') {
          setStep('idle');
          return setProblem(t('recovery.section.failed', { reason: result.message }));
        }
        setHasKey(true);
        setStep({ shown: result.recoveryKey });
      },
      (error: unknown) => {
        setBusy(false);
        setStep('idle');
        setProblem(t('recovery.section.failed', { reason: String(error) }));
      },
    );
  };

  return (
    <section className="recovery-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recovery.section.heading')}</h2>
      <p className="settings-hint">{t('recovery.section.explain')}</p>
      <p>{hasKey ? t('recovery.section.has') : t('recovery.section.none')}</p>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => (hasKey ? setStep('confirm-replace') : make())}
      >
        {hasKey ? t('recovery.section.makeNew') : t('recovery.section.make')}
      </button>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <ModalDialog
        isOpen={step === 'confirm-replace'}
        onOpenChange={(open) => !open && setStep('idle')}
        aria-label={t('recovery.replace.title')}
      >
        <Heading slot="title">{t('recovery.replace.title')}</Heading>
        <p>{t('recovery.replace.body')}</p>
        <div className="settings-row">
          <button type="button" className="button" onClick={() => setStep('idle')}>
            {t('recovery.replace.cancel')}
          </button>
          <button type="button" className="button" data-variant="danger" disabled={busy} onClick={make}>
            {t('recovery.replace.confirm')}
          </button>
        </div>
      </ModalDialog>
      {/* Escape and clicks outside do not close it: the key would be gone before it was kept. */}
      <ModalDialog
        isOpen={typeof step === 'object'}
        onOpenChange={() => undefined}
        aria-label={t('recovery.shown.title')}
      >
        {typeof step === 'object' && (
          <RecoveryKeyShown recoveryKey={step.shown} headingLevel="h2" onDone={() => setStep('idle')} />
        )}
      </ModalDialog>
    </section>
  );
}
