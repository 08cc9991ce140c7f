import { join } from 'node:path';
import { createDesktopNotifier } from './desktopNotifier.electron';
import { ReminderScheduler, systemClock } from './ReminderScheduler';
import { REMINDER_STATE_FILE, reminderStateFile } from './reminderStateFile';

/** Main's reminder scheduler over the real clock, `<userData>/reminders.json` and Electron's notifications. */
export function startReminders(options: {
  userDataDir: string;
  showMainWindow: () => void;
  /** Tells the window which reminder was clicked, so it opens what the reminder is about. */
  openReminder: (reminderId: string) => void;
  /** Holds quitting until a state write has landed. */
  track: (write: Promise<void>) => Promise<void>;
  log: (message: string) => void;
  /** While locked: the title every notification shows instead of the reminder's own words. */
  lockedTitle?: () => string | null;
}): ReminderScheduler {
  const file = reminderStateFile({
    path: join(options.userDataDir, REMINDER_STATE_FILE),
    onDamaged: options.log,
  });
  const notifier = createDesktopNotifier({
    showMainWindow: options.showMainWindow,
    openReminder: options.openReminder,
    log: options.log,
    ...(options.lockedTitle ? { lockedTitle: options.lockedTitle } : {}),
  });
  return new ReminderScheduler({
    clock: systemClock,
    store: { load: () => file.load(), save: (states) => options.track(file.save(states)) },
    notify: (reminder) => notifier.notify(reminder),
    onError: (error) => options.log(`reminders: ${String(error)}`),
  });
}
