import { nextDueDate } from '../../../../shared/cadence/cadence';
import { systemTimeZone } from '../../../../shared/cadence/zonedTime';
import type { IsoDate } from '../../../../shared/schema/dates';
import type { Plan } from '../../../../shared/schema/plan';

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
