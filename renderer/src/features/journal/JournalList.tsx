import { memo, startTransition, useEffect, useMemo, useState } from 'react';
import { itemDocId } from '../../../../shared/schema/ids';
import type { VaultEntry } from '../../../../shared/schema/vault';
import { useT } from '../../i18n/useT';
import type { ReceivedItems } from '../../services/sharing/useReceivedItems';
import { formatListDate, formatMonthHeading } from './dates';
import type { MonthGroup } from './groupEntries';

interface JournalListProps {
  groups: MonthGroup[];
  selectedId: string | null;
  now: number;
  /** Reflections someone shared with this user, marked with who wrote them. */
  received?: ReceivedItems;
}

/** Entries rendered in the first pass: more than a tall window shows (each is ~90 px high). */
const FIRST_PASS_ENTRIES = 20;

/**
 * Reflections newest first, grouped by month, each with its date, tags and a short excerpt.
 * A long journal renders the first screenful at once and the rest right after, in a
 * transition, so a ten-year journal is interactive as fast as a short one.
 */
export function JournalList({ groups, selectedId, now, received }: JournalListProps) {
  const [showAll, setShowAll] = useState(false);
  const t = useT();
  const total = useMemo(() => groups.reduce((sum, g) => sum + g.entries.length, 0), [groups]);
  useEffect(() => {
    if (showAll || total <= FIRST_PASS_ENTRIES) return;
    const timer = setTimeout(() => startTransition(() => setShowAll(true)), 0);
    return () => clearTimeout(timer);
  }, [showAll, total]);
  const shown = useMemo(
    () => (showAll ? groups : firstEntries(groups, FIRST_PASS_ENTRIES)),
    [groups, showAll],
  );
  return (
    <nav aria-label={t('journal.list.label')} className="pane-list">
      {shown.map((group) => (
        <section key={group.key} className="journal-month" aria-labelledby={`month-${group.key}`}>
          <h2 id={`month-${group.key}`} className="list-heading journal-month-heading">
            {formatMonthHeading(group.firstCreatedAt)}
          </h2>
          <ul aria-labelledby={`month-${group.key}`}>
            {group.entries.map((entry) => (
              <li key={entry.id}>
                <EntryLink
                  entry={entry}
                  selected={entry.id === selectedId}
                  now={now}
                  writer={received?.get(itemDocId(entry.id))?.writer}
                  untitled={t('journal.untitled')}
                  locale={t.intl.locale}
                />
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
  writer,
  untitled,
}: {
  entry: VaultEntry;
  selected: boolean;
  now: number;
  writer?: string | undefined;
  untitled: string;
  /** Only to show the date again when the language changes. */
  locale: string;
}) {
  const t = useT();
  return (
    // A plain hash link: the hash router follows it, and it is much cheaper than <Link> × 500.
    <a href={`#/journal/${entry.id}`} className="list-item" aria-current={selected ? 'page' : undefined}>
      <span className="journal-entry-title">{entry.title.trim() || untitled}</span>
      <span className="list-item-date">{formatListDate(entry.createdAt, now)}</span>
      {writer !== undefined && (
        <span className="journal-entry-writer">{t('conversation.entry.fromWriter', { name: writer })}</span>
      )}
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
    </a>
  );
});

function firstEntries(groups: MonthGroup[], count: number): MonthGroup[] {
  const out: MonthGroup[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    out.push(group.entries.length <= left ? group : { ...group, entries: group.entries.slice(0, left) });
    left -= group.entries.length;
  }
  return out;
}
