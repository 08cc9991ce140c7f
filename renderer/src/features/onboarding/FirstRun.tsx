import { useId, useState, type SyntheticEvent } from 'react';
import type * as Y from 'yjs';
import { profileSchema, updateProfile, type Rhythm } from '../../../../shared/schema/vault';
import { useT } from '../../i18n/useT';
import { RadioGroup } from '../../ui/form';
import { useRhythmOptions } from '../../ui/rhythms';
import './onboarding.css';

/** First start: a name, a reflection rhythm, and the one-sentence privacy promise. Skippable. */
export function FirstRun({ vault }: { vault: Y.Doc }) {
  const t = useT();
  const rhythmOptions = useRhythmOptions();
  const [displayName, setDisplayName] = useState('');
  const [rhythm, setRhythm] = useState<Rhythm>('weekly');
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const errorId = useId();

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const parsed = profileSchema.shape.displayName.safeParse(displayName.trim());
    if (!parsed.success) {
      setError(t('onboarding.nameTooLong'));
      return;
    }
    updateProfile(vault, { displayName: parsed.data, reflectionRhythm: rhythm, onboarding: 'completed' });
  };

  return (
    <main className="first-run">
      <form className="first-run-card" onSubmit={submit} aria-labelledby="first-run-title">
        <h1 id="first-run-title">{t('onboarding.title')}</h1>
        <p className="first-run-promise">{t('onboarding.promise')}</p>
        <label htmlFor={nameId}>{t('onboarding.nameLabel')}</label>
        <input
          id={nameId}
          className="text-input"
          value={displayName}
          autoFocus
          maxLength={120}
          placeholder={t('onboarding.namePlaceholder')}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            setDisplayName(e.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
        <RadioGroup
          legend={t('onboarding.rhythmLegend')}
          value={rhythm}
          onChange={setRhythm}
          options={rhythmOptions.map((option) => ({
            value: option.value,
            label: <strong>{option.label}</strong>,
            hint: option.hint,
          }))}
        />
        <div className="first-run-actions">
          <button
            type="button"
            className="button"
            data-variant="ghost"
            onClick={() => updateProfile(vault, { onboarding: 'skipped' })}
          >
            {t('onboarding.skip')}
          </button>
          <button type="submit" className="button" data-variant="primary">
            {t('onboarding.start')}
          </button>
        </div>
      </form>
    </main>
  );
}
