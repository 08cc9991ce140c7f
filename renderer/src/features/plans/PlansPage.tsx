import { useCallback, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { PlanDetails } from '../../../../shared/schema/plan';
import { isolate } from '../../../../shared/i18n/locales';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { ChosenItem, ListPage } from '../../ui/ListPage';
import { useDeleteWithUndo } from '../../services/growth/useDeleteWithUndo';
import { useGoalSummaries, useKnownGoalIds, usePlanSummaries } from '../../services/growth/useGrowthIndex';
import { NewPlanDialog } from './NewPlanDialog';
import { PlanPane } from './PlanEditor';
import { todayAt } from '../../../../shared/cadence/zonedTime';
import { PlanList } from './PlanList';
import './plans.css';
import './planRecords.css';

/**
 * Development plans: the list on the left, the open plan on the right.
 * Routes: `/plans`, `/plans/:planId`; `/plans?goal=<goalId>` opens "New plan" for that goal.
 */
export function PlansPage() {
  const { vault, growth, now } = useAppServices();
  const t = useT();
  const { planId = null } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const plans = usePlanSummaries(vault.doc);
  const goals = useGoalSummaries(vault.doc);
  const knownGoalIds = useKnownGoalIds(vault.doc);
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

  const remove = useDeleteWithUndo('plans');

  const selected = planId ? plans.find((p) => p.id === planId) : undefined;
  const today = todayAt(now());

  return (
    <ListPage
      title={t('plans.page.title')}
      newItem={{ label: t('plans.page.new'), onClick: () => setCreating({ goalId: null }) }}
      sidebar={
        plans.length === 0 ? (
          <div className="pane-empty">
            <p>{t('plans.page.empty')}</p>
            <p>{t('plans.page.emptyHint')}</p>
          </div>
        ) : (
          <PlanList
            plans={plans}
            goals={goals}
            knownGoalIds={knownGoalIds}
            selectedId={planId}
            today={today}
          />
        )
      }
      mainLabel={t('plans.page.main')}
      overlay={dialog && <NewPlanDialog goalId={dialog.goalId} onCreate={create} onClose={closeDialog} />}
    >
      <ChosenItem
        id={planId}
        item={selected}
        missing={t('plans.page.missing')}
        choose={t('plans.page.choose')}
      >
        {(plan) => (
          <PlanPane
            key={plan.id}
            id={plan.id}
            onDelete={() => remove(plan.id, t('plans.page.deleted', { title: isolate(plan.title) }))}
          />
        )}
      </ChosenItem>
    </ListPage>
  );
}
