import { addMonthsClamped } from '../cadence/cadence';
import { startOfLocalDay } from '../cadence/zonedTime';
import { addDays, monthOf, type IsoDate } from '../schema/dates';
import type { GoalStatus } from '../schema/goal';
import type { GoalSummary, MilestoneSummary, PlanSummary } from '../schema/growthIndex';
import { planProgress, type PlanProgress } from './progress';

/*
 * The Growth overview: everything the overview screen shows, from the vault's summaries alone.
 * It runs on every index change, so it is one pass over the milestones, and the only time-zone
 * work is a dozen month and window boundaries: a completed milestone is placed by comparing its
 * instant with the instants local months start at, which gives the same month as
 * `isoDateAt(completedAt, timeZone)` without a formatter call per milestone.
 */

export interface OverviewMilestone extends MilestoneSummary {
  planId: string;
  planTitle: string;
  goalId: string | null;
  /** Calendar days from today to the due date; negative when overdue. */
  daysUntilDue: number;
}

export type GrowthWin =
  | {
      kind: 'milestone';
      id: string;
      title: string;
      at: number;
      planId: string;
      planTitle: string;
      goalId: string | null;
    }
  | { kind: 'goal'; id: string; title: string; at: number };

export interface MonthTally {
  /** "2026-03", in the user's time zone. */
  month: string;
  done: number;
}

export interface GrowthOverview {
  today: IsoDate;
  goalsByStatus: Record<GoalStatus, number>;
  activePlans: number;
  /** Progress of each active plan, in the order given. */
  planProgress: PlanProgress[];
  /** Not-done milestones of active plans due from today to today + `dueWithinDays`, by date. */
  dueSoon: OverviewMilestone[];
  /** Not-done milestones of active plans due before today, oldest first. */
  overdue: OverviewMilestone[];
  /** Milestones done and goals achieved in the last `winsWithinDays` days, newest first. */
  recentWins: GrowthWin[];
  /** Milestones done per month over the last `months` months, oldest first, this month last. */
  doneByMonth: MonthTally[];
}

export interface GrowthOverviewOptions {
  /** The user's local date. */
  today: IsoDate;
  /** The user's IANA zone, for placing completion instants on their calendar. */
  timeZone: string;
  dueWithinDays?: number;
  winsWithinDays?: number;
  months?: number;
}

export const OVERVIEW_DEFAULTS = { dueWithinDays: 30, winsWithinDays: 30, months: 12 } as const;

interface CalendarFrame {
  key: string;
  /** Month keys, oldest first, ending with today's month. */
  keys: string[];
  /** The instant each of those months starts at, and the start of the month after the last. */
  starts: number[];
  /** The start of the first day of the wins window. */
  winsSince: number;
}

/*
 * The boundaries depend only on the day, the zone and the options, and they are most of the
 * time-zone work, so the last set is kept: re-running the overview after an edit skips them.
 */
let lastFrame: CalendarFrame | null = null;

function calendarFrame(
  today: IsoDate,
  timeZone: string,
  months: number,
  winsWithinDays: number,
): CalendarFrame {
  const key = `${today}|${timeZone}|${months}|${winsWithinDays}`;
  if (lastFrame?.key === key) return lastFrame;
  const firstOfThisMonth = `${monthOf(today)}-01`;
  const keys: string[] = [];
  const starts: number[] = [];
  for (let i = months - 1; i >= -1; i -= 1) {
    const first = addMonthsClamped(firstOfThisMonth, -i);
    if (i >= 0) keys.push(monthOf(first));
    starts.push(startOfLocalDay(first, timeZone));
  }
  const winsSince = startOfLocalDay(addDays(today, -winsWithinDays), timeZone);
  lastFrame = { key, keys, starts, winsSince };
  return lastFrame;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: IsoDate) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

/** Index of the month whose [start, next start) holds `instant`, or -1 outside them all. */
function monthIndex(starts: readonly number[], instant: number): number {
  const last = starts.length - 1;
  if (last < 1 || instant < (starts[0] ?? 0) || instant >= (starts[last] ?? 0)) return -1;
  let lo = 0;
  let hi = last - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= instant) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function growthOverview(
  goals: readonly GoalSummary[],
  plans: readonly PlanSummary[],
  options: GrowthOverviewOptions,
): GrowthOverview {
  const { today, timeZone } = options;
  const dueWithinDays = options.dueWithinDays ?? OVERVIEW_DEFAULTS.dueWithinDays;
  const winsWithinDays = options.winsWithinDays ?? OVERVIEW_DEFAULTS.winsWithinDays;
  const months = Math.max(0, options.months ?? OVERVIEW_DEFAULTS.months);

  const dueUntil = addDays(today, dueWithinDays);
  const { keys, starts, winsSince } = calendarFrame(today, timeZone, months, winsWithinDays);
  const todayNumber = dayNumber(today);
  const doneCounts = new Array<number>(keys.length).fill(0);

  const goalsByStatus: Record<GoalStatus, number> = { exploring: 0, active: 0, achieved: 0, parked: 0 };
  const recentWins: GrowthWin[] = [];
  for (const goal of goals) {
    if (goal.deletedAt !== null) continue;
    goalsByStatus[goal.status] += 1;
    if (goal.status === 'achieved' && goal.achievedAt !== null && goal.achievedAt >= winsSince) {
      recentWins.push({ kind: 'goal', id: goal.id, title: goal.title, at: goal.achievedAt });
    }
  }

  let activePlans = 0;
  const progress: PlanProgress[] = [];
  const dueSoon: OverviewMilestone[] = [];
  const overdue: OverviewMilestone[] = [];
  for (const plan of plans) {
    if (plan.deletedAt !== null) continue;
    const active = plan.status === 'active';
    if (active) {
      activePlans += 1;
      progress.push(planProgress(plan, today));
    }
    for (const milestone of plan.milestones) {
      if (milestone.status === 'done') {
        const at = milestone.completedAt;
        if (at === null) continue;
        const index = monthIndex(starts, at);
        if (index >= 0) doneCounts[index] = (doneCounts[index] ?? 0) + 1;
        if (at >= winsSince) {
          recentWins.push({
            kind: 'milestone',
            id: milestone.id,
            title: milestone.title,
            at,
            planId: plan.id,
            planTitle: plan.title,
            goalId: plan.goalId,
          });
        }
        continue;
      }
      if (!active || milestone.dueDate > dueUntil) continue;
      const entry: OverviewMilestone = {
        id: milestone.id,
        title: milestone.title,
        dueDate: milestone.dueDate,
        status: milestone.status,
        completedAt: milestone.completedAt,
        ownerLabel: milestone.ownerLabel,
        planId: plan.id,
        planTitle: plan.title,
        goalId: plan.goalId,
        daysUntilDue: dayNumber(milestone.dueDate) - todayNumber,
      };
      (milestone.dueDate < today ? overdue : dueSoon).push(entry);
    }
  }

  const byDue = (a: OverviewMilestone, b: OverviewMilestone) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0;
  return {
    today,
    goalsByStatus,
    activePlans,
    planProgress: progress,
    dueSoon: dueSoon.sort(byDue),
    overdue: overdue.sort(byDue),
    recentWins: recentWins.sort((a, b) => b.at - a.at),
    doneByMonth: keys.map((month, i) => ({ month, done: doneCounts[i] ?? 0 })),
  };
}
