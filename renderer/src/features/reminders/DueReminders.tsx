import { BellRing } from 'lucide-react';
import type * as Y from 'yjs';
import { snoozeUntil, type SnoozeChoice } from '../../../../shared/cadence/reminderPolicy';
import type { MessageId } from '../../../../shared/i18n/messages';
import { snoozeReminder } from '../../../../shared/schema/snoozes';
import { useT } from '../../i18n/useT';
import { reminderRoute } from './openReminder';
import type { DueReminder } from './useReminders';

interface DueRemindersProps {
  vault: Y.Doc;
  due: DueReminder[];
  timeZone: string;
  preferredTime: string;
  now: () => number;
}

const choices: SnoozeChoice[] = ['later-today', 'tomorrow'];
const choiceLabels: Record<SnoozeChoice, MessageId> = {
  'later-today': 'reminders.snooze.laterToday',
  tomorrow: 'reminders.snooze.tomorrow',
};

/** What is due now (a reflection, a plan review), with a way in and a way to put it off. */
export function DueReminders({ vault, due, timeZone, preferredTime, now }: DueRemindersProps) {
  const t = useT();
  if (due.length === 0) return null;
  const snooze = (id: string, choice: SnoozeChoice) => {
    const until = snoozeUntil(choice, now(), timeZone, preferredTime);
    snoozeReminder(vault, id, until);
    void window.tandem?.reminders.snooze({ id, until });
  };
  return (
    <section className="due-reminders" aria-labelledby="due-heading">
      <h2 id="due-heading" className="due-heading">
        <BellRing size={14} aria-hidden /> {t('reminders.due.heading')}
      </h2>
      <ul>
        {due.map((reminder) => {
          const href = `#${reminderRoute(reminder.id) ?? '/journal'}`;
          return (
            <li key={reminder.id} className="due-reminder">
              <a href={href}>{reminder.title}</a>
              <span className="due-actions">
                {choices.map((choice) => (
                  <button
                    key={choice}
                    type="button"
                    className="button"
                    data-variant="ghost"
                    aria-label={t('reminders.snooze.named', {
                      choice: t(choiceLabels[choice]),
                      title: reminder.title,
                    })}
                    onClick={() => snooze(reminder.id, choice)}
                  >
                    {t(choiceLabels[choice])}
                  </button>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
