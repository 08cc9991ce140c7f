import { AlertTriangle } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { planProgress } from '../../../../shared/growth/progress';
import type { IsoDate } from '../../../../shared/schema/dates';
import type { GoalSummary, PlanSummary } from '../../../../shared/schema/growthIndex';
import { absentGoalLabel } from '../../services/growth/useGrowthIndex';
import { formatCalendarDate } from '../../ui/dates';
import { planStatusLabels } from './PlanDetailsForm';
import { CompletionBar, overdueText } from './PlanProgressView';

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
    <nav className="pane-list" aria-label="Development plans">
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
              {plan.goalId === null
                ? 'Standalone'
                : `Goal: ${goal?.title ?? absentGoalLabel(plan.goalId, knownGoalIds).toLowerCase()}`}{' '}
              · {planStatusLabels[plan.status]}
            </p>
            <CompletionBar progress={progress} label={`Completion of ${plan.title}`} />
            {progress.overdue.length > 0 && (
              <p className="plan-badge" data-tone="danger">
                <AlertTriangle size={14} aria-hidden /> {overdueText(progress.overdue.length)}
              </p>
            )}
            {progress.nextDue && (
              <p className="plan-meta">
                Next due: {progress.nextDue.title}, {formatCalendarDate(progress.nextDue.dueDate)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
