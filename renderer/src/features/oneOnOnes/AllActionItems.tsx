import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import {
  actionFilterLabels,
  actionFilterNames,
  filterActions,
  type ActionFilter,
} from '../../../../shared/oneOnOne/actionFilters';
import type { IsoDate } from '../../../../shared/schema/dates';
import type { ActionItem } from '../../../../shared/schema/actionItems';
import type { MeetingSummary } from '../../../../shared/schema/meetingIndex';
import type { Member } from '../../../../shared/schema/spaceMembers';
import { formatCalendarDate } from '../../ui/dates';
import { ActionItemRow } from './ActionItemRow';

interface AllActionItemsProps {
  space: Y.Doc;
  actions: readonly ActionItem[];
  meetings: readonly MeetingSummary[];
  members: readonly Member[];
  meId: string;
  today: IsoDate;
  now: () => number;
}

/** Every action item of the series, filtered: open, overdue, mine, theirs, done, all. */
export function AllActionItems({ space, actions, meetings, members, meId, today, now }: AllActionItemsProps) {
  const [filter, setFilter] = useState<ActionFilter>('open');
  const shown = useMemo(
    () => filterActions(actions, filter, { today, me: meId }),
    [actions, filter, today, meId],
  );
  const dateOf = useMemo(() => new Map(meetings.map((m) => [m.id, m.date])), [meetings]);
  return (
    <section className="oo-section" aria-labelledby="all-actions-heading">
      <h3 id="all-actions-heading">Action items across meetings</h3>
      <div className="oo-tabs" role="group" aria-label="Show action items">
        {actionFilterNames.map((name) => (
          <button
            key={name}
            type="button"
            className="button"
            aria-pressed={filter === name}
            onClick={() => setFilter(name)}
          >
            {actionFilterLabels[name]}
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="oo-empty" role="status">
          No {actionFilterLabels[filter].toLowerCase()} action items.
        </p>
      ) : (
        <ul className="action-items" aria-label={`${actionFilterLabels[filter]} action items`}>
          {shown.map((item) => {
            const date = dateOf.get(item.meetingId);
            return (
              <ActionItemRow
                key={item.id}
                space={space}
                item={item}
                members={members}
                meId={meId}
                today={today}
                now={now}
                meetingLabel={date ? `Meeting of ${formatCalendarDate(date)}` : undefined}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
