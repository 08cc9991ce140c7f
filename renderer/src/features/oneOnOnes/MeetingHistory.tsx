import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { searchMeetings } from '../../../../shared/oneOnOne/historySearch';
import { pastMeetings } from '../../../../shared/oneOnOne/series';
import type { MeetingSummary } from '../../../../shared/schema/meetingIndex';
import { formatCalendarDate } from '../../ui/dates';

interface MeetingHistoryProps {
  meetings: readonly MeetingSummary[];
  meetingPath: (meetingId: string) => string;
  /** What to say of a meeting's summary (confirmed by both, waiting for…, changed), if anything. */
  summaryLabel?: (meetingId: string) => string | null;
}

/** Past meetings, newest first, searchable by date and by what was on the agenda. */
export function MeetingHistory({ meetings, meetingPath, summaryLabel }: MeetingHistoryProps) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const past = useMemo(() => pastMeetings(meetings), [meetings]);
  const found = useMemo(() => searchMeetings(past, deferred), [past, deferred]);
  return (
    <section className="oo-section" aria-labelledby="history-heading">
      <h3 id="history-heading">Past meetings</h3>
      <input
        type="search"
        className="text-input"
        aria-label="Search past meetings"
        placeholder="Search by topic or date (2026-03)…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="oo-meta" role="status">
        {past.length === 0
          ? 'No meetings have been closed yet.'
          : deferred.trim() === ''
            ? `${past.length} past ${past.length === 1 ? 'meeting' : 'meetings'}`
            : `${found.length} of ${past.length} past meetings match`}
      </p>
      <ul className="history-list" aria-label="Past meetings">
        {found.map((m) => (
          <li key={m.id}>
            <Link to={meetingPath(m.id)}>
              {formatCalendarDate(m.date)}
              {m.career && ' · Career conversation'}
            </Link>
            <SummaryBadge label={summaryLabel?.(m.id) ?? null} />
            {m.searchText && (
              <p className="oo-meta history-excerpt">{m.searchText.split('\n').slice(0, 3).join(' · ')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SummaryBadge({ label }: { label: string | null }) {
  return label ? (
    <span className="oo-badge summary-badge" data-tone="accent">
      {label}
    </span>
  ) : null;
}
