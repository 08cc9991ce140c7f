import { memo } from 'react';
import { Link } from 'react-router';
import type { VaultEntry } from '../../../../shared/schema/vault';
import { formatListDate } from './dates';
import type { MonthGroup } from './groupEntries';

interface JournalListProps {
  groups: MonthGroup[];
  selectedId: string | null;
  now: number;
}

/** Reflections newest first, grouped by month, each with its date, tags and a short excerpt. */
export function JournalList({ groups, selectedId, now }: JournalListProps) {
  return (
    <nav aria-label="Journal entries" className="journal-list">
      {groups.map((group) => (
        <section key={group.key} className="journal-month" aria-labelledby={`month-${group.key}`}>
          <h2 id={`month-${group.key}`} className="journal-month-heading">
            {group.heading}
          </h2>
          <ul aria-labelledby={`month-${group.key}`}>
            {group.entries.map((entry) => (
              <li key={entry.id}>
                <EntryLink entry={entry} selected={entry.id === selectedId} now={now} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}

const EntryLink = memo(function EntryLink({
  entry,
  selected,
  now,
}: {
  entry: VaultEntry;
  selected: boolean;
  now: number;
}) {
  return (
    <Link to={`/journal/${entry.id}`} className="journal-entry" aria-current={selected ? 'page' : undefined}>
      <span className="journal-entry-title">{entry.title.trim() || 'Untitled'}</span>
      <span className="journal-entry-date">{formatListDate(entry.createdAt, now)}</span>
      {entry.excerpt && <span className="journal-entry-excerpt">{entry.excerpt}</span>}
      {entry.tags.length > 0 && (
        <span className="journal-entry-tags">
          {entry.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
        </span>
      )}
    </Link>
  );
});
