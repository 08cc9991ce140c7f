import type { IsoDate } from '../schema/dates';
import type { MilestoneSummary, PlanSummary } from '../schema/growthIndex';

/**
 * Progress of one development plan, from its index summary. Pure: `today` is the user's local
 * calendar date (`localDateAt(now, timeZone)` from shared/cadence/zonedTime). Due dates are
 * calendar dates, so "overdue" compares dates, never instants.
 */

/** What progress needs of a milestone: the index's summaries and full milestones both fit. */
export type ProgressMilestone = Pick<MilestoneSummary, 'dueDate' | 'status'>;

export interface PlanProgress<M extends ProgressMilestone = MilestoneSummary> {
  planId: string;
  total: number;
  done: number;
  /** Whole percent done; null when the plan has no milestones yet (not the same as 0 %). */
  percent: number | null;
  /** "No milestones yet", or "3 of 8 milestones done". */
  label: string;
  /** Not done and due before today, earliest first. */
  overdue: M[];
  /** The earliest not-done milestone due today or later, or null. */
  nextDue: M | null;
  blocked: number;
}

/**
 * 0 and 100 mean exactly none and all: one of 200 done shows 1 %, 199 of 200 shows 99 %.
 * Null for no milestones.
 */
export function percentDone(done: number, total: number): number | null {
  if (total === 0) return null;
  if (done === 0 || done === total) return done === 0 ? 0 : 100;
  return Math.min(99, Math.max(1, Math.round((done / total) * 100)));
}

export function progressLabel(done: number, total: number): string {
  if (total === 0) return 'No milestones yet';
  return `${done} of ${total} ${total === 1 ? 'milestone' : 'milestones'} done`;
}

const byDueDate = (a: ProgressMilestone, b: ProgressMilestone) =>
  a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0;

/** Works on a plan summary or a full plan (`readPlan`), so the list and the editor agree. */
export function planProgress<M extends ProgressMilestone>(
  plan: { id: string; milestones: readonly M[] },
  today: IsoDate,
): PlanProgress<M> {
  let done = 0;
  let blocked = 0;
  let nextDue: M | null = null;
  const overdue: M[] = [];
  for (const milestone of plan.milestones) {
    if (milestone.status === 'done') {
      done += 1;
      continue;
    }
    if (milestone.status === 'blocked') blocked += 1;
    if (milestone.dueDate < today) overdue.push(milestone);
    else if (nextDue === null || milestone.dueDate < nextDue.dueDate) nextDue = milestone;
  }
  const total = plan.milestones.length;
  return {
    planId: plan.id,
    total,
    done,
    percent: percentDone(done, total),
    label: progressLabel(done, total),
    overdue: overdue.sort(byDueDate),
    nextDue,
    blocked,
  };
}

export interface GoalProgress {
  goalId: string;
  /** Plans (not deleted) that serve the goal. */
  plans: number;
  total: number;
  done: number;
  percent: number | null;
  label: string;
}

/** Milestones of every plan that serves a goal, counted together. */
export function goalProgress(goalId: string, plans: readonly PlanSummary[]): GoalProgress {
  let count = 0;
  let total = 0;
  let done = 0;
  for (const plan of plans) {
    if (plan.goalId !== goalId || plan.deletedAt !== null) continue;
    count += 1;
    total += plan.milestones.length;
    for (const milestone of plan.milestones) if (milestone.status === 'done') done += 1;
  }
  return {
    goalId,
    plans: count,
    total,
    done,
    percent: percentDone(done, total),
    label: count === 0 ? 'No plan yet' : progressLabel(done, total),
  };
}
