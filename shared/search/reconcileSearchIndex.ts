import type { VaultEntry } from '../schema/vault';

/**
 * What must change in a persisted search index to match the vault: the vault is read at every
 * start anyway, and comparing dates is far cheaper than opening item documents.
 */

export interface SearchReconcilePlan {
  /** Entries new to the index or changed since they were indexed, most recently edited first. */
  toIndex: string[];
  /** Indexed entries that were deleted (soft or for good) and must not be found any more. */
  toRemove: string[];
}

export type ReconcileEntry = Pick<VaultEntry, 'id' | 'updatedAt' | 'deletedAt'>;

/**
 * Any difference in `updatedAt` means stale, not only a newer date: another device's clock
 * may be behind ours, and an entry rolled back by undo or a restored backup goes back in time.
 * A restored entry (deletedAt cleared) was removed from the index, so it comes back as new.
 */
export function planSearchReconcile(
  indexedUpdatedAt: ReadonlyMap<string, number>,
  entries: readonly ReconcileEntry[],
): SearchReconcilePlan {
  const live = new Map<string, ReconcileEntry>();
  for (const entry of entries) if (entry.deletedAt === null) live.set(entry.id, entry);

  const toRemove: string[] = [];
  for (const id of indexedUpdatedAt.keys()) if (!live.has(id)) toRemove.push(id);

  const stale = [...live.values()].filter((entry) => indexedUpdatedAt.get(entry.id) !== entry.updatedAt);
  // Recent entries are the likeliest to be searched for while a first build is still running.
  stale.sort((a, b) => b.updatedAt - a.updatedAt);
  return { toIndex: stale.map((entry) => entry.id), toRemove };
}
