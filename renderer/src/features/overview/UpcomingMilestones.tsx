import { AlertTriangle, CalendarClock } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { OverviewMilestone } from '../../../../shared/growth/overview';
import type { IsoDate } from '../../../../shared/schema/dates';
import { useDates } from '../../i18n/useDates';
import { useT, type Translate } from '../../i18n/useT';
import { dueInText, overdueText, planTitleText } from './overviewFormat';
import { ShowMoreList } from './ShowMoreList';

/**
 * The owner as the index stored it ('Me', 'My manager' or a name: stored data, in English) in
 * the window's language. A person really called "My manager" would be named as the role, which
 * is what the words say anyway.
 */
export function ownerText(t: Translate, ownerLabel: string): string {
  if (ownerLabel === 'Me') return t('plans.owner', { kind: 'me', name: '' });
  if (ownerLabel === 'My manager') return t('plans.owner', { kind: 'manager', name: '' });
  return ownerLabel;
}

/** A few of each: the overview points at what needs doing; the plans hold the full lists. */
const SHOWN = 5;

interface UpcomingMilestonesProps {
  overdue: readonly OverviewMilestone[];
  dueSoon: readonly OverviewMilestone[];
  today: IsoDate;
  dueWithinDays: number;
}

function MilestoneRow({
  milestone,
  today,
  late,
}: {
  milestone: OverviewMilestone;
  today: IsoDate;
  late: boolean;
}) {
  const t = useT();
  const dates = useDates();
  const bdi = (chunks: ReactNode[]) => <bdi>{chunks}</bdi>;
  return (
    <div className="overview-milestone" data-milestone-id={milestone.id} data-overdue={late || undefined}>
      <p className="overview-milestone-when">
        <time dateTime={milestone.dueDate}>{dates.dueDay(milestone.dueDate, today)}</time>
        <span className={late ? 'overview-overdue-tag' : 'overview-due-tag'}>
          {late && <AlertTriangle size={13} aria-hidden />}
          {late ? overdueText(t, milestone.dueDate, today) : dueInText(t, milestone.dueDate, today)}
        </span>
      </p>
      <p className="overview-milestone-title">
        <Link to={`/plans/${milestone.planId}`}>{milestone.title}</Link>
      </p>
      <p className="overview-milestone-meta">
        <span>{t.rich('growth.upcoming.plan', { title: planTitleText(t, milestone.planTitle), bdi })}</span>
        <span>{t.rich('growth.upcoming.owner', { owner: ownerText(t, milestone.ownerLabel), bdi })}</span>
        {milestone.status !== 'not-started' && (
          <span>{t('plans.milestones.status', { status: milestone.status.replace('-', '_') })}</span>
        )}
      </p>
    </div>
  );
}

/** What needs attention: overdue milestones first, clearly marked, then what is due soon. */
export function UpcomingMilestones({ overdue, dueSoon, today, dueWithinDays }: UpcomingMilestonesProps) {
  const t = useT();
  const days = dueWithinDays;
  return (
    <section className="overview-card overview-upcoming" aria-labelledby="overview-upcoming-heading">
      <header className="overview-card-header">
        <h2 id="overview-upcoming-heading">
          <CalendarClock size={18} aria-hidden /> {t('growth.upcoming.heading')}
        </h2>
      </header>
      {overdue.length > 0 && (
        <section className="overview-overdue" aria-labelledby="overview-overdue-heading">
          <h3 id="overview-overdue-heading">
            <AlertTriangle size={15} aria-hidden /> {t('growth.upcoming.overdue', { count: overdue.length })}
          </h3>
          <ShowMoreList
            items={overdue}
            limit={SHOWN}
            label={t('growth.upcoming.overdueList')}
            className="overview-milestone-list"
            itemKey={(m) => `${m.planId}/${m.id}`}
            render={(m) => <MilestoneRow milestone={m} today={today} late />}
          />
        </section>
      )}
      <section aria-labelledby="overview-due-heading">
        <h3 id="overview-due-heading">{t('growth.upcoming.dueHeading', { days, count: dueSoon.length })}</h3>
        {dueSoon.length === 0 ? (
          <p className="overview-muted">
            {t('growth.upcoming.none', { days, hint: overdue.length === 0 ? 'yes' : 'no' })}
          </p>
        ) : (
          <ShowMoreList
            items={dueSoon}
            limit={SHOWN}
            label={t('growth.upcoming.dueList', { days })}
            className="overview-milestone-list"
            itemKey={(m) => `${m.planId}/${m.id}`}
            render={(m) => <MilestoneRow milestone={m} today={today} late={false} />}
          />
        )}
      </section>
    </section>
  );
}
