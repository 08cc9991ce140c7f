import type * as Y from 'yjs';
import { projectItem } from './itemHistory';

/**
 * An item's history in words the window can show (issue 17, point 6): which named parts a
 * version changed, and an earlier version as plain lines per part. No language here: the
 * window turns each part's name into its catalogue's word (`history.part.<name>`).
 */

/** Versions listed at first, newest first; older ones on request. */
export const VERSIONS_PAGE = 50;

/** Parts of an item that say what it is, not what it says: never shown or counted as changed. */
const IDENTITY = new Set(['id', 'kind', 'schemaVersion', 'createdAt', 'templateId', 'achievedAt']);

/** Parts with a name of their own in the catalogue; the rest show as "other details". */
export const NAMED_PARTS = [
  'title',
  'body',
  'tags',
  'links',
  'why',
  'alignment',
  'horizon',
  'status',
  'path',
  'competencyIds',
  'skillGaps',
  'activities',
  'milestones',
  'supporters',
  'successStages',
  'goalId',
  'lastReviewedAt',
] as const;
export type NamedPart = (typeof NAMED_PARTS)[number] | 'other';

export const partName = (name: string): NamedPart =>
  (NAMED_PARTS as readonly string[]).includes(name) ? (name as NamedPart) : 'other';

/** Which named parts changed, once each, identity parts left out. */
export function changedParts(changed: readonly string[]): NamedPart[] {
  return [...new Set(changed.filter((name) => !IDENTITY.has(name)).map(partName))];
}

/** An earlier version as lines of plain text per part, for reading. */
export function previewOf(version: Y.Doc): { part: NamedPart; lines: string[] }[] {
  const out: { part: NamedPart; lines: string[] }[] = [];
  for (const [name, value] of Object.entries(projectItem(version))) {
    if (IDENTITY.has(name)) continue;
    const lines = linesOf(value).filter((line) => line.trim() !== '');
    if (lines.length > 0) out.push({ part: partName(name), lines });
  }
  return out;
}

function linesOf(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return value.split('\n');
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap((entry) => labelOf(entry));
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).flatMap(labelOf);
  return [];
}

function labelOf(entry: unknown): string[] {
  if (typeof entry === 'object' && entry !== null) {
    const record = entry as Record<string, unknown>;
    for (const key of ['title', 'text', 'name', 'description']) {
      if (typeof record[key] === 'string') return [`• ${record[key]}`];
    }
    return [`• ${JSON.stringify(entry)}`];
  }
  return linesOf(entry);
}
