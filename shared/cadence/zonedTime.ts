import { z } from 'zod';
import type { IsoDate } from '../schema/dates';

/**
 * Wall-clock time in an IANA time zone, with Intl only (no time-zone library): instants to
 * local dates and times, and local dates and times back to instants.
 *
 * Formatters are cached per zone: building an `Intl.DateTimeFormat` costs about 80 µs, using
 * one about 4 µs, and the Growth overview and the reminder policy convert many instants.
 */

/** A local time of day as "HH:MM" on a 24-hour clock, e.g. "09:00". */
export type LocalTimeString = string;
export interface LocalTime {
  hour: number;
  minute: number;
}

export const localTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 09:00 (24-hour clock)');

export function parseLocalTime(value: LocalTimeString): LocalTime {
  const parsed = localTimeSchema.parse(value);
  return { hour: Number(parsed.slice(0, 2)), minute: Number(parsed.slice(3, 5)) };
}

const DAY_MS = 86_400_000;
const MAX_CACHED_ZONES = 32;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    // Zones come from the user's settings, so there are one or two; the cap is only a guard.
    if (formatters.size >= MAX_CACHED_ZONES) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a time-zone name this runtime knows, e.g. "Europe/Berlin" or "UTC". */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, { message: 'must be an IANA time zone such as Europe/Berlin' });

/** The runtime's own zone (the OS setting in Electron and in the browser). */
export function systemTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a clock on the wall in `timeZone` shows at `instant` (to the second). */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    switch (part.type) {
      case 'year':
      case 'month':
      case 'day':
      case 'hour':
      case 'minute':
      case 'second':
        clock[part.type] = Number(part.value);
        break;
      default:
        break;
    }
  }
  return clock;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDateOf(clock: Pick<WallClock, 'year' | 'month' | 'day'>): IsoDate {
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** The local calendar date at `instant`; same answer as `isoDateAt`, with a cached formatter. */
export function localDateAt(instant: number, timeZone: string): IsoDate {
  return isoDateOf(wallClockAt(instant, timeZone));
}

/** The user's calendar date at `now`, in the system's time zone (as the Growth overview reckons it). */
export function todayAt(now: number): IsoDate {
  return localDateAt(now, systemTimeZone());
}

/** The local time of day at `instant`, as "HH:MM". */
export function localTimeAt(instant: number, timeZone: string): LocalTimeString {
  const clock = wallClockAt(instant, timeZone);
  return `${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** The zone's offset from UTC at `instant`, in ms (New York in winter: −5 h). */
export function offsetAt(instant: number, timeZone: string): number {
  const c = wallClockAt(instant, timeZone);
  const wallAsUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return wallAsUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant at which the wall clock in `timeZone` shows `time` on `date`.
 *
 * Around offset changes, as `Temporal`'s "compatible" disambiguation does it:
 * - a time that happens twice (clocks go back) is its first occurrence;
 * - a time that never happens (clocks go forward) is moved later by the size of the gap, so
 *   02:30 on the US spring-forward day is 03:30 daylight time.
 *
 * The offsets a day before and after bound every offset the date can have (zones change their
 * offset at most once a day), so the candidates are the local time under each of them.
 */
export function instantAt(date: IsoDate, time: LocalTime | LocalTimeString, timeZone: string): number {
  const { hour, minute } = typeof time === 'string' ? parseLocalTime(time) : time;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offsetBefore = offsetAt(wallAsUtc - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wallAsUtc + DAY_MS, timeZone);
  const underBefore = wallAsUtc - offsetBefore;
  const underAfter = wallAsUtc - offsetAfter;
  const beforeFits = offsetAt(underBefore, timeZone) === offsetBefore;
  const afterFits =
    offsetBefore === offsetAfter ? beforeFits : offsetAt(underAfter, timeZone) === offsetAfter;
  if (beforeFits && afterFits) return Math.min(underBefore, underAfter);
  if (beforeFits) return underBefore;
  if (afterFits) return underAfter;
  // In the gap: read with the offset from before the change, the time lands as far past the
  // gap's end as it was past the gap's start.
  return underBefore;
}

/** The first instant of a local calendar day (midnight, or later where midnight is skipped). */
export function startOfLocalDay(date: IsoDate, timeZone: string): number {
  return instantAt(date, { hour: 0, minute: 0 }, timeZone);
}
