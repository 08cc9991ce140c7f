import type * as Y from 'yjs';

/**
 * The order of an agenda's talking points: a `Y.Array` of point ids (`pointOrder`).
 *
 * Why a Yjs array and not a sort number per point (schema version 1): two points added at the
 * same moment on two machines both took "last + 1", so they shared one position, and a point
 * moved between them got that same number again — the move did nothing. In an array every
 * insertion has its own place: Yjs orders concurrent insertions at one spot the same way on
 * every copy (by client id), so positions are unique, and a move is "take it out, put it in
 * next to this neighbour", which lands the same way on both sides.
 *
 * A move deletes the id and inserts it again. Two people moving the same point at once both
 * delete the one copy and each insert their own, so the array can hold an id twice (so can two
 * concurrent carry-overs or migrations). Readers take the first copy; both sides hold the same
 * array once their changes meet, so both take the same one, and the next move of that point
 * clears the spare copies.
 */

export const pointOrderArray = (doc: Y.Doc): Y.Array<unknown> => doc.getArray<unknown>('pointOrder');

/** The ids in order, each once (at its first copy); entries that are not ids are skipped. */
export function orderedIds(order: Y.Array<unknown>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of order.toArray()) {
    if (typeof value !== 'string' || seen.has(value)) continue;
    seen.add(value);
    out.push(value);
  }
  return out;
}

const firstIndexOf = (order: Y.Array<unknown>, id: string): number => order.toArray().indexOf(id);

/** Appends ids at the end (a new point, or points an older version left out of the array). */
export function appendIds(order: Y.Array<unknown>, ids: readonly string[]): void {
  if (ids.length > 0) order.push([...ids]);
}

/** Inserts ids right after `afterId`'s first copy; at the very start when it is null or absent. */
export function insertIdsAfter(
  order: Y.Array<unknown>,
  afterId: string | null,
  ids: readonly string[],
): void {
  if (ids.length === 0) return;
  const at = afterId === null ? -1 : firstIndexOf(order, afterId);
  order.insert(at + 1, [...ids]);
}

export type Placement = { before: string } | { after: string };

/**
 * Takes every copy of `id` out and puts it back once, just before or just after a neighbour.
 * Call it inside a transaction with the rest of the move.
 */
export function placeId(order: Y.Array<unknown>, id: string, placement: Placement): void {
  const raw = order.toArray();
  for (let i = raw.length - 1; i >= 0; i--) if (raw[i] === id) order.delete(i, 1);
  const anchor = 'before' in placement ? placement.before : placement.after;
  const index = firstIndexOf(order, anchor);
  if (index < 0) order.push([id]);
  else order.insert('before' in placement ? index : index + 1, [id]);
}
