import { competencyFieldsSchema, type CompetencyFields } from '../../../../shared/schema/competency';
import { TextField, TitledForm, useItemForm, type ItemFormProps } from '../../ui/form';
import { LevelPicker } from './LevelPicker';

/** What the form holds: levels stay unset until the user picks them. */
export interface CompetencyDraft {
  name: string;
  description: string;
  current: number | null;
  target: number | null;
}

export const emptyCompetency: CompetencyDraft = { name: '', description: '', current: null, target: null };

/** Adds or edits a competency; nothing is written until every field is valid. */
export function CompetencyForm(props: ItemFormProps<CompetencyDraft, CompetencyFields>) {
  const { draft, set, bind, errors, frame } = useItemForm(props, competencyFieldsSchema, {
    failure: 'The competency could not be saved',
    toRecord: (competency) => ({
      ...competency,
      current: competency.current ?? undefined,
      target: competency.target ?? undefined,
    }),
    // It can sit in a dialog opened from the goal form, which must not see this submit.
    isolated: true,
  });

  return (
    <TitledForm {...frame}>
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
