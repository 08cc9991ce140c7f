import type { IsoDate } from '../../../shared/schema/dates';

/**
 * Dates as the window writes them, wherever they appear. Formatters are built on first use
 * and kept: Intl's cached formatters are many times faster than building one per call, and
 * none is built at start-up unless the first screen shows such a date.
 */

let calendarDay: Intl.DateTimeFormat | undefined;
let localDay: Intl.DateTimeFormat | undefined;

/** "31 Mar 2026" for a stored YYYY-MM-DD date. */
export function formatCalendarDate(date: IsoDate): string {
  // Calendar dates are days, not instants: format them in UTC so no time zone shifts the day.
  calendarDay ??= new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return calendarDay.format(Date.parse(`${date}T00:00:00Z`));
}

/** The local day of an instant, e.g. when a plan was last reviewed. */
export function formatInstantDay(ms: number): string {
  localDay ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return localDay.format(ms);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "25 Nov 2026": used in generated titles, so it is fixed, not locale dependent. Written out
 * rather than with date-fns, whose formatter and locale would be start-up code (new entries'
 * titles are made in the journal's repository).
 */
export function formatEntryDate(ms: number): string {
  const date = new Date(ms);
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}
