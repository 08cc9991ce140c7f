import { useMemo } from 'react';
import { sinceLastTime, type SharedItemNotice } from '../../../../shared/oneOnOne/sinceLastTime';
import type { PlanSummary } from '../../../../shared/schema/growthIndex';
import type { ActionItem } from '../../../../shared/schema/actionItems';
import type { MeetingSummary } from '../../../../shared/schema/meetingIndex';
import { useDates, type DateWords } from '../../i18n/useDates';
import { useT, type Translate } from '../../i18n/useT';

interface SinceLastTimePanelProps {
  /** The meeting on screen: once closed, the panel reads as of its close. */
  meeting: MeetingSummary;
  previous: MeetingSummary | null;
  actions: readonly ActionItem[];
  plans: readonly PlanSummary[];
  sharedItems: readonly SharedItemNotice[];
}

/**
 * What happened since the previous meeting was closed, to start the conversation from; for a
 * past meeting, what had happened between the one before it and its close.
 */
export function SinceLastTimePanel({
  meeting,
  previous,
  actions,
  plans,
  sharedItems,
}: SinceLastTimePanelProps) {
  const t = useT();
  const dates = useDates();
  const closedAt = meeting.closedAt;
  const view = useMemo(
    () =>
      sinceLastTime({
        since: previous?.closedAt ?? null,
        until: closedAt,
        sharedBefore: previous ? previous.sharedAtClose : null,
        sharedAtClose: closedAt === null ? null : meeting.sharedAtClose,
        actions,
        plans,
        sharedItems,
      }),
    [previous, closedAt, meeting.sharedAtClose, actions, plans, sharedItems],
  );
  return (
    <section className="oo-section since-last-time" aria-labelledby="since-heading">
      <h4 id="since-heading">{t('oneOnOnes.since.heading')}</h4>
      <p className="oo-meta">{windowText(t, dates, previous, closedAt)}</p>
      <h5>{t('oneOnOnes.since.actionsClosed')}</h5>
      {view.closedActions.length === 0 ? (
        <p className="oo-empty">{t('oneOnOnes.since.none')}</p>
      ) : (
        <ul aria-label={t('oneOnOnes.since.actionsClosedList')}>
          {view.closedActions.map((a) => (
            <li key={a.id}>
              {a.text}{' '}
              <span className="oo-meta">
                {t('oneOnOnes.since.doneOn', { date: dates.day(a.doneAt ?? 0) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h5>{t('oneOnOnes.since.milestones')}</h5>
      {view.milestonesDone.length === 0 ? (
        <p className="oo-empty">{t('oneOnOnes.since.none')}</p>
      ) : (
        <ul aria-label={t('oneOnOnes.since.milestonesList')}>
          {view.milestonesDone.map((m) => (
            <li key={`${m.planId}/${m.milestoneId}`}>
              {m.title} <span className="oo-meta">· {m.planTitle}</span>
            </li>
          ))}
        </ul>
      )}
      <h5>{t('oneOnOnes.since.shared')}</h5>
      {view.newSharedItems.length === 0 ? (
        <p className="oo-empty">{t('oneOnOnes.since.nothingShared')}</p>
      ) : (
        <ul aria-label={t('oneOnOnes.since.sharedList')}>
          {view.newSharedItems.map((i) => (
            <li key={i.id}>
              {i.title} <span className="oo-meta">{t('oneOnOnes.since.kind', { kind: i.kind })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function windowText(
  t: Translate,
  dates: DateWords,
  previous: MeetingSummary | null,
  closedAt: number | null,
): string {
  const state =
    closedAt === null ? (previous ? 'openAfter' : 'openFirst') : previous ? 'closedAfter' : 'closedFirst';
  return t('oneOnOnes.since.window', {
    state,
    previous: previous ? dates.calendar(previous.date) : '',
    closed: closedAt === null ? '' : dates.day(closedAt),
  });
}
