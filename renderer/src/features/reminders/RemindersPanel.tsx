import { useAppServices } from '../../app/AppServicesContext';
import { DueReminders } from './DueReminders';
import { useReminders } from './useReminders';
import { useReminderSync } from './useReminderSync';

/** What is due now, and keeping main's desktop notifications in step with it. */
export function RemindersPanel() {
  const { vault, now } = useAppServices();
  const { reminders, due, timeZone, preferredTime } = useReminders(vault.doc, now);
  useReminderSync(reminders, timeZone, preferredTime);
  return (
    <DueReminders vault={vault.doc} due={due} timeZone={timeZone} preferredTime={preferredTime} now={now} />
  );
}
