import { useId, useState } from 'react';
import { copyText } from '../../ui/copyText';
import { useT } from '../../i18n/useT';
import './recoveryKey.css';

/**
 * A recovery key, shown the one time it exists in the window: large and grouped for writing
 * down, with Copy and Print, and Done only once the person says they kept it. The text is held
 * nowhere else; when this closes it is gone.
 */
export function RecoveryKeyShown({
  recoveryKey,
  headingLevel,
  headingId,
  onDone,
}: {
  recoveryKey: string;
  headingLevel: 'h1' | 'h2';
  /** The heading's id where a landmark around it is labelled by it. */
  headingId?: string;
  onDone: () => void;
}) {
  const t = useT();
  const [kept, setKept] = useState(false);
  const [copied, setCopied] = useState<boolean | null>(null);
  const ids = { heading: useId(), key: useId(), kept: useId() };
  const heading = headingId ?? ids.heading;
  const Heading = headingLevel;
  const made = t.intl.formatDate(new Date(), { dateStyle: 'long' });
  return (
    <div className="recovery-shown" aria-labelledby={heading} role="group">
      <Heading id={heading} slot="title">
        {t('recovery.shown.title')}
      </Heading>
      <p>{t('recovery.shown.body')}</p>
      <div className="recovery-print">
        <p className="recovery-print-only">{t('recovery.shown.printHeading')}</p>
        <p id={ids.key} className="recovery-label">
          {t('recovery.shown.keyLabel')}
        </p>
        <p className="recovery-key" aria-labelledby={ids.key} dir="ltr" translate="no">
          {recoveryKey}
        </p>
        <p className="recovery-print-only">{t('recovery.shown.printDate', { date: made })}</p>
      </div>
      <div className="settings-row">
        <button
          type="button"
          className="button"
          onClick={() =>
            void copyText(recoveryKey).then(
              (done) => setCopied(done),
              () => setCopied(false),
            )
          }
        >
          {t('recovery.shown.copy')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('recovery.shown.print')}
        </button>
      </div>
      {copied !== null && (
        <p role="status">{copied ? t('recovery.shown.copied') : t('recovery.shown.notCopied')}</p>
      )}
      <label htmlFor={ids.kept} className="at-rest-check">
        <input id={ids.kept} type="checkbox" checked={kept} onChange={(e) => setKept(e.target.checked)} />
        {t('recovery.shown.acknowledge')}
      </label>
      <button type="button" className="button" data-variant="primary" disabled={!kept} onClick={onDone}>
        {t('recovery.shown.done')}
      </button>
    </div>
  );
}
