import { goalProgress, planProgress } from '../growth/progress';
import type { IsoDate } from '../schema/dates';
import type { GoalSummary, PlanSummary } from '../schema/growthIndex';
import { MAX_POINT_LENGTH, type PointSource } from '../schema/meeting';

/**
 * Talking points brought in from elsewhere: a goal's or plan's progress, or an excerpt of a
 * private reflection. The text is fixed when it is brought in — the point says what was true
 * then — and nothing else of the source goes into the shared agenda. Pure.
 */

export interface BroughtInPoint {
  text: string;
  source: PointSource;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function planProgressPoint(plan: PlanSummary, today: IsoDate): BroughtInPoint {
  const progress = planProgress(plan, today);
  const parts = [
    `Plan “${plan.title}”: ${progress.label}${progress.percent === null ? '' : ` (${progress.percent} %)`}`,
  ];
  if (progress.overdue.length > 0) parts.push(`${progress.overdue.length} overdue`);
  if (progress.nextDue) parts.push(`next: ${progress.nextDue.title}, due ${progress.nextDue.dueDate}`);
  return {
    text: clip(parts.join('; '), MAX_POINT_LENGTH),
    source: { kind: 'plan', title: clip(plan.title, 200), itemId: plan.id },
  };
}

export function goalProgressPoint(goal: GoalSummary, plans: readonly PlanSummary[]): BroughtInPoint {
  const progress = goalProgress(goal.id, plans);
  const text = `Goal “${goal.title}” (${goal.status}): ${progress.label}`;
  return {
    text: clip(text, MAX_POINT_LENGTH),
    source: { kind: 'goal', title: clip(goal.title, 200), itemId: goal.id },
  };
}

/** Room for the excerpt itself within a talking point, with its framing. */
export const MAX_REFLECTION_EXCERPT = MAX_POINT_LENGTH - 30;

/**
 * The exact talking point a reflection excerpt becomes. The UI shows this text, and only this
 * text is written to the shared agenda; the reflection's title is not shared unless the person
 * leaves it in the excerpt.
 */
export function reflectionExcerptPoint(excerpt: string): BroughtInPoint {
  const trimmed = excerpt.trim().replace(/\s+\n/g, '\n');
  return {
    text: clip(`From my reflection: “${trimmed}”`, MAX_POINT_LENGTH),
    source: { kind: 'reflection', title: '' },
  };
}
