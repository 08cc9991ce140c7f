import { englishText, type TextOf } from '../i18n/englishText';
import { isolate } from '../i18n/locales';
import type { PlanSummary } from '../schema/growthIndex';
import type { Rhythm, VaultEntry } from '../schema/vault';
import { nextDueAt } from './cadence';
import type { Reminder } from './reminderSchemas';
import type { LocalTimeString } from './zonedTime';

/**
 * The reminders the renderer hands to main (`tandem:reminders:sync`), built from the vault:
 * the reflection rhythm from the profile, anchored on the newest reflection, and one review
 * reminder per active plan with a review cadence, anchored on its last review (or creation).
 */

export const DEFAULT_REMINDER_TIME: LocalTimeString = '09:00';
export const REFLECTION_REMINDER_ID = 'reflection';
const PLAN_REVIEW_PREFIX = 'plan-review:';

export const planReviewReminderId = (planId: string): string => `${PLAN_REVIEW_PREFIX}${planId}`;

export type ReminderTarget = { kind: 'reflection' } | { kind: 'plan-review'; planId: string };

/** What a reminder id points at (for opening the right screen), or null for an unknown id. */
export function reminderTarget(id: string): ReminderTarget | null {
  if (id === REFLECTION_REMINDER_ID) return { kind: 'reflection' };
  if (id.startsWith(PLAN_REVIEW_PREFIX) && id.length > PLAN_REVIEW_PREFIX.length) {
    return { kind: 'plan-review', planId: id.slice(PLAN_REVIEW_PREFIX.length) };
  }
  return null;
}

/** When the newest reflection not in the bin was written, or null when there is none. */
export function latestReflectionAt(entries: readonly VaultEntry[]): number | null {
  let latest: number | null = null;
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    if (latest === null || entry.createdAt > latest) latest = entry.createdAt;
  }
  return latest;
}

export interface ReminderSources {
  reflectionRhythm: Rhythm | null;
  /** See `latestReflectionAt`. */
  lastReflectionAt: number | null;
  plans: readonly PlanSummary[];
  timeZone: string;
  preferredTime: LocalTimeString;
  now: number;
  /** The person's language for titles and bodies (the window's); English without it. */
  text?: TextOf;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function collectReminders(sources: ReminderSources): Reminder[] {
  const { timeZone, preferredTime, now, text = englishText } = sources;
  const reminders: Reminder[] = [];
  if (sources.reflectionRhythm !== null) {
    const rhythm = sources.reflectionRhythm;
    reminders.push({
      id: REFLECTION_REMINDER_ID,
      title: text('reminders.reflection.title'),
      body: text('reminders.reflection.body', { rhythm }),
      dueAt: nextDueAt({ rhythm, timeZone, anchor: sources.lastReflectionAt, preferredTime, now }),
      rhythm,
    });
  }
  for (const plan of sources.plans) {
    if (plan.deletedAt !== null || plan.status !== 'active' || plan.reviewCadence === null) continue;
    const rhythm = plan.reviewCadence;
    reminders.push({
      id: planReviewReminderId(plan.id),
      // The plan's title keeps its own direction inside the sentence (a notification is plain text).
      title: clip(text('reminders.plan.title', { title: isolate(plan.title) }), 200),
      body: text('reminders.plan.body', { rhythm }),
      dueAt: nextDueAt({
        rhythm,
        timeZone,
        anchor: plan.lastReviewedAt ?? plan.createdAt,
        preferredTime,
        now,
      }),
      rhythm,
    });
  }
  return reminders;
}
