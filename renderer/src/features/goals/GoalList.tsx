import { Trophy } from 'lucide-react';
import { Link } from 'react-router';
import type { GoalStatus } from '../../../../shared/schema/goal';
import type { GoalSummary } from '../../../../shared/schema/growthIndex';
import { useT } from '../../i18n/useT';
import { RadioGroup } from '../../ui/form';
import { goalHorizonText, goalStatusText, shortPathText } from './goalWords';
import './forms.css';

export type StatusFilter = GoalStatus | 'all';

/** Goals being worked on come first; finished ones last. */
const statusOrder: GoalStatus[] = ['active', 'exploring', 'parked', 'achieved'];

interface GoalListProps {
  goals: GoalSummary[];
  filter: StatusFilter;
  onFilterChange: (filter: StatusFilter) => void;
  selectedId: string | null;
}

/** Goals grouped by status, each with its path and horizon; a filter narrows to one status. */
export function GoalList({ goals, filter, onFilterChange, selectedId }: GoalListProps) {
  const t = useT();
  const count = (status: GoalStatus) => goals.filter((g) => g.status === status).length;
  const shown = statusOrder.filter((s) => filter === 'all' || filter === s);
  return (
    <>
      <RadioGroup
        className="status-filter"
        legend={t('goals.filter.label')}
        legendHidden
        orientation="horizontal"
        value={filter}
        onChange={onFilterChange}
        options={[
          { value: 'all', label: t('goals.filter.all', { count: goals.length }) },
          ...statusOrder.map((s) => ({
            value: s,
            label: t('goals.filter.status', { status: s, count: count(s) }),
          })),
        ]}
      />
      <nav aria-label={t('goals.list.nav')} className="pane-list">
        {shown.map((status) => {
          const inGroup = goals.filter((g) => g.status === status).sort((a, b) => b.updatedAt - a.updatedAt);
          if (inGroup.length === 0) {
            return filter === status ? (
              <p key={status} className="growth-empty">
                {t('goals.list.emptyStatus', { status })}
              </p>
            ) : null;
          }
          return (
            <section key={status} aria-labelledby={`goals-${status}`}>
              <h2 id={`goals-${status}`} className="list-heading">
                {goalStatusText(t, status)}
              </h2>
              <ul aria-labelledby={`goals-${status}`}>
                {inGroup.map((goal) => (
                  <li key={goal.id}>
                    <Link
                      to={`/goals/${goal.id}`}
                      className="list-item"
                      aria-current={goal.id === selectedId ? 'page' : undefined}
                    >
                      <span className="growth-list-title">
                        {goal.status === 'achieved' && <Trophy size={14} aria-hidden />}
                        {goal.title}
                      </span>
                      <span className="growth-list-meta">
                        {t('goals.list.meta', {
                          path: shortPathText(t, goal.path),
                          horizon: goalHorizonText(t, goal.horizon),
                        })}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </nav>
    </>
  );
}
