import { Link } from 'react-router';
import type { IsoDate } from '../../../../shared/schema/dates';
import type { AttentionReason, DeskRow } from '../../../../shared/desk/managerDesk';
import { useDates } from '../../i18n/useDates';
import { useT, type Translate } from '../../i18n/useT';

function reasonText(t: Translate, reason: AttentionReason): string {
  switch (reason.kind) {
    case 'career-overdue':
      return t('desk.reason.careerOverdue', { days: reason.days });
    case 'my-actions-overdue':
      return t('desk.reason.myActionsOverdue', { count: reason.count });
    case 'summaries-waiting-for-me':
      return t('desk.reason.summariesForMe', { count: reason.count });
    case 'milestones-overdue':
      return t('desk.reason.milestonesOverdue', { count: reason.count });
    case 'their-actions-overdue':
      return t('desk.reason.theirActionsOverdue', { count: reason.count });
    case 'empty-agenda-soon':
      return t('desk.reason.emptyAgenda', { days: reason.days });
    case 'no-next-meeting':
      return t('desk.reason.noNextMeeting');
    case 'summaries-waiting-for-them':
      return t('desk.reason.summariesForThem', { count: reason.count });
  }
}

/** One person on the desk: what needs attention, then the facts behind it. */
export function DeskRowView({ row, today }: { row: DeskRow; today: IsoDate }) {
  const t = useT();
  const dates = useDates();
  const headingId = `desk-${row.spaceId}`;
  return (
    <article className="desk-row" aria-labelledby={headingId} data-attention={row.attention}>
      <h2 id={headingId}>
        <Link to={`/one-on-ones/${row.spaceId}`}>{row.personName}</Link>
      </h2>
      {row.reasons.length > 0 ? (
        <ul className="desk-reasons" aria-label={t('desk.row.needsAttention')}>
          {row.reasons.map((reason) => (
            <li key={reason.kind}>{reasonText(t, reason)}</li>
          ))}
        </ul>
      ) : (
        <p className="desk-calm">{t('desk.row.nothingPressing')}</p>
      )}
      <dl className="desk-facts">
        <dt>{t('desk.row.next')}</dt>
        <dd>
          {row.nextMeeting
            ? t('desk.row.nextMeeting', {
                date: dates.dueDay(row.nextMeeting.date, today),
                points: row.nextMeeting.points,
                career: row.nextMeeting.career ? 'yes' : 'no',
              })
            : t('desk.row.noMeeting')}
        </dd>
        <dt>{t('desk.row.actions')}</dt>
        <dd>
          {t('desk.row.actionCounts', {
            mine: row.mine.open,
            mineOverdue: row.mine.overdue,
            theirs: row.theirs.open,
            theirsOverdue: row.theirs.overdue,
          })}
        </dd>
        <dt>{t('desk.row.plans')}</dt>
        <dd>
          {row.plans.length === 0 ? (
            t('desk.row.noPlans')
          ) : (
            <ul className="desk-plans">
              {row.plans.map((plan) => (
                <li key={plan.planId}>
                  {t('desk.row.plan', {
                    title: plan.title,
                    done: plan.done,
                    total: plan.total,
                    overdue: plan.overdue,
                  })}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('desk.row.career')}</dt>
        <dd>
          {row.lastCareer
            ? t('desk.row.lastCareer', { date: dates.calendar(row.lastCareer) })
            : t('desk.row.noCareer')}
          {row.careerDue ? ` · ${t('desk.row.careerDue', { date: dates.calendar(row.careerDue) })}` : ''}
        </dd>
        <dt>{t('desk.row.summaries')}</dt>
        <dd>
          {t('desk.row.summaryCounts', {
            mine: row.summariesWaitingForMe,
            theirs: row.summariesWaitingForThem,
          })}
        </dd>
      </dl>
    </article>
  );
}
