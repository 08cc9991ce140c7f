import type * as Y from 'yjs';

/**
 * Reminders the user put off, kept in the vault's `snoozes` map (reminder id → until, in ms) so
 * the in-app "due" list and main's desktop notifications agree after a restart.
 */
const snoozesMap = (vault: Y.Doc) => vault.getMap<unknown>('snoozes');

export function readSnoozes(vault: Y.Doc): Record<string, number> {
  const out: Record<string, number> = {};
  snoozesMap(vault).forEach((value, id) => {
    if (typeof value === 'number' && Number.isFinite(value)) out[id] = value;
  });
  return out;
}

export function snoozeReminder(vault: Y.Doc, id: string, until: number): void {
  snoozesMap(vault).set(id, until);
}

/** Drops snoozes that have run out, so the map does not grow without bound. */
export function pruneSnoozes(vault: Y.Doc, now: number): void {
  const map = snoozesMap(vault);
  const expired: string[] = [];
  map.forEach((value, id) => {
    if (typeof value !== 'number' || value <= now) expired.push(id);
  });
  if (expired.length > 0) vault.transact(() => expired.forEach((id) => map.delete(id)));
}
