import { addMonthsClamped } from '../cadence/cadence';
import { planProgress } from '../growth/progress';
import { daysBetween, type IsoDate } from '../schema/dates';
import type { PlanSummary } from '../schema/growthIndex';
import type { DeskDigest, DigestAction } from './deskDigest';

/**
 * The manager's desk (issue 18, point 4): one row per person this user manages, from each
 * space's digest (deskDigest.ts: what the space's indexes say, kept small so opening the desk
 * never decodes a space document) and the vault's summaries of the plans the person shared.
 * Pure: `today` is the user's local date, so "overdue" and "due" are computed at open.
 */

export interface DeskActions {
  open: number;
  overdue: number;
}

export interface DeskPlan {
  planId: string;
  title: string;
  percent: number | null;
  done: number;
  total: number;
  overdue: number;
}

/** Why a row needs attention, most pressing first; the screen words each. */
export type AttentionReason =
  | { kind: 'career-overdue'; days: number }
  | { kind: 'my-actions-overdue'; count: number }
  | { kind: 'summaries-waiting-for-me'; count: number }
  | { kind: 'milestones-overdue'; count: number }
  | { kind: 'their-actions-overdue'; count: number }
  | { kind: 'empty-agenda-soon'; days: number }
  | { kind: 'no-next-meeting' }
  | { kind: 'summaries-waiting-for-them'; count: number };

const WEIGHTS: Record<AttentionReason['kind'], number> = {
  'career-overdue': 50,
  'my-actions-overdue': 40,
  'summaries-waiting-for-me': 30,
  'milestones-overdue': 20,
  'their-actions-overdue': 15,
  'empty-agenda-soon': 10,
  'no-next-meeting': 8,
  'summaries-waiting-for-them': 2,
};

/** How close (in days) an empty agenda starts to count. */
export const EMPTY_AGENDA_WINDOW_DAYS = 2;

export interface DeskRow {
  spaceId: string;
  personName: string;
  nextMeeting: { meetingId: string; date: IsoDate; career: boolean; points: number } | null;
  mine: DeskActions;
  theirs: DeskActions;
  plans: DeskPlan[];
  overdueMilestones: number;
  lastCareer: IsoDate | null;
  /** When the next quarterly career conversation is due; null when the series asks for none. */
  careerDue: IsoDate | null;
  summariesWaitingForMe: number;
  summariesWaitingForThem: number;
  reasons: AttentionReason[];
  /** Higher needs attention sooner. */
  attention: number;
}

function tallyActions(actions: readonly DigestAction[], today: IsoDate): DeskActions {
  let open = 0;
  let overdue = 0;
  for (const a of actions) {
    open += 1;
    if (a.dueDate !== null && a.dueDate < today) overdue += 1;
  }
  return { open, overdue };
}

/**
 * The date the next career conversation is due: a career meeting already scheduled, else three
 * months after the last one held, else today (the series asks for one and has none yet).
 */
function careerDueDate(
  careerQuarterly: boolean,
  next: DeskDigest['nextMeeting'],
  lastCareer: IsoDate | null,
  today: IsoDate,
): IsoDate | null {
  if (!careerQuarterly) return null;
  if (next?.career) return next.date;
  return lastCareer === null ? today : addMonthsClamped(lastCareer, 3);
}

/** The plans the person shared in the space: vault summaries (deleted ones are skipped). */
export interface DeskInput {
  digest: DeskDigest;
  plans: readonly PlanSummary[];
}

export function deskRow({ digest, plans: shared }: DeskInput, today: IsoDate): DeskRow {
  const next = digest.nextMeeting;
  const mine = tallyActions(
    digest.openActions.filter((a) => a.mine),
    today,
  );
  const theirs = tallyActions(
    digest.openActions.filter((a) => !a.mine),
    today,
  );
  const plans: DeskPlan[] = shared
    .filter((p) => p.deletedAt === null && p.status !== 'completed')
    .map((p) => {
      const progress = planProgress(p, today);
      return {
        planId: p.id,
        title: p.title,
        percent: progress.percent,
        done: progress.done,
        total: progress.total,
        overdue: progress.overdue.length,
      };
    })
    .sort((a, b) => b.overdue - a.overdue || a.title.localeCompare(b.title));
  const overdueMilestones = plans.reduce((sum, p) => sum + p.overdue, 0);
  const lastCareer = digest.lastCareer;
  const careerDue = careerDueDate(digest.careerQuarterly, next, lastCareer, today);
  const summariesWaitingForMe = digest.summaries.filter((s) => !s.managerConfirmed).length;
  const summariesWaitingForThem = digest.summaries.filter(
    (s) => s.managerConfirmed && !s.employeeConfirmed,
  ).length;

  const reasons: AttentionReason[] = [];
  if (careerDue !== null && careerDue < today)
    reasons.push({ kind: 'career-overdue', days: daysBetween(careerDue, today) });
  if (mine.overdue > 0) reasons.push({ kind: 'my-actions-overdue', count: mine.overdue });
  if (summariesWaitingForMe > 0)
    reasons.push({ kind: 'summaries-waiting-for-me', count: summariesWaitingForMe });
  if (overdueMilestones > 0) reasons.push({ kind: 'milestones-overdue', count: overdueMilestones });
  if (theirs.overdue > 0) reasons.push({ kind: 'their-actions-overdue', count: theirs.overdue });
  if (next === null) reasons.push({ kind: 'no-next-meeting' });
  else if (next.points === 0 && daysBetween(today, next.date) <= EMPTY_AGENDA_WINDOW_DAYS)
    reasons.push({ kind: 'empty-agenda-soon', days: Math.max(0, daysBetween(today, next.date)) });
  if (summariesWaitingForThem > 0)
    reasons.push({ kind: 'summaries-waiting-for-them', count: summariesWaitingForThem });
  reasons.sort((a, b) => WEIGHTS[b.kind] - WEIGHTS[a.kind]);

  return {
    spaceId: digest.spaceId,
    personName: digest.personName,
    nextMeeting: next,
    mine,
    theirs,
    plans,
    overdueMilestones,
    lastCareer,
    careerDue,
    summariesWaitingForMe,
    summariesWaitingForThem,
    reasons,
    attention: reasons.reduce((sum, r) => sum + WEIGHTS[r.kind], 0),
  };
}

/**
 * Rows by what needs attention: the highest score first; among equals the sooner next meeting
 * (none last), then the name, so the order is the same on every render.
 */
export function compareByAttention(a: DeskRow, b: DeskRow): number {
  if (a.attention !== b.attention) return b.attention - a.attention;
  const da = a.nextMeeting?.date ?? '9999-12-31';
  const db = b.nextMeeting?.date ?? '9999-12-31';
  if (da !== db) return da < db ? -1 : 1;
  return a.personName.localeCompare(b.personName) || (a.spaceId < b.spaceId ? -1 : 1);
}

export function managerDesk(inputs: readonly DeskInput[], today: IsoDate): DeskRow[] {
  return inputs.map((input) => deskRow(input, today)).sort(compareByAttention);
}
