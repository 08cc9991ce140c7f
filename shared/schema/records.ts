import type * as Y from 'yjs';

/**
 * Lists of small records (milestones, activities, …) kept as plain JSON objects in a Y.Array.
 * An edit replaces the whole record in one transaction: two people editing the same milestone
 * at once keep the later edit, while edits to different milestones never collide.
 */
export interface WithId {
  id: string;
}

function inTransaction(list: { doc: Y.Doc | null }, run: () => void): void {
  if (list.doc) list.doc.transact(run);
  else run();
}

export function upsertRecord<T extends WithId>(list: Y.Array<T>, record: T): void {
  const index = list.toArray().findIndex((r) => r.id === record.id);
  inTransaction(list, () => {
    if (index >= 0) list.delete(index, 1);
    list.insert(index >= 0 ? index : list.length, [record]);
  });
}

export function removeRecord<T extends WithId>(list: Y.Array<T>, id: string): boolean {
  const index = list.toArray().findIndex((r) => r.id === id);
  if (index < 0) return false;
  list.delete(index, 1);
  return true;
}

/** Moves a record to a new position (for reordering milestones). */
export function moveRecord<T extends WithId>(list: Y.Array<T>, id: string, toIndex: number): void {
  const items = list.toArray();
  const from = items.findIndex((r) => r.id === id);
  if (from < 0 || toIndex < 0 || toIndex >= items.length || from === toIndex) return;
  const record = items[from];
  if (!record) return;
  inTransaction(list, () => {
    list.delete(from, 1);
    list.insert(toIndex, [record]);
  });
}
