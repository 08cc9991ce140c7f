import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { reminderTarget } from '../../../../shared/cadence/reminders';
import { openReminderEventSchema } from '../../../../shared/ipc/mainEvents';
import { oneOnOneReminderSpaceId } from '../../../../shared/oneOnOne/reminders';
import { mainEventsFromPreload } from '../../data/mainEventsClient';

/**
 * Where a reminder takes the person: the journal with a new entry's templates open (the entry
 * to write), the plan to review, the one-on-one series whose next meeting is to prepare. Null
 * for an id no reminder of this version has (one from a newer Tandem, say).
 */
export function reminderRoute(reminderId: string): string | null {
  const spaceId = oneOnOneReminderSpaceId(reminderId);
  if (spaceId !== null) return `/one-on-ones/${encodeURIComponent(spaceId)}`;
  const target = reminderTarget(reminderId);
  if (target?.kind === 'reflection') return '/journal?write=1';
  if (target?.kind === 'plan-review') return `/plans/${encodeURIComponent(target.planId)}`;
  return null;
}

/** What main holds for the window; parsed like every answer that crosses from main. */
const takenSchema = z.object({ reminderId: openReminderEventSchema.shape.reminderId.nullable() });

/** The click main holds for this window (see electron/main/reminders/clickedReminder.ts), if any. */
async function takeClickedReminder(): Promise<string | null> {
  const api = window.tandem;
  if (!api) return null;
  try {
    const taken = takenSchema.safeParse(await api.reminders.takeClicked({}));
    return taken.success ? taken.data.reminderId : null;
  } catch {
    // A main without the channel (older preload) or one shutting down: the window stays as it is.
    return null;
  }
}

/**
 * Opens what a clicked desktop reminder is about: one main tells this window about (after
 * bringing it forward), and one main held while the window was starting, which is asked for
 * once as it mounts (a click that had to reopen the window on macOS came before it listened).
 */
export function useOpenClickedReminders(): void {
  const navigate = useNavigate();
  // Asked once per window: the listener below re-subscribes as the route changes, and a held
  // click must not jump the person elsewhere as they move on.
  const asked = useRef(false);
  useEffect(() => {
    let live = true;
    const open = (reminderId: string) => {
      const route = reminderRoute(reminderId);
      if (route !== null) void navigate(route);
    };
    if (!asked.current) {
      asked.current = true;
      void takeClickedReminder().then((held) => {
        if (live && held !== null) open(held);
      });
    }
    const events = mainEventsFromPreload();
    const stop = events?.onOpenReminder(({ reminderId }) => {
      open(reminderId);
      // Told directly: main's held copy is this same click, which must not open again later.
      void takeClickedReminder();
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [navigate]);
}
