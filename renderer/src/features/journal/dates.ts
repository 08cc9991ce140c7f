import { format, isSameYear } from 'date-fns';

/** "25 Nov 2026": used in generated titles, so it is fixed, not locale dependent. */
export function formatEntryDate(ms: number): string {
  return format(ms, 'd MMM yyyy');
}

/** Month heading in the journal list, e.g. "November 2026". */
export function formatMonthHeading(ms: number): string {
  return format(ms, 'MMMM yyyy');
}

/** Short date shown beside an entry: "Tue 24 Nov", with the year when it is not this year. */
export function formatListDate(ms: number, now: number): string {
  return isSameYear(ms, now) ? format(ms, 'EEE d MMM') : format(ms, 'd MMM yyyy');
}

/** Key that groups entries by calendar month in local time (called for every entry at start-up). */
export function monthKey(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
