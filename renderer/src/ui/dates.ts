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

/**
 * "25 Nov 2026" (in the entry's language): used in the titles templates give new entries. The
 * same words as every other date in the window (`datesIn(locale).day`), English months included.
 */
export function formatEntryDate(ms: number, locale: string = displayLocale()): string {
  return datesIn(locale).day(ms);
}
