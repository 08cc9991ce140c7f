// Formatters are built once: the journal formats hundreds of dates at start-up, and Intl's
// cached formatters are many times faster than building a pattern per call. They follow the
// user's locale.
const monthHeading = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const dayThisYear = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const dayOtherYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** Month heading in the journal list, e.g. "November 2026". */
export function formatMonthHeading(ms: number): string {
  return monthHeading.format(ms);
}

/** Short date shown beside an entry: "Tue, Nov 24", with the year when it is not this year. */
export function formatListDate(ms: number, now: number): string {
  return new Date(ms).getFullYear() === new Date(now).getFullYear()
    ? dayThisYear.format(ms)
    : dayOtherYear.format(ms);
}

/** Key that groups entries by calendar month in local time (called for every entry at start-up). */
export function monthKey(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
