import { useEffect } from 'react';
import type { Reminder } from '../../../../shared/cadence/reminderSchemas';

const SYNC_DELAY_MS = 1_000;

/**
 * Hands main the current reminders so it can raise desktop notifications at their times, even
 * while the window is in the background. Debounced: editing a plan changes its summary often.
 */
export function useReminderSync(reminders: Reminder[], timeZone: string, preferredTime: string): void {
  useEffect(() => {
    const api = window.tandem;
    if (!api) return;
    const timer = setTimeout(() => {
      api.reminders.sync({ reminders, timeZone, preferredTime }).catch((error: unknown) => {
        console.warn('Tandem could not schedule reminders', error);
      });
    }, SYNC_DELAY_MS);
    return () => clearTimeout(timer);
  }, [reminders, timeZone, preferredTime]);
}
