import type * as Y from 'yjs';
import { readFeedbackSummaries, readGoalSummaries, readPlanSummaries } from '../schema/growthIndex';
import { readVaultEntries, removeVaultEntry } from '../schema/vault';

/**
 * The trash: items the person deleted, still restorable, until it is emptied or they have
 * been there `TRASH_DAYS` days. Deleting only sets `deletedAt` on the item's record in the
 * vault; the trash is those records read back. Purging (features/trash) removes the item for good.
 */

export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type TrashKind = 'reflection' | 'goal' | 'plan' | 'feedback';

export interface TrashItem {
  kind: TrashKind;
  id: string;
  /** What the person knows it by: a title, or for feedback who gave it. */
  name: string;
  deletedAt: number;
}

/** Every deleted item, most recently deleted first. */
export function readTrash(vault: Y.Doc): TrashItem[] {
  const items: TrashItem[] = [];
  for (const e of readVaultEntries(vault).entries) {
    if (e.deletedAt !== null)
      items.push({ kind: 'reflection', id: e.id, name: e.title, deletedAt: e.deletedAt });
  }
  for (const g of readGoalSummaries(vault)) {
    if (g.deletedAt !== null) items.push({ kind: 'goal', id: g.id, name: g.title, deletedAt: g.deletedAt });
  }
  for (const p of readPlanSummaries(vault)) {
    if (p.deletedAt !== null) items.push({ kind: 'plan', id: p.id, name: p.title, deletedAt: p.deletedAt });
  }
  for (const f of readFeedbackSummaries(vault)) {
    if (f.deletedAt !== null)
      items.push({ kind: 'feedback', id: f.id, name: f.from, deletedAt: f.deletedAt });
  }
  return items.sort((a, b) => b.deletedAt - a.deletedAt);
}

/** When an item deleted at `deletedAt` leaves the trash for good. */
export function purgeDueAt(deletedAt: number): number {
  return deletedAt + TRASH_DAYS * DAY_MS;
}

/** Items that have been in the trash for `TRASH_DAYS` days or more at `now`. */
export function expiredTrash(items: readonly TrashItem[], now: number): TrashItem[] {
  return items.filter((item) => purgeDueAt(item.deletedAt) <= now);
}

const growthMap: Record<Exclude<TrashKind, 'reflection'>, string> = {
  goal: 'goals',
  plan: 'plans',
  feedback: 'feedback',
};

/** Removes an item's record from the vault (its title with it, once the vault is compacted). */
export function removeFromVault(vault: Y.Doc, kind: TrashKind, id: string): void {
  if (kind === 'reflection') removeVaultEntry(vault, id);
  else vault.getMap(growthMap[kind]).delete(id);
}
