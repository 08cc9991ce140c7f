import type { SubmitEvent } from 'react';
import { competencyFieldsSchema, type CompetencyFields } from '../../../../shared/schema/competency';
import { validate } from '../../../../shared/schema/validation';
import { TextField, TitledForm, useDraft } from '../../ui/form';
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
  const { draft, set, bind, errors, formRef, fail } = useDraft(initial);

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
    <TitledForm
      heading={heading}
      formRef={formRef}
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel={submitLabel}
    >
      <TextField label="Name" {...bind('name')} autoFocus />
      <TextField
        label="Description"
        hint="Optional: what doing this well looks like to you."
        {...bind('description')}
        rows={2}
      />
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
    </TitledForm>
  );
}
