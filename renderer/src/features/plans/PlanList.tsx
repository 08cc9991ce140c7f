import { AlertTriangle } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { planProgress } from '../../../../shared/growth/progress';
import type { IsoDate } from '../../../../shared/schema/dates';
import type { GoalSummary, PlanSummary } from '../../../../shared/schema/growthIndex';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { CompletionBar } from './PlanProgressView';

const statusOrder = { active: 0, paused: 1, completed: 2 } as const;

interface PlanListProps {
  plans: readonly PlanSummary[];
  goals: readonly GoalSummary[];
  /** Every goal id this journal has had (see useKnownGoalIds). */
  knownGoalIds: ReadonlySet<string>;
  selectedId: string | null;
  today: IsoDate;
}

/** Every plan, active ones first, with how far each has come — read from the vault index only. */
export function PlanList({ plans, goals, knownGoalIds, selectedId, today }: PlanListProps) {
  const t = useT();
  const dates = useDates();
  const rows = useMemo(
    () =>
      [...plans]
        .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || a.title.localeCompare(b.title))
        .map((plan) => ({
          plan,
          goal: plan.goalId ? goals.find((g) => g.id === plan.goalId) : undefined,
          progress: planProgress(plan, today),
        })),
    [plans, goals, today],
  );
  return (
    <nav className="pane-list" aria-label={t('plans.list.nav')}>
      <ul>
        {rows.map(({ plan, goal, progress }) => (
          <li key={plan.id} className="plan-list-item" data-selected={plan.id === selectedId || undefined}>
            <Link
              to={`/plans/${plan.id}`}
              className="plan-list-title"
              aria-current={plan.id === selectedId ? 'page' : undefined}
            >
              {plan.title}
            </Link>
            <p className="plan-meta">
              {t.rich('plans.list.meta', {
                goal:
                  plan.goalId === null
                    ? 'none'
                    : goal
                      ? 'goal'
                      : knownGoalIds.has(plan.goalId)
                        ? 'deleted'
                        : 'unshared',
                title: goal?.title ?? '',
                status: t('plans.status', { status: plan.status }),
                bdi: (chunks) => <bdi>{chunks}</bdi>,
              })}
            </p>
            <CompletionBar progress={progress} label={t('plans.list.completionOf', { title: plan.title })} />
            {progress.overdue.length > 0 && (
              <p className="plan-badge" data-tone="danger">
                <AlertTriangle size={14} aria-hidden />{' '}
                {t('plans.progress.overdue', { count: progress.overdue.length })}
              </p>
            )}
            {progress.nextDue && (
              <p className="plan-meta">
                {t.rich('plans.list.nextDue', {
                  title: progress.nextDue.title,
                  date: dates.calendar(progress.nextDue.dueDate),
                  bdi: (chunks) => <bdi>{chunks}</bdi>,
                })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
