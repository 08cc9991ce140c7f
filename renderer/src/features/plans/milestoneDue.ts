import { daysBetween, type IsoDate } from '../../../../shared/schema/dates';
import type { ProgressMilestone } from '../../../../shared/growth/progress';
import type { Translate } from '../../i18n/useT';

/** The same rule as shared/growth/progress.ts, for marking one milestone in the editor. */
export function isOverdue(milestone: ProgressMilestone, today: IsoDate): boolean {
  return milestone.status !== 'done' && milestone.dueDate < today;
}

/**
 * "Due today", "Due tomorrow", "Due in 5 days", "3 days overdue"; `inline` for the same inside
 * a sentence ("(due in 5 days)"), where the language writes it in lower case.
 */
export function dueText(t: Translate, dueDate: IsoDate, today: IsoDate, inline = false): string {
  const days = daysBetween(today, dueDate);
  if (days < 0) return t('plans.overdueBy', { days: -days });
  return t(inline ? 'plans.due.inline' : 'plans.due', { days });
}
