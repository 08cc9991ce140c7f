import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';

interface ShowMoreListProps<T> {
  items: readonly T[];
  /** How many are shown before "Show all". */
  limit: number;
  label: string;
  className?: string;
  render: (item: T) => ReactNode;
  itemKey: (item: T) => string;
}

/**
 * A list that shows its first few items and a button for the rest: the overview is a summary,
 * and a long list of overdue milestones should not push everything else off the screen.
 */
export function ShowMoreList<T>({ items, limit, label, className, render, itemKey }: ShowMoreListProps<T>) {
  const t = useT();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, limit);
  return (
    <>
      <ul className={className} aria-label={label}>
        {shown.map((item) => (
          <li key={itemKey(item)}>{render(item)}</li>
        ))}
      </ul>
      {items.length > limit && (
        <button
          type="button"
          className="button overview-more"
          data-variant="ghost"
          onClick={() => setAll(!all)}
        >
          {all ? t('overview.list.showFewer') : t('overview.list.showAll', { count: items.length })}
        </button>
      )}
    </>
  );
}
