import type { PlanSummary } from '../schema/growthIndex';
import type { ActionItem } from '../schema/space';
import { liveActions } from './actionFilters';

/**
 * "Since last time": what happened between the previous meeting and this one — action items
 * closed, milestones done in shared plans, items newly shared in the space. Pure.
 */

export interface SharedItemNotice {
  id: string;
  kind: 'goal' | 'plan';
  title: string;
  sharedAt: number;
}

export interface SinceLastTimeInput {
  /** When the previous meeting was closed; null for the first meeting (everything counts). */
  since: number | null;
  actions: readonly ActionItem[];
  /** Plans shared in this space (their index summaries). */
  plans: readonly PlanSummary[];
  sharedItems: readonly SharedItemNotice[];
}

export interface DoneMilestone {
  planId: string;
  planTitle: string;
  milestoneId: string;
  title: string;
  completedAt: number;
}

export interface SinceLastTime {
  closedActions: ActionItem[];
  milestonesDone: DoneMilestone[];
  newSharedItems: SharedItemNotice[];
}

export function sinceLastTime({ since, actions, plans, sharedItems }: SinceLastTimeInput): SinceLastTime {
  const after = (at: number | null) => at !== null && (since === null || at > since);
  const closedActions = liveActions(actions)
    .filter((a) => after(a.doneAt))
    .sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0));
  const milestonesDone: DoneMilestone[] = [];
  for (const plan of plans) {
    if (plan.deletedAt !== null) continue;
    for (const m of plan.milestones) {
      if (m.status === 'done' && after(m.completedAt)) {
        milestonesDone.push({
          planId: plan.id,
          planTitle: plan.title,
          milestoneId: m.id,
          title: m.title,
          completedAt: m.completedAt ?? 0,
        });
      }
    }
  }
  milestonesDone.sort((a, b) => b.completedAt - a.completedAt);
  const newSharedItems = sharedItems.filter((i) => after(i.sharedAt)).sort((a, b) => b.sharedAt - a.sharedAt);
  return { closedActions, milestonesDone, newSharedItems };
}
