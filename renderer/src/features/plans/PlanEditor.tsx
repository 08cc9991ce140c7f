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
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { ItemDetail } from '../../ui/item/ItemDetail';
import { useToasts } from '../../ui/toasts';
import { useGoalSummaries, useKnownGoalIds } from '../../services/growth/useGrowthIndex';
import { ExportPdfButton } from './ExportPdfDialog';
import { CommentsSection } from '../comments';
import { ItemHistory } from '../history';
import { ShareControl } from '../sharing';
import { useRhythmOptions } from '../../ui/rhythms';
import { ActivitiesSection } from './ActivitiesSection';
import { MilestonesSection } from './MilestonesSection';
import { SuccessStagesSection, SupportersSection } from './PeopleAndStagesSections';
import { nextReviewDate } from './planDates';
import { todayAt } from '../../../../shared/cadence/zonedTime';
import { PlanDetailsForm } from './PlanDetailsForm';
import { PlanProgressView } from './PlanProgressView';
import { SkillGapsSection } from './SkillGapsSection';
import { usePlanEditing } from './usePlanEditing';
import type * as Y from 'yjs';

/** A plan a newer Tandem wrote, by its stored title: shown as kept, never edited here. */
const newerPlanTitle = (doc: Y.Doc): string | null =>
  planSchemaVersion(doc) > PLAN_SCHEMA_VERSION ? storedPlanTitle(doc) : null;

/** Opens a plan's document and shows it, or says clearly why it cannot be shown. */
export function PlanPane({ id, onDelete }: { id: string; onDelete: () => void }) {
  const { growth } = useAppServices();
  const t = useT();
  const words = {
    opening: t('plans.editor.opening'),
    cannotOpen: t('plans.editor.cannotOpen'),
    unaffected: t('plans.editor.unaffected'),
    unreadable: t('plans.editor.unreadable'),
  };
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
  const { vault, now, growth } = useAppServices();
  const t = useT();
  const dates = useDates();
  const rhythmOptions = useRhythmOptions();
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
            <Pencil size={14} aria-hidden /> {t('plans.editor.editDetails')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              editing.markReviewed();
              toasts.show(t('plans.editor.reviewRecorded'));
            }}
          >
            <CalendarCheck size={14} aria-hidden /> {t('plans.editor.markReviewed')}
          </button>
          <ExportPdfButton planId={plan.id} />
          <button type="button" className="button" data-variant="danger" onClick={onDelete}>
            <Trash2 size={14} aria-hidden /> {t('plans.editor.delete')}
          </button>
        </div>
      </header>
      {editingDetails ? (
        <PlanDetailsForm
          label={t('plans.editor.detailsLabel')}
          saveLabel={t('plans.editor.saveDetails')}
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
          <dt>{t('plans.facts.goal')}</dt>
          <dd>
            {plan.goalId === null ? (
              t('plans.facts.standalone')
            ) : goal ? (
              <Link to={`/goals/${goal.id}`}>{goal.title}</Link>
            ) : (
              t('plans.goal.absent', { known: knownGoalIds.has(plan.goalId) ? 'yes' : 'no' })
            )}
          </dd>
          <dt>{t('plans.facts.status')}</dt>
          <dd>{t('plans.status', { status: plan.status })}</dd>
          <dt>{t('plans.facts.review')}</dt>
          <dd>
            {t('plans.facts.reviewLine', {
              cadence: cadence ? cadence.label : t('plans.details.noReview'),
              reviewed: plan.lastReviewedAt === null ? 'no' : 'yes',
              last: plan.lastReviewedAt === null ? '' : dates.day(plan.lastReviewedAt),
              next: reviewBy === null ? 'none' : reviewBy < today ? 'overdue' : 'due',
              by: reviewBy === null ? '' : dates.calendar(reviewBy),
            })}
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
      <ItemHistory itemId={plan.id} item={doc} onRestored={() => growth.reindexPlan(doc)} />
      <CommentsSection
        itemId={plan.id}
        anchors={plan.milestones.map((m) => ({ id: m.id, label: m.title }))}
      />
    </article>
  );
}
