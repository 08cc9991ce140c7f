import type { SubmitEvent } from 'react';
import { Label, RadioGroup } from 'react-aria-components';
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
import {
  Choice,
  EnumField,
  TextField,
  TitledForm,
  useDraft,
  useSaving,
  type EditFormProps,
} from '../../ui/form';
import { CompetencyChecklist } from './CompetencyChecklist';
import './forms.css';

/**
 * Creates or edits a goal. Everything is checked against the goal schema on Save and written
 * in one go, or not at all; Cancel drops the draft.
 */
export function GoalForm({ heading, initial, submitLabel, onSave, onCancel }: EditFormProps<GoalFields>) {
  const { draft, set, bind, errors, formRef, fail } = useDraft(initial);
  const { saving, saveError, save } = useSaving(onSave, 'The goal could not be saved');

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validate(goalFieldsSchema, draft);
    if (result.ok) save(result.value);
    else fail(result.errors);
  };

  return (
    <TitledForm
      heading={heading}
      formRef={formRef}
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={submitLabel}
      saving={saving}
      error={saveError}
    >
      <TextField label="Title" {...bind('title')} autoFocus />
      <TextField label="Why it matters to me" {...bind('why')} rows={3} />
      <TextField
        label="How it aligns with team or organisation priorities"
        hint="Optional — useful when you talk it through with your manager."
        {...bind('alignment')}
        rows={3}
      />
      <div className="form-row">
        <EnumField
          label="Time horizon"
          {...bind('horizon')}
          schema={goalHorizonSchema}
          labels={goalHorizonLabels}
        />
        <EnumField label="Status" {...bind('status')} schema={goalStatusSchema} labels={goalStatusLabels} />
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
    </TitledForm>
  );
}
