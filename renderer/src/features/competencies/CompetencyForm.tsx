import { competencyFieldsSchema, type CompetencyFields } from '../../../../shared/schema/competency';
import { LevelField, TextField, TitledForm, useItemForm, type ItemFormProps } from '../../ui/form';
import { useT } from '../../i18n/useT';

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
  const t = useT();
  const { draft, set, bind, errors, frame } = useItemForm(props, competencyFieldsSchema, {
    failure: t('competencies.form.failure'),
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
      <TextField label={t('competencies.form.name')} {...bind('name')} autoFocus />
      <TextField
        label={t('competencies.form.description')}
        hint={t('competencies.form.descriptionHint')}
        {...bind('description')}
        rows={2}
      />
      <LevelField
        label={t('competencies.form.current')}
        value={draft.current}
        error={errors.current}
        onChange={(level) => set('current', level)}
      />
      <LevelField
        label={t('competencies.form.target')}
        value={draft.target}
        error={errors.target}
        onChange={(level) => set('target', level)}
      />
    </TitledForm>
  );
}
