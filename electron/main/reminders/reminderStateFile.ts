import { copyFile, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { reminderStateSchema } from '../../../shared/cadence/reminderPolicy';
import { reminderIdSchema } from '../../../shared/cadence/reminderSchemas';
import type { ReminderStates, ReminderStateStore } from './ReminderScheduler';
import { writeJsonFileAtomically } from '../files/atomicFile';

/**
 * reminders.json in userData: each reminder's last-notified day and snooze. Losing it costs at
 * most a repeated notification, so a file that cannot be read is set aside (a copy is kept
 * beside it for a bug report) and the scheduler starts clean rather than refusing to run.
 */

export const REMINDER_STATE_FILE = 'reminders.json';
const MAX_STATE_ENTRIES = 2000;

export const reminderStateFileSchema = z.object({
  version: z.literal(1),
  reminders: z
    .record(reminderIdSchema, reminderStateSchema)
    .refine((r) => Object.keys(r).length <= MAX_STATE_ENTRIES, { message: 'too many reminders' }),
});

export interface ReminderStateFileOptions {
  path: string;
  /** For naming the copy of a damaged file. */
  now?: () => number;
  /** Told when a damaged file was set aside (where the copy went, or why it could not be made). */
  onDamaged?: (message: string) => void;
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}

export async function readReminderStates(options: ReminderStateFileOptions): Promise<ReminderStates> {
  const { path } = options;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (!isMissing(error)) options.onDamaged?.(`could not read ${path}: ${String(error)}`);
    return {};
  }
  let problem: string;
  try {
    const parsed = reminderStateFileSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data.reminders;
    problem = parsed.error.issues[0]?.message ?? 'unexpected content';
  } catch (error) {
    problem = String(error);
  }
  const copy = `${path}.damaged-${options.now?.() ?? Date.now()}`;
  try {
    await copyFile(path, copy);
    options.onDamaged?.(`${path} was unreadable (${problem}); kept a copy at ${copy} and started afresh`);
  } catch (error) {
    options.onDamaged?.(`${path} was unreadable (${problem}) and could not be copied: ${String(error)}`);
  }
  return {};
}

/** Written whole or not at all, so a crash leaves the old file or the new one. */
export function writeReminderStates(path: string, states: ReminderStates): Promise<void> {
  return writeJsonFileAtomically(path, { version: 1, reminders: states }, { what: 'The reminder state' });
}

export function reminderStateFile(options: ReminderStateFileOptions): ReminderStateStore {
  return {
    load: () => readReminderStates(options),
    save: (states) => writeReminderStates(options.path, states),
  };
}
