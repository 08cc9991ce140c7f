import { z } from 'zod';
import { AUTO_LOCK_IDLE_MINUTES } from './atRestIpc';

/**
 * When Tandem locks by itself, as the person chose it: the automatic lock on or off, the idle
 * minutes (or never on idle), and whether sleep and the screen locking lock it. Stored by main
 * (lock-settings.json), which applies a change at once.
 */

export const IDLE_MINUTE_CHOICES = [1, 5, 10, 30, 60] as const;

export const lockSettingsSchema = z.object({
  /** Off: nothing locks by itself; File → Lock Tandem and the shortcut still do. */
  enabled: z.boolean(),
  /** Minutes without input before locking; null: never on idle. */
  idleMinutes: z
    .number()
    .int()
    .refine((minutes) => (IDLE_MINUTE_CHOICES as readonly number[]).includes(minutes), {
      message: 'lock.settings.invalidMinutes',
    })
    .nullable(),
  /** Lock when the system sleeps or its screen locks. */
  onSleep: z.boolean(),
});
export type LockSettings = z.infer<typeof lockSettingsSchema>;

export const DEFAULT_LOCK_SETTINGS: LockSettings = {
  enabled: true,
  idleMinutes: AUTO_LOCK_IDLE_MINUTES,
  onSleep: true,
};

/** Settings → Lock: read the choice, and change it (main stores it and applies it at once). */
export const lockSettingsIpcContract = {
  'tandem:atRest:lockSettings': { args: z.object({}), result: lockSettingsSchema },
  'tandem:atRest:setLockSettings': { args: lockSettingsSchema, result: lockSettingsSchema },
} as const;
