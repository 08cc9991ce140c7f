import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  DEFAULT_LOCK_SETTINGS,
  lockSettingsSchema,
  type LockSettings,
} from '../../../shared/atRest/lockSettings';
import { writeJsonFileAtomically } from '../files/atomicFile';
import { startAutoLock, type AutoLockOptions } from './autoLock';

/**
 * The person's choice of when Tandem locks by itself (lock-settings.json in userData), and the
 * automatic lock running by it. A change is stored and applied at once: the old listeners and
 * idle timer stop, the new ones start. A missing or unreadable file means the defaults (on, ten
 * minutes, sleep and screen lock) — never an error at start-up, and never "no lock".
 */

export const LOCK_SETTINGS_FILE = 'lock-settings.json';

const lockSettingsFileSchema = z.object({ version: z.literal(1), settings: lockSettingsSchema });

export async function readLockSettings(path: string): Promise<LockSettings> {
  try {
    const parsed = lockSettingsFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data.settings : DEFAULT_LOCK_SETTINGS;
  } catch {
    return DEFAULT_LOCK_SETTINGS;
  }
}

export interface LockPolicy {
  readonly settings: LockSettings;
  /** Parses `input` (from the window: unknown), stores it, and applies it at once. */
  change(input: unknown): Promise<LockSettings>;
  stop(): void;
}

export function startLockPolicy(
  options: Omit<AutoLockOptions, 'idleLimitSeconds' | 'onSleep'> & {
    path: string;
    initial: LockSettings;
    /** Quitting waits for a write in flight (PendingWork). */
    track?: (write: Promise<void>) => Promise<void>;
  },
): LockPolicy {
  const { path, initial, track, ...autoLock } = options;
  const run = (settings: LockSettings) =>
    settings.enabled
      ? startAutoLock({
          ...autoLock,
          idleLimitSeconds: settings.idleMinutes === null ? null : settings.idleMinutes * 60,
          onSleep: settings.onSleep,
        })
      : { stop: () => undefined };
  let settings = initial;
  let running = run(settings);
  return {
    get settings() {
      return settings;
    },
    async change(input) {
      // Throws the schema's error (a message id) for anything else: nothing is stored or applied.
      const next = lockSettingsSchema.parse(input);
      const write = writeJsonFileAtomically(
        path,
        { version: 1, settings: next },
        { what: 'The lock setting' },
      );
      await (track ? track(write) : write);
      running.stop();
      settings = next;
      running = run(next);
      return next;
    },
    stop() {
      running.stop();
    },
  };
}
