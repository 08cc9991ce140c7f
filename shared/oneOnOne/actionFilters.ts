import type { IsoDate } from '../schema/dates';
import type { ActionItem } from '../schema/actionItems';

/**
 * The series-wide action item list and its filters. Carried-over originals are left out: the
 * copy in the later meeting is the same action, still open.
 */

export const actionFilterNames = ['open', 'overdue', 'mine', 'theirs', 'done', 'all'] as const;
export type ActionFilter = (typeof actionFilterNames)[number];
export const actionFilterLabels: Record<ActionFilter, string> = {
  open: 'Open',
  overdue: 'Overdue',
  mine: 'Mine',
  theirs: 'Theirs',
  done: 'Done',
  all: 'All',
};

/** Past due and not done; an action due today is not overdue yet. */
export const isActionOverdue = (item: ActionItem, today: IsoDate): boolean =>
  item.doneAt === null && item.dueDate !== null && item.dueDate < today;

/** Every action as the series knows it now: not removed, not carried onwards. */
export const liveActions = (items: readonly ActionItem[]): ActionItem[] =>
  items.filter((a) => !a.removed && a.carriedTo === null);

export function filterActions(
  items: readonly ActionItem[],
  filter: ActionFilter,
  { today, me }: { today: IsoDate; me: string },
): ActionItem[] {
  const live = liveActions(items);
  switch (filter) {
    case 'open':
      return live.filter((a) => a.doneAt === null);
    case 'overdue':
      return live.filter((a) => isActionOverdue(a, today));
    case 'mine':
      return live.filter((a) => a.doneAt === null && a.ownerId === me);
    case 'theirs':
      return live.filter((a) => a.doneAt === null && a.ownerId !== me);
    case 'done':
      return live.filter((a) => a.doneAt !== null);
    case 'all':
      return live;
  }
}
