import { planDetailsSchema, planStatusSchema, type PlanDetails } from '../../../../shared/schema/plan';
import { useT, type Translate } from '../../i18n/useT';
import { rhythmSchema } from '../../../../shared/schema/vault';
import { useAppServices } from '../../services/AppServicesContext';
import { useGoalSummaries } from '../../services/growth/useGrowthIndex';
import { useRhythmOptions } from '../../ui/rhythms';
import { EnumField, Field, RecordForm, TextField, useDraftForm } from '../../ui/form';

/** The plan statuses in the window's language, for the status choice. */
export const planStatusLabels = (t: Translate): Record<PlanDetails['status'], string> => ({
  active: t('plans.status', { status: 'active' }),
  paused: t('plans.status', { status: 'paused' }),
  completed: t('plans.status', { status: 'completed' }),
});

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
  const t = useT();
  const rhythmOptions = useRhythmOptions();
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
      <TextField label={t('plans.details.title')} {...bind('title')} autoFocus />
      <Field label={t('plans.details.goal')} hint={t('plans.details.goalHint')} error={errors.goalId}>
        {(control) => (
          <select
            {...control}
            className="text-input"
            value={draft.goalId}
            onChange={(e) => set('goalId', e.target.value)}
          >
            <option value={NO_GOAL}>{t('plans.details.noGoal')}</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
            {goalMissing && <option value={draft.goalId}>{t('plans.goal.absent', { known: 'yes' })}</option>}
          </select>
        )}
      </Field>
      <div className="plan-form-row">
        {showStatus && (
          <EnumField
            label={t('plans.details.status')}
            {...bind('status')}
            schema={planStatusSchema}
            labels={planStatusLabels(t)}
          />
        )}
        <Field label={t('plans.details.review')} error={errors.reviewCadence}>
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
              <option value={NO_CADENCE}>{t('plans.details.noReview')}</option>
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
