import { daysBetween, type IsoDate } from '../../../../shared/schema/dates';
import type { Translate } from '../../i18n/useT';

/**
 * The overview's relative due words, in the window's language. Dates themselves come from
 * `useDates()` (calendar dates formatted in UTC, so no time zone shifts the day).
 */

/** "Due today", "Due tomorrow", "Due in 5 days". */
export function dueInText(t: Translate, date: IsoDate, today: IsoDate): string {
  return t('growth.due.in', { days: Math.max(0, daysBetween(today, date)) });
}

/** "1 day overdue", "12 days overdue". */
export function overdueText(t: Translate, date: IsoDate, today: IsoDate): string {
  return t('growth.due.overdue', { days: daysBetween(date, today) });
}

/** A plan's title as the overview names it: its own, or "Untitled plan". */
export function planTitleText(t: Translate, title: string): string {
  return title.trim() || t('growth.untitledPlan');
}
