import { Plus } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { PlanDetails } from '../../../../shared/schema/plan';
import { useAppServices } from '../../app/AppServicesContext';
import { useToasts } from '../../ui/toasts';
import { useGoalSummaries, usePlanSummaries } from '../growth/useGrowthIndex';
import { NewPlanDialog } from './NewPlanDialog';
import { PlanPane } from './PlanEditor';
import { todayAt } from './planDates';
import { PlanList } from './PlanList';
import './plans.css';
import './planRecords.css';

/**
 * Development plans: the list on the left, the open plan on the right.
 * Routes: `/plans`, `/plans/:planId`; `/plans?goal=<goalId>` opens "New plan" for that goal.
 */
export function PlansPage() {
  const { vault, growth, now } = useAppServices();
  const { planId = null } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const toasts = useToasts();
  const plans = usePlanSummaries(vault.doc);
  const goals = useGoalSummaries(vault.doc);
  const [creating, setCreating] = useState<{ goalId: string | null } | null>(null);

  // A link from a goal ("New plan for this goal") opens the dialog with that goal chosen.
  const goalParam = searchParams.get('goal');
  const dialog =
    creating ??
    (goalParam === null ? null : { goalId: goals.some((g) => g.id === goalParam) ? goalParam : null });
  const closeDialog = useCallback(() => {
    setCreating(null);
    if (searchParams.has('goal')) setSearchParams({}, { replace: true });
  }, [searchParams, setSearchParams]);

  const create = useCallback(
    async (details: PlanDetails) => {
      const id = await growth.createPlan(details);
      setCreating(null);
      void navigate(`/plans/${id}`, { replace: searchParams.has('goal') });
    },
    [growth, navigate, searchParams],
  );

  const remove = useCallback(
    (id: string, title: string) => {
      growth.delete('plans', id);
      void navigate('/plans');
      toasts.show(`Deleted plan “${title}”`, {
        label: 'Undo',
        run: () => {
          growth.restore('plans', id);
          void navigate(`/plans/${id}`);
        },
      });
    },
    [growth, navigate, toasts],
  );

  const selected = planId ? plans.find((p) => p.id === planId) : undefined;
  const today = todayAt(now());

  return (
    <div className="plans">
      <aside className="plans-sidebar">
        <header className="plans-sidebar-header">
          <h1>Plans</h1>
          <button
            type="button"
            className="button"
            data-variant="primary"
            onClick={() => setCreating({ goalId: null })}
          >
            <Plus size={16} aria-hidden /> New plan
          </button>
        </header>
        {plans.length === 0 ? (
          <div className="plans-empty">
            <p>No development plans yet.</p>
            <p>A plan turns a goal into skill gaps, activities and milestones.</p>
          </div>
        ) : (
          <PlanList plans={plans} goals={goals} selectedId={planId} today={today} />
        )}
      </aside>
      <section className="plans-main" aria-label="Plan">
        {planId && selected ? (
          <PlanPane key={planId} id={planId} onDelete={() => remove(planId, selected.title)} />
        ) : planId ? (
          <div className="page-message" role="status">
            <p>This plan was deleted or does not exist.</p>
          </div>
        ) : (
          <div className="page-message">
            <p>Choose a plan, or start a new one.</p>
          </div>
        )}
      </section>
      {dialog && <NewPlanDialog goalId={dialog.goalId} onCreate={create} onClose={closeDialog} />}
    </div>
  );
}
