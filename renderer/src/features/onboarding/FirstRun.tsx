import { useId, useState, type SyntheticEvent } from 'react';
import type * as Y from 'yjs';
import { profileSchema, updateProfile, type Rhythm } from '../../../../shared/schema/vault';
import { rhythmOptions } from '../../ui/rhythms';
import './onboarding.css';

/** First start: a name, a reflection rhythm, and the one-sentence privacy promise. Skippable. */
export function FirstRun({ vault }: { vault: Y.Doc }) {
  const [displayName, setDisplayName] = useState('');
  const [rhythm, setRhythm] = useState<Rhythm>('weekly');
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const errorId = useId();

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const parsed = profileSchema.shape.displayName.safeParse(displayName.trim());
    if (!parsed.success) {
      setError('Please keep your name under 80 characters.');
      return;
    }
    updateProfile(vault, { displayName: parsed.data, reflectionRhythm: rhythm, onboarding: 'completed' });
  };

  return (
    <main className="first-run">
      <form className="first-run-card" onSubmit={submit} aria-labelledby="first-run-title">
        <h1 id="first-run-title">Welcome to Tandem</h1>
        <p className="first-run-promise">
          Everything you write stays on this computer unless you choose to share it.
        </p>
        <label htmlFor={nameId}>What should we call you?</label>
        <input
          id={nameId}
          className="text-input"
          value={displayName}
          autoFocus
          maxLength={120}
          placeholder="Your name"
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
        <fieldset>
          <legend>How often would you like to reflect?</legend>
          {rhythmOptions.map((option) => (
            <label key={option.value} className="first-run-choice">
              <input
                type="radio"
                name="rhythm"
                value={option.value}
                checked={rhythm === option.value}
                onChange={() => setRhythm(option.value)}
              />
              <span>
                <strong>{option.label}</strong> <span className="first-run-hint">{option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="first-run-actions">
          <button
            type="button"
            className="button"
            data-variant="ghost"
            onClick={() => updateProfile(vault, { onboarding: 'skipped' })}
          >
            Skip for now
          </button>
          <button type="submit" className="button" data-variant="primary">
            Start journaling
          </button>
        </div>
      </form>
    </main>
  );
}
