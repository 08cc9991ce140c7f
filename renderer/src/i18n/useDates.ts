import { useMemo } from 'react';
import type { IsoDate } from '../../../shared/schema/dates';
import { useT } from './useT';

/**
 * Dates in the window's language. Calendar dates stay stored as `YYYY-MM-DD` and are shown as
 * days (formatted in UTC, so no time zone shifts the day); instants are shown as the local day.
 * Tandem's English is British English ("organisation", "3 Mar 2026"), so English dates are
 * written day first, as they always were.
 */

export interface DateWords {
  /** "3 Mar 2026" / "3. März 2026" / "3 مارس 2026" for a stored YYYY-MM-DD date. */
  calendar(date: IsoDate): string;
  /** The local day of an instant, e.g. when a goal was achieved. */
  day(ms: number): string;
  /** The local day and time of an instant, e.g. when a meeting was closed. */
  dayAndTime(ms: number): string;
  /** "March 2026" (or "Mar 2026") for a month stored as YYYY-MM. */
  month(yearMonth: string, style?: 'long' | 'short'): string;
  /** "Mar": the month of a YYYY-MM alone, as under a chart's bar. */
  monthName(yearMonth: string): string;
  /** "Tuesday, 3 March": a calendar date written out, as a page's "today". */
  longDay(date: IsoDate): string;
  /** "Tue, 3 Dec" for a date in `today`'s year, "3 Dec 2027" otherwise: a due date in a list. */
  dueDay(date: IsoDate, today: IsoDate): string;
  /** The local day of an instant, with its year only when that is not `today`'s. */
  recentDay(ms: number, today: IsoDate): string;
}

const DAY = { day: 'numeric', month: 'short', year: 'numeric' } as const;

/** The locale dates are written in: English as in Britain, every other language as itself. */
export function dateLocaleOf(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

const cache = new Map<string, Pick<Intl.DateTimeFormat, 'format'>>();
function formatter(
  locale: string,
  key: string,
  options: Intl.DateTimeFormatOptions,
): Pick<Intl.DateTimeFormat, 'format'> {
  const id = `${locale}|${key}`;
  let format = cache.get(id);
  if (!format) {
    const intl = new Intl.DateTimeFormat(locale, options);
    format = locale === 'en-GB' ? englishMonths(intl) : intl;
    cache.set(id, format);
  }
  return format;
}

const utcDay = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);

/**
 * English short months are three letters everywhere Tandem writes them ("5 Sep 2026"): en-GB's
 * ICU data writes "Sept", which entry titles never did, and one app should not use both.
 */
function englishMonths(format: Intl.DateTimeFormat): Pick<Intl.DateTimeFormat, 'format'> {
  return {
    format: (at) =>
      format
        .formatToParts(at)
        .map((part) => (part.type === 'month' && part.value === 'Sept' ? 'Sep' : part.value))
        .join(''),
  };
}

export function datesIn(locale: string): DateWords {
  const at = dateLocaleOf(locale);
  return {
    calendar: (date) =>
      formatter(at, 'calendar', { ...DAY, timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`)),
    day: (ms) => formatter(at, 'day', DAY).format(ms),
    dayAndTime: (ms) =>
      formatter(at, 'dayAndTime', { ...DAY, hour: 'numeric', minute: '2-digit' }).format(ms),
    month: (yearMonth, style = 'long') =>
      formatter(at, `month-${style}`, { month: style, year: 'numeric', timeZone: 'UTC' }).format(
        Date.parse(`${yearMonth}-01T00:00:00Z`),
      ),
    monthName: (yearMonth) =>
      formatter(at, 'monthName', { month: 'short', timeZone: 'UTC' }).format(utcDay(`${yearMonth}-01`)),
    longDay: (date) =>
      formatter(at, 'longDay', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        utcDay(date),
      ),
    dueDay: (date, today) =>
      date.slice(0, 4) === today.slice(0, 4)
        ? formatter(at, 'dueDay', {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            timeZone: 'UTC',
          }).format(utcDay(date))
        : formatter(at, 'calendar', { ...DAY, timeZone: 'UTC' }).format(utcDay(date)),
    recentDay: (ms, today) =>
      new Date(ms).getFullYear() === Number(today.slice(0, 4))
        ? formatter(at, 'dayNoYear', { day: 'numeric', month: 'short' }).format(ms)
        : formatter(at, 'day', DAY).format(ms),
  };
}

export function useDates(): DateWords {
  const { locale } = useT().intl;
  return useMemo(() => datesIn(locale), [locale]);
}
