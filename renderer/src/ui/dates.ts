import type { IsoDate } from '../../../shared/schema/dates';
import { displayLocale } from '../i18n/displayLocale';
import { datesIn } from '../i18n/useDates';

/**
 * Dates as the window writes them, wherever they appear, in the window's language (see
 * displayLocale). Formatters are built on first use and kept, so none is built at start-up
 * unless the first screen shows such a date.
 */

/**
 * "31 Mar 2026" (in the window's language) for a stored YYYY-MM-DD date: the same words as
 * `useDates().calendar`, for code outside React's context.
 */
export function formatCalendarDate(date: IsoDate): string {
  return datesIn(displayLocale()).calendar(date);
}

/** The local day of an instant, e.g. when a plan was last reviewed (as `useDates().day`). */
export function formatInstantDay(ms: number): string {
  return datesIn(displayLocale()).day(ms);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "25 Nov 2026" in English, the day in the entry's language otherwise: used in the titles
 * templates give new entries. English is written out, not left to Intl: its en-GB writes
 * "Sept", and en puts the month first; titles keep the form they always had.
 */
export function formatEntryDate(ms: number, locale: string = displayLocale()): string {
  if (locale !== 'en') return datesIn(locale).day(ms);
  const date = new Date(ms);
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}
