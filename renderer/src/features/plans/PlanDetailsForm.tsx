import { planDetailsSchema, planStatusSchema, type PlanDetails } from '../../../../shared/schema/plan';
import { rhythmSchema } from '../../../../shared/schema/vault';
import { useAppServices } from '../../services/AppServicesContext';
import { useGoalSummaries } from '../../services/growth/useGrowthIndex';
import { rhythmOptions } from '../../ui/rhythms';
import { EnumField, Field, RecordForm, TextField, useDraftForm } from '../../ui/form';

export const planStatusLabels: Record<PlanDetails['status'], string> = {
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
};

const NO_GOAL = '';
const NO_CADENCE = '';

interface PlanDetailsFormProps {
  label: string;
  initial: PlanDetails;
  saveLabel: string;
  /** New plans start active; the status is chosen only when editing. */
  showStatus: boolean;
  onSave: (details: PlanDetails) => void;
  onCancel: () => void;
}

/** A plan's title, the goal it serves (if any), its status and how often to review it. */
export function PlanDetailsForm({
  label,
  initial,
  saveLabel,
  showStatus,
  onSave,
  onCancel,
}: PlanDetailsFormProps) {
  const { vault } = useAppServices();
  const goals = useGoalSummaries(vault.doc);
  const draft0 = {
    title: initial.title,
    goalId: initial.goalId ?? NO_GOAL,
    status: initial.status,
    reviewCadence: initial.reviewCadence ?? NO_CADENCE,
  };
  const toRecord = (d: typeof draft0) => ({
    title: d.title,
    goalId: d.goalId === NO_GOAL ? null : d.goalId,
    status: d.status,
    reviewCadence: d.reviewCadence === NO_CADENCE ? null : d.reviewCadence,
  });
  const { draft, set, bind, errors, formRef, onSubmit } = useDraftForm(
    draft0,
    planDetailsSchema,
    toRecord,
    onSave,
  );
  const goalMissing = draft.goalId !== NO_GOAL && !goals.some((g) => g.id === draft.goalId);

  return (
    <RecordForm
      label={label}
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      saveLabel={saveLabel}
      formError={errors.form}
    >
      <TextField label="Plan title" {...bind('title')} autoFocus />
      <Field
        label="Goal"
        hint="A plan can serve one of your goals, or stand on its own."
        error={errors.goalId}
      >
        {(control) => (
          <select
            {...control}
            className="text-input"
            value={draft.goalId}
            onChange={(e) => set('goalId', e.target.value)}
          >
            <option value={NO_GOAL}>No goal (a standalone plan)</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
            {goalMissing && <option value={draft.goalId}>A deleted goal</option>}
          </select>
        )}
      </Field>
      <div className="plan-form-row">
        {showStatus && (
          <EnumField label="Status" {...bind('status')} schema={planStatusSchema} labels={planStatusLabels} />
        )}
        <Field label="Review" error={errors.reviewCadence}>
          {(control) => (
            <select
              {...control}
              className="text-input"
              value={draft.reviewCadence}
              onChange={(e) =>
                set(
                  'reviewCadence',
                  e.target.value === NO_CADENCE ? NO_CADENCE : rhythmSchema.parse(e.target.value),
                )
              }
            >
              <option value={NO_CADENCE}>No set review</option>
              {rhythmOptions.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </RecordForm>
  );
}
