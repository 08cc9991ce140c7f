import { useMemo } from 'react';
import { useAppServices } from '../../services/AppServicesContext';
import { useOneOnOneReminders } from '../oneOnOnes';
import { DueReminders } from './DueReminders';
import { useOpenClickedReminders } from './openReminder';
import { useReminders } from './useReminders';
import { useReminderSync } from './useReminderSync';

/** What is due now, keeping main's desktop notifications in step with it, and opening a clicked one. */
export function RemindersPanel() {
  const { vault, now, store } = useAppServices();
  const { reminders, due, timeZone, preferredTime } = useReminders(vault.doc, now);
  // Desktop notifications before each one-on-one, a set time before it (not shown as "due").
  const oneOnOne = useOneOnOneReminders(store, timeZone);
  const all = useMemo(
    () => (oneOnOne.length === 0 ? reminders : [...reminders, ...oneOnOne]),
    [reminders, oneOnOne],
  );
  useReminderSync(all, timeZone, preferredTime);
  useOpenClickedReminders();
  return (
    <DueReminders vault={vault.doc} due={due} timeZone={timeZone} preferredTime={preferredTime} now={now} />
  );
}
