import { type SubmitEvent, useState } from 'react';
import { competencyFieldsSchema, type CompetencyFields } from '../../../../shared/schema/competency';
import { validate } from '../../../../shared/schema/validation';
import { Field, useFormErrors } from '../goals/formFields';
import { LevelPicker } from './LevelPicker';

/** What the form holds: levels stay unset until the user picks them. */
export interface CompetencyDraft {
  name: string;
  description: string;
  current: number | null;
  target: number | null;
}

export const emptyCompetency: CompetencyDraft = { name: '', description: '', current: null, target: null };

interface CompetencyFormProps {
  heading: string;
  initial: CompetencyDraft;
  submitLabel: string;
  onSave: (fields: CompetencyFields) => void;
  onCancel: () => void;
}

/** Adds or edits a competency; nothing is written until every field is valid. */
export function CompetencyForm({ heading, initial, submitLabel, onSave, onCancel }: CompetencyFormProps) {
  const [draft, setDraft] = useState(initial);
  const { errors, formRef, fail, clear } = useFormErrors();
  const set = <K extends keyof CompetencyDraft>(key: K, value: CompetencyDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clear(key);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    // This form can sit in a dialog opened from the goal form; React bubbles submit events along
    // the component tree, through the portal, so the goal form must not see this one.
    event.stopPropagation();
    const result = validate(competencyFieldsSchema, {
      ...draft,
      current: draft.current ?? undefined,
      target: draft.target ?? undefined,
    });
    if (result.ok) onSave(result.value);
    else fail(result.errors);
  };

  return (
    <form ref={formRef} className="growth-form" noValidate onSubmit={submit} aria-label={heading}>
      <h2>{heading}</h2>
      <Field label="Name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            className="text-input"
            value={draft.name}
            autoFocus
            onChange={(e) => set('name', e.target.value)}
          />
        )}
      </Field>
      <Field
        label="Description"
        hint="Optional: what doing this well looks like to you."
        error={errors.description}
      >
        {(control) => (
          <textarea
            {...control}
            className="text-input"
            rows={2}
            value={draft.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
      <LevelPicker
        label="Current level"
        value={draft.current}
        error={errors.current}
        onChange={(level) => set('current', level)}
      />
      <LevelPicker
        label="Target level"
        value={draft.target}
        error={errors.target}
        onChange={(level) => set('target', level)}
      />
      <div className="form-actions">
        <button type="submit" className="button" data-variant="primary">
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
