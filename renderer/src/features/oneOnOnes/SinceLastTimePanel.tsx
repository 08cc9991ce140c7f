import { useMemo } from 'react';
import { sinceLastTime, type SharedItemNotice } from '../../../../shared/oneOnOne/sinceLastTime';
import type { PlanSummary } from '../../../../shared/schema/growthIndex';
import type { ActionItem, MeetingSummary } from '../../../../shared/schema/space';
import { formatCalendarDate, formatInstantDay } from '../plans/planDates';

interface SinceLastTimePanelProps {
  previous: MeetingSummary | null;
  actions: readonly ActionItem[];
  plans: readonly PlanSummary[];
  sharedItems: readonly SharedItemNotice[];
}

/** What happened since the previous meeting was closed, to start the conversation from. */
export function SinceLastTimePanel({ previous, actions, plans, sharedItems }: SinceLastTimePanelProps) {
  const view = useMemo(
    () =>
      sinceLastTime({
        since: previous?.closedAt ?? null,
        sharedBefore: previous ? previous.sharedAtClose : null,
        actions,
        plans,
        sharedItems,
      }),
    [previous, actions, plans, sharedItems],
  );
  return (
    <section className="oo-section since-last-time" aria-labelledby="since-heading">
      <h2 id="since-heading">Since last time</h2>
      <p className="oo-meta">
        {previous
          ? `Since the meeting on ${formatCalendarDate(previous.date)}`
          : 'This is the first meeting of the series.'}
      </p>
      <h3>Action items closed</h3>
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
      <h3>Milestones done</h3>
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
      <h3>Newly shared</h3>
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
