import { nextDueDate } from '../../../../shared/cadence/cadence';
import { localDateAt, systemTimeZone } from '../../../../shared/cadence/zonedTime';
import type { IsoDate } from '../../../../shared/schema/dates';
import type { Plan } from '../../../../shared/schema/plan';

// Calendar dates are days, not instants: format them in UTC so no time zone shifts the day.
const calendarDay = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const localDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** "31 Mar 2026" for a stored YYYY-MM-DD date. */
export function formatCalendarDate(date: IsoDate): string {
  return calendarDay.format(Date.parse(`${date}T00:00:00Z`));
}

/** The local day of an instant, e.g. when a plan was last reviewed. */
export function formatInstantDay(ms: number): string {
  return localDay.format(ms);
}

/** The user's calendar date now, as the Growth overview reckons it. */
export function todayAt(now: number): IsoDate {
  return localDateAt(now, systemTimeZone());
}

/** The day the plan's next review is due: one cadence after the last review (or its creation). */
export function nextReviewDate(plan: Plan, now: number): IsoDate | null {
  if (plan.reviewCadence === null) return null;
  return nextDueDate({
    rhythm: plan.reviewCadence,
    timeZone: systemTimeZone(),
    anchor: plan.lastReviewedAt ?? plan.createdAt,
    now,
  });
}
