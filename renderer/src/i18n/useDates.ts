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
}

const DAY = { day: 'numeric', month: 'short', year: 'numeric' } as const;

/** The locale dates are written in: English as in Britain, every other language as itself. */
export function dateLocaleOf(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${locale}|${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(id, format);
  }
  return format;
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
  };
}

export function useDates(): DateWords {
  const { locale } = useT().intl;
  return useMemo(() => datesIn(locale), [locale]);
}
