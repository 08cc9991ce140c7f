import type { IsoDate } from '../../../shared/schema/dates';
import { dateFormatter, displayLocale } from '../i18n/displayLocale';

/**
 * Dates as the window writes them, wherever they appear, in the window's language (see
 * displayLocale). Formatters are built on first use and kept, so none is built at start-up
 * unless the first screen shows such a date.
 */

/** "31 Mar 2026" (in the window's language) for a stored YYYY-MM-DD date. */
export function formatCalendarDate(date: IsoDate): string {
  // Calendar dates are days, not instants: format them in UTC so no time zone shifts the day.
  return dateFormatter('calendarDay', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${date}T00:00:00Z`));
}

/** The local day of an instant, e.g. when a plan was last reviewed. */
export function formatInstantDay(ms: number): string {
  return dateFormatter('localDay', { day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "25 Nov 2026" in English, the day in the window's language otherwise: used in the titles
 * templates give new entries. English is written out rather than left to Intl (whose English
 * puts the month first) or date-fns (whose formatter and locale would be start-up code: new
 * entries' titles are made in the journal's repository).
 */
export function formatEntryDate(ms: number, locale: string = displayLocale()): string {
  if (locale !== 'en') return formatInstantDay(ms);
  const date = new Date(ms);
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}
