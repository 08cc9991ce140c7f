import type * as Y from 'yjs';

/**
 * Links from a reflection to what it is about, stored as strings in the reflection's `links`
 * array and copied to its vault record: `goal:<goalId>` or `milestone:<planId>:<milestoneId>`.
 * A goal or milestone finds the reflections that mention it by scanning the vault.
 */
export type ItemLink =
  { kind: 'goal'; goalId: string } | { kind: 'milestone'; planId: string; milestoneId: string };

export function formatLink(link: ItemLink): string {
  return link.kind === 'goal' ? `goal:${link.goalId}` : `milestone:${link.planId}:${link.milestoneId}`;
}

export function parseLink(value: string): ItemLink | null {
  const parts = value.split(':');
  if (parts[0] === 'goal' && parts.length === 2 && parts[1]) return { kind: 'goal', goalId: parts[1] };
  if (parts[0] === 'milestone' && parts.length === 3 && parts[1] && parts[2]) {
    return { kind: 'milestone', planId: parts[1], milestoneId: parts[2] };
  }
  return null;
}

export const reflectionLinks = (doc: Y.Doc) => doc.getArray<string>('links');

export function readReflectionLinks(doc: Y.Doc): string[] {
  return reflectionLinks(doc)
    .toArray()
    .filter((l) => typeof l === 'string' && parseLink(l) !== null);
}

export function addReflectionLink(doc: Y.Doc, link: ItemLink): void {
  const value = formatLink(link);
  if (!readReflectionLinks(doc).includes(value)) reflectionLinks(doc).push([value]);
}

export function removeReflectionLink(doc: Y.Doc, link: ItemLink): void {
  const list = reflectionLinks(doc);
  const index = list.toArray().indexOf(formatLink(link));
  if (index >= 0) list.delete(index, 1);
}
