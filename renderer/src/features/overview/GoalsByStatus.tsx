import { Link } from 'react-router';
import type { GoalStatus } from '../../../../shared/schema/goal';
import type { GoalSummary } from '../../../../shared/schema/growthIndex';
import { useT } from '../../i18n/useT';

/** Goals being worked on first, as on the Goals page. */
const statusOrder: GoalStatus[] = ['active', 'exploring', 'parked', 'achieved'];
const SHOWN_PER_STATUS = 4;

interface GoalsByStatusProps {
  goals: readonly GoalSummary[];
  counts: Record<GoalStatus, number>;
}

/** A count per status, with the most recently touched goals of each linked below it. */
export function GoalsByStatus({ goals, counts }: GoalsByStatusProps) {
  const t = useT();
  return (
    <section className="overview-card overview-goals" aria-labelledby="overview-goals-heading">
      <header className="overview-card-header">
        <h2 id="overview-goals-heading">{t('overview.goals.heading')}</h2>
        <Link to="/goals">{t('overview.goals.all')}</Link>
      </header>
      <div className="overview-status-grid">
        {statusOrder.map((status) => {
          const inStatus = goals.filter((g) => g.status === status).sort((a, b) => b.updatedAt - a.updatedAt);
          const headingId = `overview-goals-${status}`;
          return (
            <section
              key={status}
              className="overview-status"
              data-status={status}
              aria-labelledby={headingId}
            >
              <h3 id={headingId}>
                <span className="overview-status-count">{t.intl.formatNumber(counts[status])}</span>{' '}
                <span className="overview-status-name">{t('goals.status', { status })}</span>
              </h3>
              {inStatus.length > 0 ? (
                <ul aria-labelledby={headingId}>
                  {inStatus.slice(0, SHOWN_PER_STATUS).map((goal) => (
                    <li key={goal.id}>
                      <Link to={`/goals/${goal.id}`}>{goal.title}</Link>
                    </li>
                  ))}
                  {inStatus.length > SHOWN_PER_STATUS && (
                    <li>
                      <Link to="/goals" className="overview-muted-link">
                        {t('overview.goals.more', { count: inStatus.length - SHOWN_PER_STATUS })}
                      </Link>
                    </li>
                  )}
                </ul>
              ) : (
                <p className="overview-muted">{t('overview.goals.none')}</p>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
