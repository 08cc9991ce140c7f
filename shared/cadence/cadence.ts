import { addDays, daysBetween, daysInMonth, type IsoDate } from '../schema/dates';
import type { Rhythm } from '../schema/vault';
import { instantAt, localDateAt, type LocalTimeString } from './zonedTime';

/**
 * When a recurring thing (a reflection, a plan review) is next due. A rhythm counts calendar
 * days or months from the local day the user last did it, and the reminder falls at their
 * preferred local time on that day: "09:00" stays 09:00 on the wall clock across DST changes.
 * Pure: the clock and the zone are arguments.
 */

export const rhythmLabels: Record<Rhythm, string> = {
  weekly: 'weekly',
  biweekly: 'every two weeks',
  monthly: 'monthly',
  quarterly: 'quarterly',
};

/** `months` calendar months after `date`; the 31st becomes the last day of a shorter month. */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The local date one rhythm after `from`. */
export function addRhythm(from: IsoDate, rhythm: Rhythm): IsoDate {
  switch (rhythm) {
    case 'weekly':
      return addDays(from, 7);
    case 'biweekly':
      return addDays(from, 14);
    case 'monthly':
      return addMonthsClamped(from, 1);
    case 'quarterly':
      return addMonthsClamped(from, 3);
  }
}

export interface CadenceInput {
  rhythm: Rhythm;
  /** IANA zone of the user, e.g. "Europe/Berlin". */
  timeZone: string;
  /**
   * When the user last did the thing (ms): the last reflection's createdAt, or a plan's
   * lastReviewedAt ?? createdAt. Null when they never have: it is then due today.
   */
  anchor: number | null;
  /** Local time of day for the reminder, "HH:MM". */
  preferredTime: LocalTimeString;
  now: number;
}

export interface CadenceStatus {
  /** The local calendar day it is due. */
  dueDate: IsoDate;
  /** The preferred time on that day, as an instant. */
  dueAt: number;
  isDue: boolean;
  /** Whole local days since `dueDate`, 0 when due today or not yet due. */
  daysOverdue: number;
}

/** The due date of the next round: one rhythm after the anchor's local day (today without one). */
export function nextDueDate(input: Omit<CadenceInput, 'preferredTime'>): IsoDate {
  if (input.anchor === null) return localDateAt(input.now, input.timeZone);
  return addRhythm(localDateAt(input.anchor, input.timeZone), input.rhythm);
}

/**
 * The next due instant. It does not roll forward while the user has not done the thing: a
 * reflection due last Monday stays due (and overdue) until a new anchor arrives.
 */
export function nextDueAt(input: CadenceInput): number {
  return instantAt(nextDueDate(input), input.preferredTime, input.timeZone);
}

export function cadenceStatus(input: CadenceInput): CadenceStatus {
  const dueDate = nextDueDate(input);
  const dueAt = instantAt(dueDate, input.preferredTime, input.timeZone);
  const isDue = input.now >= dueAt;
  const today = localDateAt(input.now, input.timeZone);
  return { dueDate, dueAt, isDue, daysOverdue: isDue ? Math.max(0, daysBetween(dueDate, today)) : 0 };
}

export const isDue = (input: CadenceInput): boolean => input.now >= nextDueAt(input);
