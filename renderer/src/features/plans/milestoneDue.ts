import { daysBetween, type IsoDate } from '../../../../shared/schema/dates';
import type { ProgressMilestone } from '../../../../shared/growth/progress';

/** The same rule as shared/growth/progress.ts, for marking one milestone in the editor. */
export function isOverdue(milestone: ProgressMilestone, today: IsoDate): boolean {
  return milestone.status !== 'done' && milestone.dueDate < today;
}

/** "Due today", "Due tomorrow", "Due in 5 days", "3 days overdue". */
export function dueText(dueDate: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, dueDate);
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  if (days > 1) return `Due in ${days} days`;
  return days === -1 ? '1 day overdue' : `${-days} days overdue`;
}
