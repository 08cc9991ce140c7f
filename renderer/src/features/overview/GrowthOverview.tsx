import { Sprout } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { systemTimeZone, localDateAt } from '../../../../shared/cadence/zonedTime';
import { growthOverview, OVERVIEW_DEFAULTS } from '../../../../shared/growth/overview';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { useGoalSummaries, usePlanSummaries } from '../../services/growth/useGrowthIndex';
import { ActivePlans } from './ActivePlans';
import { GoalsByStatus } from './GoalsByStatus';
import { MonthlyDoneChart } from './MonthlyDoneChart';
import { RecentWins } from './RecentWins';
import { UpcomingMilestones } from './UpcomingMilestones';
import { useOverviewReadyMark } from './useOverviewReadyMark';
import './overview.css';

/**
 * The Growth overview (route `/growth`): where goals and plans stand today, what is coming up
 * or overdue, recent wins and milestones done per month. It reads only the vault's growth
 * index — no item document is opened — so it is on screen as soon as it is navigated to.
 */
export function GrowthOverview() {
  const { vault, now } = useAppServices();
  const t = useT();
  const dates = useDates();
  const goals = useGoalSummaries(vault.doc);
  const plans = usePlanSummaries(vault.doc);
  // "Today" is read when the index changes or the page is opened, not on a timer: a page left
  // open past midnight catches up at the next edit or visit, as the journal's dates do.
  const overview = useMemo(() => {
    const timeZone = systemTimeZone();
    return growthOverview(goals, plans, { today: localDateAt(now(), timeZone), timeZone });
  }, [goals, plans, now]);
  const plansById = useMemo(() => new Map(plans.map((p) => [p.id, p])), [plans]);
  useOverviewReadyMark();

  const { today } = overview;

  return (
    <section className="overview-page" aria-labelledby="overview-heading" data-today={today}>
      <header className="overview-header">
        <h1 id="overview-heading">{t('growth.heading')}</h1>
        <p className="overview-lead">{dates.longDay(today)}</p>
      </header>

      {goals.length === 0 && plans.length === 0 ? (
        <section className="overview-card overview-welcome" aria-labelledby="overview-welcome-heading">
          <Sprout size={32} aria-hidden className="overview-welcome-icon" />
          <h2 id="overview-welcome-heading">{t('growth.welcome.heading')}</h2>
          <p>{t('growth.welcome.body')}</p>
          <Link to="/goals" className="button" data-variant="primary">
            {t('growth.welcome.action')}
          </Link>
        </section>
      ) : (
        <div className="overview-grid">
          <GoalsByStatus goals={goals} counts={overview.goalsByStatus} />
          <UpcomingMilestones
            overdue={overview.overdue}
            dueSoon={overview.dueSoon}
            today={today}
            dueWithinDays={OVERVIEW_DEFAULTS.dueWithinDays}
          />
          <ActivePlans progress={overview.planProgress} plansById={plansById} today={today} />
          <RecentWins wins={overview.recentWins} days={OVERVIEW_DEFAULTS.winsWithinDays} today={today} />
          <section className="overview-card overview-progress" aria-labelledby="overview-progress-heading">
            <header className="overview-card-header">
              <h2 id="overview-progress-heading">{t('growth.progress.heading')}</h2>
              <span className="overview-muted">
                {t('growth.progress.span', { count: overview.doneByMonth.length })}
              </span>
            </header>
            <MonthlyDoneChart months={overview.doneByMonth} />
          </section>
        </div>
      )}
    </section>
  );
}
