import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import {
  actionFilterNames,
  filterActions,
  type ActionFilter,
} from '../../../../shared/oneOnOne/actionFilters';
import type { IsoDate } from '../../../../shared/schema/dates';
import type { ActionItem } from '../../../../shared/schema/actionItems';
import type { MeetingSummary } from '../../../../shared/schema/meetingIndex';
import type { Member } from '../../../../shared/schema/spaceMembers';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
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
  const t = useT();
  const dates = useDates();
  const [filter, setFilter] = useState<ActionFilter>('open');
  const shown = useMemo(
    () => filterActions(actions, filter, { today, me: meId }),
    [actions, filter, today, meId],
  );
  const dateOf = useMemo(() => new Map(meetings.map((m) => [m.id, m.date])), [meetings]);
  return (
    <section className="oo-section" aria-labelledby="all-actions-heading">
      <h3 id="all-actions-heading">{t('oneOnOnes.actions.acrossHeading')}</h3>
      <div className="oo-tabs" role="group" aria-label={t('oneOnOnes.actions.show')}>
        {actionFilterNames.map((name) => (
          <button
            key={name}
            type="button"
            className="button"
            aria-pressed={filter === name}
            onClick={() => setFilter(name)}
          >
            {t('oneOnOnes.actions.filter', { filter: name })}
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="oo-empty" role="status">
          {t('oneOnOnes.actions.filterEmpty', { filter })}
        </p>
      ) : (
        <ul className="action-items" aria-label={t('oneOnOnes.actions.filterList', { filter })}>
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
                meetingLabel={
                  date ? t('oneOnOnes.actions.meetingOf', { date: dates.calendar(date) }) : undefined
                }
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
