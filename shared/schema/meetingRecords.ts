import type * as Y from 'yjs';

/**
 * Records of a shared one-on-one (talking points, action items, meetings) kept so that two
 * people can create and edit them at the same moment on two machines and still end up with one
 * record each, holding both of their edits.
 *
 * Each record is split in two maps of its document:
 * - `<name>`: id → the record's base, a plain JSON value written once, when it is created.
 *   Carry-over writes carried records under ids derived from where they came from, so when
 *   both people close the same meeting at once, both write the same key and Yjs keeps one.
 * - `<name>Fields`: `<id>/<field>` → that field's current value. Every later edit (text,
 *   discussed, done, removed) is its own key, so concurrent edits of different fields
 *   both survive, and a late duplicate base write cannot undo an edit made after creation.
 * Removal is a `removed` field rather than a delete, so a concurrent carry cannot bring a
 * removed record back.
 */

export interface RecordMaps {
  readonly base: Y.Map<unknown>;
  readonly fields: Y.Map<unknown>;
}

export function recordMaps(doc: Y.Doc, name: string): RecordMaps {
  return { base: doc.getMap<unknown>(name), fields: doc.getMap<unknown>(`${name}Fields`) };
}

const fieldKey = (id: string, field: string) => `${id}/${field}`;

/** Writes a record's base unless one with that id exists; true when it wrote. */
export function createRecord(maps: RecordMaps, id: string, base: Record<string, unknown>): boolean {
  if (maps.base.has(id)) return false;
  maps.base.set(id, base);
  return true;
}

export function setRecordField(maps: RecordMaps, id: string, field: string, value: unknown): void {
  if (maps.fields.get(fieldKey(id, field)) === value) return;
  maps.fields.set(fieldKey(id, field), value);
}

export function hasRecord(maps: RecordMaps, id: string): boolean {
  return maps.base.has(id);
}

/** Each record's base with its edited fields laid over it, in no particular order. */
export function readMergedRecords(maps: RecordMaps): Map<string, Record<string, unknown>> {
  const merged = new Map<string, Record<string, unknown>>();
  maps.base.forEach((value, id) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      merged.set(id, { ...(value as Record<string, unknown>), id });
    }
  });
  maps.fields.forEach((value, key) => {
    const slash = key.lastIndexOf('/');
    if (slash <= 0) return;
    const record = merged.get(key.slice(0, slash));
    if (record) record[key.slice(slash + 1)] = value;
  });
  return merged;
}

/** One record merged, or null when there is none with that id. */
export function readMergedRecord(
  maps: RecordMaps,
  id: string,
  fields: readonly string[],
): Record<string, unknown> | null {
  const value = maps.base.get(id);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record: Record<string, unknown> = { ...(value as Record<string, unknown>), id };
  for (const field of fields) {
    const key = fieldKey(id, field);
    if (maps.fields.has(key)) record[field] = maps.fields.get(key);
  }
  return record;
}
