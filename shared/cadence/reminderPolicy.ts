import { z } from 'zod';
import { addDays, isoDateSchema, type IsoDate } from '../schema/dates';
import { instantAt, localDateAt, type LocalTimeString } from './zonedTime';

/**
 * When a reminder may raise a desktop notification. Pure: main's scheduler feeds it the clock
 * and keeps the state it returns.
 *
 * - Nothing before the reminder is due, and nothing before the preferred time of the local
 *   day (a reminder overdue since yesterday does not fire at 00:01 or at 06:00 start-up).
 * - At most one notification per reminder per local calendar day; one that stays overdue is
 *   repeated on later days at the preferred time.
 * - A snooze holds everything until its instant and then fires once, even on a day that
 *   already had a notification: "later today" is the user asking to be told again today.
 */

export interface ReminderState {
  /** Local calendar day of the last notification. */
  lastNotifiedDay: IsoDate | null;
  /** Held until this instant by the user's snooze. */
  snoozedUntil: number | null;
}

export const reminderStateSchema = z.object({
  lastNotifiedDay: isoDateSchema.nullable(),
  snoozedUntil: z.number().int().nonnegative().nullable(),
});

export const emptyReminderState: ReminderState = { lastNotifiedDay: null, snoozedUntil: null };

export interface ReminderPolicyInput {
  dueAt: number;
  now: number;
  timeZone: string;
  preferredTime: LocalTimeString;
  state: ReminderState;
  /** See `Reminder.atTime`: due at its own instant, raised once, not repeated on later days. */
  atTime?: boolean;
}

/** An at-time reminder found more than this late (the app was closed) is dropped, not raised. */
export const AT_TIME_GRACE_MS = 2 * 3_600_000;

export interface ReminderStep {
  /** Raise the notification now. */
  notify: boolean;
  /** When to look again (the next moment the answer can change). */
  nextCheckAt: number;
  /** The state to keep from now on (same object when nothing changed). */
  state: ReminderState;
}

/** The first moment at or after `from` when a (non-snooze) notification is allowed. */
export function nextOpportunity(
  from: number,
  state: ReminderState,
  timeZone: string,
  preferredTime: LocalTimeString,
): number {
  const day = localDateAt(from, timeZone);
  if (day !== state.lastNotifiedDay) return Math.max(from, instantAt(day, preferredTime, timeZone));
  return instantAt(addDays(day, 1), preferredTime, timeZone);
}

export function stepReminder(input: ReminderPolicyInput): ReminderStep {
  const { dueAt, now, timeZone, preferredTime } = input;
  let state = input.state;
  const snoozedUntil = state.snoozedUntil;
  if (snoozedUntil !== null && now < snoozedUntil) {
    return { notify: false, nextCheckAt: snoozedUntil, state };
  }
  if (snoozedUntil !== null) {
    if (now >= dueAt) return notified(input);
    // The snooze ran out while nothing was due (the user has since done it): forget it.
    state = { ...state, snoozedUntil: null };
  }
  if (input.atTime) return stepAtTime({ ...input, state });
  const opportunity = nextOpportunity(Math.max(now, dueAt), state, timeZone, preferredTime);
  if (opportunity <= now) return notified({ ...input, state });
  return { notify: false, nextCheckAt: opportunity, state };
}

function stepAtTime(input: ReminderPolicyInput): ReminderStep {
  const { dueAt, now, timeZone, state } = input;
  if (now < dueAt) return { notify: false, nextCheckAt: dueAt, state };
  const dueDay = localDateAt(dueAt, timeZone);
  const alreadyRaised = state.lastNotifiedDay !== null && state.lastNotifiedDay >= dueDay;
  // Nothing changes for this reminder until the renderer syncs a new due instant.
  const later = now + 86_400_000;
  if (alreadyRaised || now > dueAt + AT_TIME_GRACE_MS) return { notify: false, nextCheckAt: later, state };
  return { notify: true, nextCheckAt: later, state: { lastNotifiedDay: dueDay, snoozedUntil: null } };
}

function notified(input: ReminderPolicyInput): ReminderStep {
  const state: ReminderState = {
    lastNotifiedDay: localDateAt(input.now, input.timeZone),
    snoozedUntil: null,
  };
  return {
    notify: true,
    nextCheckAt: nextOpportunity(input.now, state, input.timeZone, input.preferredTime),
    state,
  };
}

export const SNOOZE_LATER_TODAY_MS = 3 * 3_600_000;

export type SnoozeChoice = 'later-today' | 'tomorrow';
export const snoozeChoiceLabels: Record<SnoozeChoice, string> = {
  'later-today': 'Later today',
  tomorrow: 'Tomorrow',
};

/** The instant a snooze choice means: three hours from now, or tomorrow at the preferred time. */
export function snoozeUntil(
  choice: SnoozeChoice,
  now: number,
  timeZone: string,
  preferredTime: LocalTimeString,
): number {
  if (choice === 'later-today') return now + SNOOZE_LATER_TODAY_MS;
  return instantAt(addDays(localDateAt(now, timeZone), 1), preferredTime, timeZone);
}
