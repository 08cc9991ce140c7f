import { useMemo } from 'react';
import { sinceLastTime, type SharedItemNotice } from '../../../../shared/oneOnOne/sinceLastTime';
import type { PlanSummary } from '../../../../shared/schema/growthIndex';
import type { ActionItem } from '../../../../shared/schema/actionItems';
import type { MeetingSummary } from '../../../../shared/schema/meetingIndex';
import { formatCalendarDate, formatInstantDay } from '../../ui/dates';

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
      <h4 id="since-heading">Since last time</h4>
      <p className="oo-meta">{windowText(previous, closedAt)}</p>
      <h5>Action items closed</h5>
      {view.closedActions.length === 0 ? (
        <p className="oo-empty">None.</p>
      ) : (
        <ul aria-label="Action items closed since last time">
          {view.closedActions.map((a) => (
            <li key={a.id}>
              {a.text} <span className="oo-meta">· done {formatInstantDay(a.doneAt ?? 0)}</span>
            </li>
          ))}
        </ul>
      )}
      <h5>Milestones done</h5>
      {view.milestonesDone.length === 0 ? (
        <p className="oo-empty">None.</p>
      ) : (
        <ul aria-label="Milestones done since last time">
          {view.milestonesDone.map((m) => (
            <li key={`${m.planId}/${m.milestoneId}`}>
              {m.title} <span className="oo-meta">· {m.planTitle}</span>
            </li>
          ))}
        </ul>
      )}
      <h5>Newly shared</h5>
      {view.newSharedItems.length === 0 ? (
        <p className="oo-empty">Nothing new shared.</p>
      ) : (
        <ul aria-label="Newly shared items">
          {view.newSharedItems.map((i) => (
            <li key={i.id}>
              {i.title} <span className="oo-meta">· {i.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function windowText(previous: MeetingSummary | null, closedAt: number | null): string {
  if (closedAt === null) {
    return previous
      ? `Since the meeting on ${formatCalendarDate(previous.date)}`
      : 'This is the first meeting of the series.';
  }
  const until = `until this meeting closed on ${formatInstantDay(closedAt)}`;
  return previous
    ? `From the meeting on ${formatCalendarDate(previous.date)} ${until}`
    : `The first meeting of the series: everything ${until}`;
}
