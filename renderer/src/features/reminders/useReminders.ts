import { useCallback, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { collectReminders, latestReflectionAt } from '../../../../shared/cadence/reminders';
import type { Reminder } from '../../../../shared/cadence/reminderSchemas';
import { systemTimeZone } from '../../../../shared/cadence/zonedTime';
import { readSnoozes } from '../../../../shared/schema/snoozes';
import { useYSnapshot } from '../../data/useYSnapshot';
import { usePlanSummaries } from '../../services/growth/useGrowthIndex';
import { useProfile, useVaultEntries } from '../../services/useVault';
import { useT } from '../../i18n/useT';

const TICK_MS = 60_000;

export interface DueReminder extends Reminder {
  snoozedUntil: number | null;
}

export interface RemindersView {
  reminders: Reminder[];
  /** Due now and not snoozed: what the app shows as "due". */
  due: DueReminder[];
  timeZone: string;
  preferredTime: string;
}

/** The current time, updated every minute so due items appear without a reload. */
function useMinuteClock(now: () => number): number {
  const [time, setTime] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setTime(now()), TICK_MS);
    return () => clearInterval(timer);
  }, [now]);
  return time;
}

/** Reflection and plan-review reminders computed from the vault, and which are due now. */
export function useReminders(vault: Y.Doc, now: () => number): RemindersView {
  const profile = useProfile(vault);
  const { entries } = useVaultEntries(vault);
  const plans = usePlanSummaries(vault);
  const readSnoozed = useCallback(() => readSnoozes(vault), [vault]);
  const snoozes = useYSnapshot(vault.getMap('snoozes'), readSnoozed);
  const time = useMinuteClock(now);
  const t = useT();
  const timeZone = useMemo(() => systemTimeZone(), []);
  const lastReflectionAt = useMemo(() => latestReflectionAt(entries), [entries]);
  // Recomputed with the minute clock too: "due in a week" becomes "due now" on its own.
  const reminders = useMemo(
    () =>
      collectReminders({
        reflectionRhythm: profile.reflectionRhythm,
        lastReflectionAt,
        plans,
        timeZone,
        preferredTime: profile.reminderTime,
        now: time,
        text: t,
      }),
    [profile.reflectionRhythm, profile.reminderTime, lastReflectionAt, plans, timeZone, time, t],
  );
  const due = useMemo(
    () =>
      reminders
        .filter((r) => r.dueAt <= time && (snoozes[r.id] ?? 0) <= time)
        .map((r) => ({ ...r, snoozedUntil: snoozes[r.id] ?? null })),
    [reminders, snoozes, time],
  );
  return { reminders, due, timeZone, preferredTime: profile.reminderTime };
}
