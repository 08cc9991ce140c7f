import { AlertTriangle } from 'lucide-react';
import { Link } from 'react-router';
import type { PlanProgress } from '../../../../shared/growth/progress';
import type { IsoDate } from '../../../../shared/schema/dates';
import type { PlanSummary } from '../../../../shared/schema/growthIndex';
import { formatDueDate } from './overviewFormat';

interface ActivePlansProps {
  progress: readonly PlanProgress[];
  plansById: ReadonlyMap<string, PlanSummary>;
  today: IsoDate;
}

/**
 * Each active plan with a completion bar. The bar is decoration (aria-hidden): the same fact is
 * written beside it as text, and overdue work is named in words with an icon, not only in red.
 */
export function ActivePlans({ progress, plansById, today }: ActivePlansProps) {
  return (
    <section className="overview-card overview-plans" aria-labelledby="overview-plans-heading">
      <header className="overview-card-header">
        <h2 id="overview-plans-heading">Active plans</h2>
        <Link to="/plans">All plans</Link>
      </header>
      {progress.length === 0 ? (
        <div className="overview-empty">
          <p>No active development plans.</p>
          <Link to="/plans" className="button" data-variant="primary">
            Make a development plan
          </Link>
        </div>
      ) : (
        <ul className="overview-plan-list" aria-label="Active plans">
          {progress.map((p) => {
            const plan = plansById.get(p.planId);
            const title = plan?.title.trim() || 'Untitled plan';
            return (
              <li key={p.planId} className="overview-plan" data-plan-id={p.planId}>
                <div className="overview-plan-title">
                  <Link to={`/plans/${p.planId}`}>{title}</Link>
                  <span className="overview-plan-percent">{p.percent === null ? '' : `${p.percent} %`}</span>
                </div>
                <div className="overview-bar" aria-hidden>
                  <div className="overview-bar-fill" style={{ width: `${p.percent ?? 0}%` }} />
                </div>
                <p className="overview-plan-meta">
                  <span>{p.label}</span>
                  {p.overdue.length > 0 && (
                    <span className="overview-overdue-tag">
                      <AlertTriangle size={13} aria-hidden /> {p.overdue.length} overdue
                    </span>
                  )}
                  {p.nextDue && (
                    <span>
                      Next: {p.nextDue.title}, {formatDueDate(p.nextDue.dueDate, today)}
                    </span>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
