import { Notification } from 'electron';
import type { Reminder } from '../../../shared/cadence/reminderSchemas';
import type { FocusableWindow } from '../appLifecycle';

/**
 * The thin Electron adapter for reminders: a desktop notification per reminder; clicking it
 * brings Tandem's window forward and has it show what the reminder is about. Everything about *when* lives in ReminderScheduler.
 */

export interface DesktopNotifierOptions {
  /** Brings the main window forward, or opens one when none is open (macOS). */
  showMainWindow: () => void;
  /** Asks the window to show what the reminder is about (the entry to write, the plan...). */
  openReminder?: (reminderId: string) => void;
  log?: (message: string) => void;
  /**
   * While Tandem is locked, the words to show instead of the reminder's title and body ("Tandem
   * reminder"): a notification on screen must not tell a passer-by what the journal holds.
   */
  lockedTitle?: () => string | null;
}

export interface DesktopNotifier {
  notify(reminder: Reminder): void;
  /** Notifications still on screen (kept referenced so their click handlers survive GC). */
  readonly onScreen: number;
}

export function createDesktopNotifier(options: DesktopNotifierOptions): DesktopNotifier {
  const live = new Set<Notification>();
  return {
    notify(reminder) {
      if (!Notification.isSupported()) {
        options.log?.(`desktop notifications are not supported here; skipped ${reminder.id}`);
        return;
      }
      const lockedTitle = options.lockedTitle?.() ?? null;
      const notification = new Notification(
        lockedTitle === null
          ? { title: reminder.title, body: reminder.body }
          : { title: lockedTitle, body: '' },
      );
      live.add(notification);
      notification.on('click', () => {
        live.delete(notification);
        options.showMainWindow();
        options.openReminder?.(reminder.id);
      });
      notification.on('close', () => live.delete(notification));
      notification.on('failed', (_event, error) => {
        live.delete(notification);
        options.log?.(`could not show the ${reminder.id} notification: ${error}`);
      });
      notification.show();
    },
    get onScreen() {
      return live.size;
    },
  };
}

/** Un-minimises, shows and focuses a window (as a second app launch does). */
export function bringToFront(win: FocusableWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
