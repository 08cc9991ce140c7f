import type { VaultEntry } from '../../../../shared/schema/vault';
import { monthKey } from './dates';

export interface MonthGroup {
  key: string;
  /** When the month's newest entry was written: the heading shows its month and year. */
  firstCreatedAt: number;
  entries: VaultEntry[];
}

/** Live (not deleted) entries, newest first, grouped by the month they were written in. */
export function groupEntriesByMonth(entries: readonly VaultEntry[]): MonthGroup[] {
  const live = entries
    .filter((e) => e.deletedAt === null)
    .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
  const groups: MonthGroup[] = [];
  for (const entry of live) {
    const key = monthKey(entry.createdAt);
    let group = groups[groups.length - 1];
    if (group?.key !== key) {
      group = { key, firstCreatedAt: entry.createdAt, entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}
