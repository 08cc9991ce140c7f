import { z } from 'zod';
import { rhythmSchema } from '../schema/vault';
import { localTimeSchema, timeZoneSchema } from './zonedTime';

/**
 * What the renderer tells main about reminders (IPC `tandem:reminders:sync` and
 * `tandem:reminders:snooze`). The renderer works out what is due from the documents; main only
 * decides when to raise a notification, so these payloads are all it knows.
 */

/** More than one reminder per active plan with a review cadence, plus the reflection. */
export const MAX_REMINDERS = 500;
/** A year and a bit: no snooze is longer, and nothing further out is worth a timer. */
export const MAX_SNOOZE_MS = 400 * 86_400_000;

/** "reflection" or "plan-review:<planId>". */
export const reminderIdSchema = z
  .string()
  .min(1)
  .max(140)
  .regex(/^[a-z][a-z-]*(:[A-Za-z0-9_-]{1,100})?$/, 'must look like "reflection" or "plan-review:<id>"');

export const reminderSchema = z.object({
  id: reminderIdSchema,
  title: z.string().trim().min(1).max(200),
  body: z.string().max(1000),
  /** When it is (or was) due, ms since the epoch. */
  dueAt: z.number().int().nonnegative().max(8_640_000_000_000_000),
  rhythm: rhythmSchema,
  /**
   * Raised at `dueAt` itself, once, rather than at the preferred time of day (a reminder a set
   * time before a one-on-one must not wait until 09:00 when the meeting is at 08:30).
   */
  atTime: z.boolean().optional(),
});
export type Reminder = z.infer<typeof reminderSchema>;

export const reminderSyncArgsSchema = z.object({
  reminders: z
    .array(reminderSchema)
    .max(MAX_REMINDERS)
    .refine((list) => new Set(list.map((r) => r.id)).size === list.length, {
      message: 'must not repeat an id',
    }),
  timeZone: timeZoneSchema,
  preferredTime: localTimeSchema,
});
export type ReminderSyncArgs = z.infer<typeof reminderSyncArgsSchema>;

export const reminderSyncResultSchema = z.object({
  scheduled: z.number().int().nonnegative(),
  /** When main will next look at the reminders (a notification may follow), or null. */
  nextCheckAt: z.number().int().nullable(),
});
export type ReminderSyncResult = z.infer<typeof reminderSyncResultSchema>;

export const reminderSnoozeArgsSchema = z.object({
  id: reminderIdSchema,
  until: z.number().int().nonnegative(),
});
export type ReminderSnoozeArgs = z.infer<typeof reminderSnoozeArgsSchema>;

export const reminderSnoozeResultSchema = z.object({
  /** False when main has no reminder with that id (sync first) or `until` is out of range. */
  snoozed: z.boolean(),
});
export type ReminderSnoozeResult = z.infer<typeof reminderSnoozeResultSchema>;
