import { type SubmitEvent, useState } from 'react';
import { Label, RadioGroup } from 'react-aria-components';
import { Choice } from './formFields';
import {
  goalFieldsSchema,
  goalHorizonLabels,
  goalHorizonSchema,
  goalPathLabels,
  goalPathSchema,
  goalStatusLabels,
  goalStatusSchema,
  type GoalFields,
  type GoalPath,
} from '../../../../shared/schema/goal';
import { validate } from '../../../../shared/schema/validation';
import { CompetencyChecklist } from './CompetencyChecklist';
import { Field, useFormErrors } from './formFields';

interface GoalFormProps {
  heading: string;
  initial: GoalFields;
  submitLabel: string;
  onSave: (fields: GoalFields) => Promise<void> | void;
  onCancel: () => void;
}

/**
 * Creates or edits a goal. Everything is checked against the goal schema on Save and written
 * in one go, or not at all; Cancel drops the draft.
 */
export function GoalForm({ heading, initial, submitLabel, onSave, onCancel }: GoalFormProps) {
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { errors, formRef, fail, clear } = useFormErrors();
  const set = <K extends keyof GoalFields>(key: K, value: GoalFields[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clear(key);
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validate(goalFieldsSchema, draft);
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
          `The goal could not be saved: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
  };

  return (
    <form ref={formRef} className="growth-form" noValidate onSubmit={submit} aria-label={heading}>
      <h2>{heading}</h2>
      {saveError && (
        <p className="field-error" role="alert">
          {saveError}
        </p>
      )}
      <Field label="Title" error={errors.title}>
        {(control) => (
          <input
            {...control}
            className="text-input"
            value={draft.title}
            autoFocus
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
      <Field label="Why it matters to me" error={errors.why}>
        {(control) => (
          <textarea
            {...control}
            className="text-input"
            rows={3}
            value={draft.why}
            onChange={(e) => set('why', e.target.value)}
          />
        )}
      </Field>
      <Field
        label="How it aligns with team or organisation priorities"
        hint="Optional — useful when you talk it through with your manager."
        error={errors.alignment}
      >
        {(control) => (
          <textarea
            {...control}
            className="text-input"
            rows={3}
            value={draft.alignment}
            onChange={(e) => set('alignment', e.target.value)}
          />
        )}
      </Field>
      <div className="form-row">
        <Field label="Time horizon" error={errors.horizon}>
          {(control) => (
            <select
              {...control}
              className="text-input"
              value={draft.horizon}
              onChange={(e) => set('horizon', goalHorizonSchema.parse(e.target.value))}
            >
              {goalHorizonSchema.options.map((h) => (
                <option key={h} value={h}>
                  {goalHorizonLabels[h]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Status" error={errors.status}>
          {(control) => (
            <select
              {...control}
              className="text-input"
              value={draft.status}
              onChange={(e) => set('status', goalStatusSchema.parse(e.target.value))}
            >
              {goalStatusSchema.options.map((s) => (
                <option key={s} value={s}>
                  {goalStatusLabels[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <RadioGroup
        className="path-picker"
        value={draft.path}
        onChange={(value) => set('path', value as GoalPath)}
        isInvalid={errors.path !== undefined}
      >
        <Label className="form-label">Path</Label>
        {goalPathSchema.options.map((p) => (
          <Choice key={p} value={p} className="path-option">
            {goalPathLabels[p]}
          </Choice>
        ))}
      </RadioGroup>
      <CompetencyChecklist
        selected={draft.competencyIds}
        error={errors.competencyIds}
        onChange={(ids) => set('competencyIds', ids)}
      />
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
