import { Lock } from 'lucide-react';
import { type SubmitEvent, useState } from 'react';
import { feedbackFieldsSchema, type FeedbackFields } from '../../../../shared/schema/feedback';
import { validate } from '../../../../shared/schema/validation';
import { useAppServices } from '../../app/AppServicesContext';
import { Field, useFormErrors } from '../goals/formFields';
import { useCompetencies, useGoalSummaries } from '../growth/useGrowthIndex';

interface FeedbackFormProps {
  heading: string;
  initial: FeedbackFields;
  submitLabel: string;
  onSave: (fields: FeedbackFields) => Promise<void> | void;
  onCancel: () => void;
}

/**
 * A feedback note in the order that makes it useful: what was done, what it led to, what to do
 * next; then who gave it and when. Checked against the schema on Save, written all at once.
 */
export function FeedbackForm({ heading, initial, submitLabel, onSave, onCancel }: FeedbackFormProps) {
  const { vault } = useAppServices();
  const goals = useGoalSummaries(vault.doc);
  const competencies = useCompetencies(vault.doc);
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { errors, formRef, fail, clear } = useFormErrors();
  const set = <K extends keyof FeedbackFields>(key: K, value: FeedbackFields[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clear(key);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validate(feedbackFieldsSchema, { ...draft, givenOn: draft.givenOn.trim() });
    if (!result.ok) {
      fail(result.errors);
      return;
    }
    setSaving(true);
    Promise.resolve()
      .then(() => onSave(result.value))
      .catch((error: unknown) => {
        setSaving(false);
        setSaveError(
          `The note could not be saved: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
  };

  const text = (key: 'behaviour' | 'impact' | 'nextStep', label: string, hint: string) => (
    <Field label={label} hint={hint} error={errors[key]}>
      {(control) => (
        <textarea
          {...control}
          className="text-input"
          rows={3}
          value={draft[key]}
          autoFocus={key === 'behaviour'}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form ref={formRef} className="growth-form" noValidate onSubmit={submit} aria-label={heading}>
      <h2>{heading}</h2>
      <p className="privacy-note">
        <Lock size={14} aria-hidden /> Private — only on this computer.
      </p>
      {saveError && (
        <p className="field-error" role="alert">
          {saveError}
        </p>
      )}
      {text('behaviour', 'Behaviour', 'What was done or said — specific and observable.')}
      {text('impact', 'Impact', 'What it led to, for the work or for people.')}
      {text('nextStep', 'Suggested next step', 'What to keep, start or change.')}
      <div className="form-row">
        <Field label="From whom" hint="“Me” is fine for your own observations." error={errors.from}>
          {(control) => (
            <input
              {...control}
              className="text-input"
              value={draft.from}
              onChange={(e) => set('from', e.target.value)}
            />
          )}
        </Field>
        <Field label="Date given" hint="Year-month-day, e.g. 2026-03-31." error={errors.givenOn}>
          {(control) => (
            // A text field, not a date picker: typed dates are checked as real calendar days and
            // named plainly when they are not, where a picker would silently clamp or clear them.
            <input
              {...control}
              className="text-input"
              inputMode="numeric"
              placeholder="YYYY-MM-DD"
              value={draft.givenOn}
              onChange={(e) => set('givenOn', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field label="Linked goal" hint="Optional." error={errors.goalId}>
          {(control) => (
            <select
              {...control}
              className="text-input"
              value={draft.goalId ?? ''}
              onChange={(e) => set('goalId', e.target.value || null)}
            >
              <option value="">None</option>
              {draft.goalId && !goals.some((g) => g.id === draft.goalId) && (
                <option value={draft.goalId}>A deleted goal</option>
              )}
              {goals.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Linked competency" hint="Optional." error={errors.competencyId}>
          {(control) => (
            <select
              {...control}
              className="text-input"
              value={draft.competencyId ?? ''}
              onChange={(e) => set('competencyId', e.target.value || null)}
            >
              <option value="">None</option>
              {draft.competencyId && !competencies.some((c) => c.id === draft.competencyId) && (
                <option value={draft.competencyId}>A deleted competency</option>
              )}
              {competencies.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" data-variant="primary" disabled={saving}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
