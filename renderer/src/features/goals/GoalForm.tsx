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
import { Choice, EnumField, TextField, TitledForm, useItemForm, type EditFormProps } from '../../ui/form';
import { CompetencyChecklist } from './CompetencyChecklist';
import './forms.css';

/**
 * Creates or edits a goal. Everything is checked against the goal schema on Save and written
 * in one go, or not at all; Cancel drops the draft.
 */
export function GoalForm(props: EditFormProps<GoalFields>) {
  const { draft, set, bind, errors, frame } = useItemForm(props, goalFieldsSchema, {
    failure: 'The goal could not be saved',
  });

  return (
    <TitledForm {...frame}>
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
