import { z } from 'zod';
import { says } from './validation';

/**
 * Calendar dates (due dates, start dates) are stored as `YYYY-MM-DD` strings: a due date is a
 * day on the user's calendar, not an instant, so it must not shift when the time zone does.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date: "2026-02-31" and "2026-13-01" are not. */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export const isoDateSchema = z
  .string()
  .regex(ISO_DATE, says('validation.date.format'))
  .refine(isRealDate, { message: says('validation.date.unreal') });

/** The user's local calendar date at an instant, in a given IANA time zone (default: local). */
export function isoDateAt(instant: number, timeZone?: string): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier), by the calendar. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The calendar date `days` after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "2026-03" for grouping by month. */
export const monthOf = (date: IsoDate): string => date.slice(0, 7);
