import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { searchMeetings } from '../../../../shared/oneOnOne/historySearch';
import { pastMeetings } from '../../../../shared/oneOnOne/series';
import type { MeetingSummary } from '../../../../shared/schema/meetingIndex';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';

interface MeetingHistoryProps {
  meetings: readonly MeetingSummary[];
  meetingPath: (meetingId: string) => string;
  /** What to say of a meeting's summary (confirmed by both, waiting for…, changed), if anything. */
  summaryLabel?: (meetingId: string) => string | null;
}

/** Past meetings, newest first, searchable by date and by what was on the agenda. */
export function MeetingHistory({ meetings, meetingPath, summaryLabel }: MeetingHistoryProps) {
  const t = useT();
  const dates = useDates();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const past = useMemo(() => pastMeetings(meetings), [meetings]);
  const found = useMemo(() => searchMeetings(past, deferred), [past, deferred]);
  return (
    <section className="oo-section" aria-labelledby="history-heading">
      <h3 id="history-heading">{t('oneOnOnes.history.heading')}</h3>
      <input
        type="search"
        className="text-input"
        aria-label={t('oneOnOnes.history.search')}
        placeholder={t('oneOnOnes.history.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="oo-meta" role="status">
        {past.length === 0
          ? t('oneOnOnes.history.none')
          : deferred.trim() === ''
            ? t('oneOnOnes.history.count', { count: past.length })
            : t('oneOnOnes.history.matches', { found: found.length, count: past.length })}
      </p>
      <ul className="history-list" aria-label={t('oneOnOnes.history.heading')}>
        {found.map((m) => (
          <li key={m.id}>
            <Link to={meetingPath(m.id)}>
              {t('oneOnOnes.history.item', { date: dates.calendar(m.date), career: m.career ? 'yes' : 'no' })}
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
