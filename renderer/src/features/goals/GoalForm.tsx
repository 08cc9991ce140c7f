import {
  goalFieldsSchema,
  goalHorizonSchema,
  goalPathSchema,
  goalStatusSchema,
  type GoalFields,
} from '../../../../shared/schema/goal';
import { useT } from '../../i18n/useT';
import { EnumField, RadioGroup, TextField, TitledForm, useItemForm, type EditFormProps } from '../../ui/form';
import { CompetencyChecklist } from './CompetencyChecklist';
import { goalHorizonLabels, goalPathText, goalStatusLabels } from './goalWords';
import './forms.css';

/**
 * Creates or edits a goal. Everything is checked against the goal schema on Save and written
 * in one go, or not at all; Cancel drops the draft.
 */
export function GoalForm(props: EditFormProps<GoalFields>) {
  const t = useT();
  const { draft, set, bind, errors, frame } = useItemForm(props, goalFieldsSchema, {
    failure: t('goals.form.failure'),
  });

  return (
    <TitledForm {...frame}>
      <TextField label={t('goals.form.title')} {...bind('title')} autoFocus />
      <TextField label={t('goals.form.why')} {...bind('why')} rows={3} />
      <TextField
        label={t('goals.form.alignment')}
        hint={t('goals.form.alignmentHint')}
        {...bind('alignment')}
        rows={3}
      />
      <div className="form-row">
        <EnumField
          label={t('goals.form.horizon')}
          {...bind('horizon')}
          schema={goalHorizonSchema}
          labels={goalHorizonLabels(t)}
        />
        <EnumField
          label={t('goals.form.status')}
          {...bind('status')}
          schema={goalStatusSchema}
          labels={goalStatusLabels(t)}
        />
      </div>
      <RadioGroup
        legend={t('goals.form.path')}
        value={draft.path}
        onChange={(path) => set('path', path)}
        error={errors.path}
        options={goalPathSchema.options.map((p) => ({ value: p, label: goalPathText(t, p) }))}
      />
      <CompetencyChecklist
        selected={draft.competencyIds}
        error={errors.competencyIds}
        onChange={(ids) => set('competencyIds', ids)}
      />
    </TitledForm>
  );
}
