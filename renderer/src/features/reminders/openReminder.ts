import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { reminderTarget } from '../../../../shared/cadence/reminders';
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

/** Opens what a clicked desktop reminder is about (main says which, after bringing the window forward). */
export function useOpenClickedReminders(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const events = mainEventsFromPreload();
    if (!events) return;
    return events.onOpenReminder(({ reminderId }) => {
      const route = reminderRoute(reminderId);
      if (route !== null) void navigate(route);
    });
  }, [navigate]);
}
