import type { PlanSummary } from '../schema/growthIndex';
import type { ActionItem } from '../schema/actionItems';
import { liveActions } from './actionFilters';

/**
 * "Since last time": what happened between the previous meeting and this one — action items
 * closed, milestones done in shared plans, items newly shared in the space. Pure. For a meeting
 * that is closed, the window ends when it was closed, so its record reads as it did that day
 * rather than listing what was done later.
 */

/** A document shared in the space, as the sharing layer lists it. */
export interface SharedItemNotice {
  id: string;
  kind: string;
  title: string;
}

export interface SinceLastTimeInput {
  /** When the previous meeting was closed; null for the first meeting (everything counts). */
  since: number | null;
  /** When this meeting was closed; null while it is open (up to now). */
  until: number | null;
  /** What was shared when the previous meeting closed; null for the first meeting. */
  sharedBefore: readonly string[] | null;
  /** What was shared when this meeting closed; null while it is open (what is shared now). */
  sharedAtClose: readonly string[] | null;
  actions: readonly ActionItem[];
  /** Plans whose milestones count (their index summaries). */
  plans: readonly PlanSummary[];
  /** What is shared in the space now. */
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

export function sinceLastTime({
  since,
  until,
  sharedBefore,
  sharedAtClose,
  actions,
  plans,
  sharedItems,
}: SinceLastTimeInput): SinceLastTime {
  const after = (at: number | null) =>
    at !== null && (since === null || at > since) && (until === null || at <= until);
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
  const before = new Set(sharedBefore ?? []);
  const atClose = sharedAtClose === null ? null : new Set(sharedAtClose);
  const newSharedItems = sharedItems.filter(
    (i) => !before.has(i.id) && (atClose === null || atClose.has(i.id)),
  );
  return { closedActions, milestonesDone, newSharedItems };
}
