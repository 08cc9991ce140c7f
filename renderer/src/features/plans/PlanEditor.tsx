import { CalendarCheck, Pencil, Trash2 } from 'lucide-react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { planProgress } from '../../../../shared/growth/progress';
import { itemDocId } from '../../../../shared/schema/ids';
import {
  PLAN_SCHEMA_VERSION,
  planSchemaVersion,
  readPlan,
  storedPlanTitle,
  type Plan,
} from '../../../../shared/schema/plan';
import { useAppServices } from '../../services/AppServicesContext';
import { ItemDetail } from '../../ui/item/ItemDetail';
import { useToasts } from '../../ui/toasts';
import { absentGoalLabel, useGoalSummaries, useKnownGoalIds } from '../../services/growth/useGrowthIndex';
import { ExportPdfButton } from './ExportPdfDialog';
import { ShareControl } from '../sharing';
import { rhythmOptions } from '../../ui/rhythms';
import { ActivitiesSection } from './ActivitiesSection';
import { MilestonesSection } from './MilestonesSection';
import { SuccessStagesSection, SupportersSection } from './PeopleAndStagesSections';
import { nextReviewDate } from './planDates';
import { formatCalendarDate, formatInstantDay } from '../../ui/dates';
import { todayAt } from '../../../../shared/cadence/zonedTime';
import { PlanDetailsForm, planStatusLabels } from './PlanDetailsForm';
import { PlanProgressView } from './PlanProgressView';
import { SkillGapsSection } from './SkillGapsSection';
import { usePlanEditing } from './usePlanEditing';
import type * as Y from 'yjs';

const words = {
  opening: 'Opening the plan…',
  cannotOpen: 'This plan could not be opened',
  unaffected: 'Its stored data has been kept as it is; your other plans are unaffected.',
  unreadable: 'This plan’s details could not be read. Its data has been kept as it is.',
};

/** A plan a newer Tandem wrote, by its stored title: shown as kept, never edited here. */
const newerPlanTitle = (doc: Y.Doc): string | null =>
  planSchemaVersion(doc) > PLAN_SCHEMA_VERSION ? storedPlanTitle(doc) : null;

/** Opens a plan's document and shows it, or says clearly why it cannot be shown. */
export function PlanPane({ id, onDelete }: { id: string; onDelete: () => void }) {
  const { growth } = useAppServices();
  return (
    <ItemDetail
      id={id}
      open={(planId) => growth.open(planId)}
      read={readPlan}
      newer={newerPlanTitle}
      words={words}
    >
      {(plan, item) => <PlanEditor plan={plan} doc={item.doc} onDelete={onDelete} />}
    </ItemDetail>
  );
}

function PlanEditor({ plan, doc, onDelete }: { plan: Plan; doc: Y.Doc; onDelete: () => void }) {
  const { vault, now } = useAppServices();
  const editing = usePlanEditing(doc);
  const goals = useGoalSummaries(vault.doc);
  const knownGoalIds = useKnownGoalIds(vault.doc);
  const toasts = useToasts();
  const [editingDetails, setEditingDetails] = useState(false);
  // The button stays on screen while the form is open, so focus can return to it directly.
  const editButton = useRef<HTMLButtonElement>(null);
  const closeDetails = () => {
    setEditingDetails(false);
    editButton.current?.focus();
  };
  const today = todayAt(now());

  const goal = plan.goalId ? goals.find((g) => g.id === plan.goalId) : undefined;
  const cadence = rhythmOptions.find((r) => r.value === plan.reviewCadence);
  const progress = planProgress(plan, today);
  const reviewBy = nextReviewDate(plan, now());

  return (
    <article className="plan" data-plan-id={plan.id}>
      <header className="plan-header">
        <h1>{plan.title}</h1>
        <div className="plan-header-actions">
          <button ref={editButton} type="button" className="button" onClick={() => setEditingDetails(true)}>
            <Pencil size={14} aria-hidden /> Edit details
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              editing.markReviewed();
              toasts.show('Review recorded for today.');
            }}
          >
            <CalendarCheck size={14} aria-hidden /> Mark reviewed
          </button>
          <ExportPdfButton planId={plan.id} />
          <button type="button" className="button" data-variant="danger" onClick={onDelete}>
            <Trash2 size={14} aria-hidden /> Delete plan
          </button>
        </div>
      </header>
      {editingDetails ? (
        <PlanDetailsForm
          label="Plan details"
          saveLabel="Save details"
          showStatus
          initial={plan}
          onCancel={closeDetails}
          onSave={(details) => {
            editing.updateDetails(details);
            closeDetails();
          }}
        />
      ) : (
        <dl className="plan-facts">
          <dt>Goal</dt>
          <dd>
            {plan.goalId === null ? (
              'Standalone plan'
            ) : goal ? (
              <Link to={`/goals/${goal.id}`}>{goal.title}</Link>
            ) : (
              absentGoalLabel(plan.goalId, knownGoalIds)
            )}
          </dd>
          <dt>Status</dt>
          <dd>{planStatusLabels[plan.status]}</dd>
          <dt>Review</dt>
          <dd>
            {cadence ? cadence.label : 'No set review'}
            {' · '}
            {plan.lastReviewedAt === null
              ? 'Not reviewed yet'
              : `Last reviewed ${formatInstantDay(plan.lastReviewedAt)}`}
            {reviewBy &&
              (reviewBy < today
                ? ` · Review overdue since ${formatCalendarDate(reviewBy)}`
                : ` · Next review by ${formatCalendarDate(reviewBy)}`)}
          </dd>
        </dl>
      )}
      <ShareControl docId={itemDocId(plan.id)} kind="plan" title={plan.title} />
      <PlanProgressView progress={progress} today={today} />
      <SkillGapsSection gaps={plan.skillGaps} editing={editing} />
      <ActivitiesSection activities={plan.activities} editing={editing} />
      <MilestonesSection milestones={plan.milestones} today={today} now={now} editing={editing} />
      <SupportersSection supporters={plan.supporters} editing={editing} />
      <SuccessStagesSection stages={plan.successStages} editing={editing} />
    </article>
  );
}
