import { AlertTriangle, CalendarClock } from 'lucide-react';
import { Link } from 'react-router';
import type { OverviewMilestone } from '../../../../shared/growth/overview';
import type { IsoDate } from '../../../../shared/schema/dates';
import { milestoneStatusLabels } from '../../../../shared/schema/plan';
import { dueInText, formatDueDate, overdueText } from './overviewFormat';
import { ShowMoreList } from './ShowMoreList';

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
  return (
    <div className="overview-milestone" data-milestone-id={milestone.id} data-overdue={late || undefined}>
      <p className="overview-milestone-when">
        <time dateTime={milestone.dueDate}>{formatDueDate(milestone.dueDate, today)}</time>
        <span className={late ? 'overview-overdue-tag' : 'overview-due-tag'}>
          {late && <AlertTriangle size={13} aria-hidden />}
          {late ? overdueText(milestone.dueDate, today) : dueInText(milestone.dueDate, today)}
        </span>
      </p>
      <p className="overview-milestone-title">
        <Link to={`/plans/${milestone.planId}`}>{milestone.title}</Link>
      </p>
      <p className="overview-milestone-meta">
        <span>Plan: {milestone.planTitle.trim() || 'Untitled plan'}</span>
        <span>Owner: {milestone.ownerLabel}</span>
        {milestone.status !== 'not-started' && <span>{milestoneStatusLabels[milestone.status]}</span>}
      </p>
    </div>
  );
}

/** What needs attention: overdue milestones first, clearly marked, then what is due soon. */
export function UpcomingMilestones({ overdue, dueSoon, today, dueWithinDays }: UpcomingMilestonesProps) {
  return (
    <section className="overview-card overview-upcoming" aria-labelledby="overview-upcoming-heading">
      <header className="overview-card-header">
        <h2 id="overview-upcoming-heading">
          <CalendarClock size={18} aria-hidden /> Coming up
        </h2>
      </header>
      {overdue.length > 0 && (
        <section className="overview-overdue" aria-labelledby="overview-overdue-heading">
          <h3 id="overview-overdue-heading">
            <AlertTriangle size={15} aria-hidden /> Overdue ({overdue.length})
          </h3>
          <ShowMoreList
            items={overdue}
            limit={SHOWN}
            label="Overdue milestones"
            className="overview-milestone-list"
            itemKey={(m) => `${m.planId}/${m.id}`}
            render={(m) => <MilestoneRow milestone={m} today={today} late />}
          />
        </section>
      )}
      <section aria-labelledby="overview-due-heading">
        <h3 id="overview-due-heading">
          Due in the next {dueWithinDays} days ({dueSoon.length})
        </h3>
        {dueSoon.length === 0 ? (
          <p className="overview-muted">
            Nothing due in the next {dueWithinDays} days.
            {overdue.length === 0 && ' Add milestones with due dates to a plan to see them here.'}
          </p>
        ) : (
          <ShowMoreList
            items={dueSoon}
            limit={SHOWN}
            label={`Milestones due in the next ${dueWithinDays} days`}
            className="overview-milestone-list"
            itemKey={(m) => `${m.planId}/${m.id}`}
            render={(m) => <MilestoneRow milestone={m} today={today} late={false} />}
          />
        )}
      </section>
    </section>
  );
}
