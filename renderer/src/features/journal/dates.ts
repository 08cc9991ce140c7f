import { dateFormatter } from '../../i18n/displayLocale';

// The journal formats hundreds of dates at start-up: the formatters are built once per
// language and kept (see displayLocale), and follow the window's language.

/** Month heading in the journal list, e.g. "November 2026". */
export function formatMonthHeading(ms: number): string {
  return dateFormatter('monthHeading', { month: 'long', year: 'numeric' }).format(ms);
}

/** Short date shown beside an entry: "Tue, Nov 24", with the year when it is not this year. */
export function formatListDate(ms: number, now: number): string {
  return new Date(ms).getFullYear() === new Date(now).getFullYear()
    ? dateFormatter('dayThisYear', { weekday: 'short', day: 'numeric', month: 'short' }).format(ms)
    : dateFormatter('dayOtherYear', { day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}

/** Key that groups entries by calendar month in local time (called for every entry at start-up). */
export function monthKey(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
