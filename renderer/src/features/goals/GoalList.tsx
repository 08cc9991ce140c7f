import { Trophy } from 'lucide-react';
import { Label, RadioGroup } from 'react-aria-components';
import { Link } from 'react-router';
import {
  goalHorizonLabels,
  goalPathLabels,
  goalStatusLabels,
  type GoalPath,
  type GoalStatus,
} from '../../../../shared/schema/goal';
import type { GoalSummary } from '../../../../shared/schema/growthIndex';
import { Choice } from '../../ui/form';
import './forms.css';

export type StatusFilter = GoalStatus | 'all';

/** Goals being worked on come first; finished ones last. */
const statusOrder: GoalStatus[] = ['active', 'exploring', 'parked', 'achieved'];

/** "Step up" rather than "Step up (more scope or leadership)": the list has little room. */
export const shortPathLabel = (path: GoalPath): string => goalPathLabels[path].replace(/ \(.*\)$/, '');

interface GoalListProps {
  goals: GoalSummary[];
  filter: StatusFilter;
  onFilterChange: (filter: StatusFilter) => void;
  selectedId: string | null;
}

/** Goals grouped by status, each with its path and horizon; a filter narrows to one status. */
export function GoalList({ goals, filter, onFilterChange, selectedId }: GoalListProps) {
  const count = (status: GoalStatus) => goals.filter((g) => g.status === status).length;
  const shown = statusOrder.filter((s) => filter === 'all' || filter === s);
  return (
    <>
      <RadioGroup
        className="status-filter"
        orientation="horizontal"
        value={filter}
        onChange={(value) => onFilterChange(value as StatusFilter)}
      >
        <Label className="visually-hidden">Show goals</Label>
        <Choice value="all" className="status-filter-option">
          All ({goals.length})
        </Choice>
        {statusOrder.map((s) => (
          <Choice key={s} value={s} className="status-filter-option">
            {goalStatusLabels[s]} ({count(s)})
          </Choice>
        ))}
      </RadioGroup>
      <nav aria-label="Goals" className="pane-list">
        {shown.map((status) => {
          const inGroup = goals.filter((g) => g.status === status).sort((a, b) => b.updatedAt - a.updatedAt);
          if (inGroup.length === 0) {
            return filter === status ? (
              <p key={status} className="growth-empty">
                No {goalStatusLabels[status].toLowerCase()} goals.
              </p>
            ) : null;
          }
          return (
            <section key={status} aria-labelledby={`goals-${status}`}>
              <h2 id={`goals-${status}`} className="list-heading">
                {goalStatusLabels[status]}
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
                        {shortPathLabel(goal.path)} · {goalHorizonLabels[goal.horizon]}
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
