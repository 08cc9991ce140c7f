import type { Schema } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { MAX_RICH_TEXT_DEPTH } from '../../../../shared/schema/richText';

/**
 * Rich-text content this version's editor cannot represent: a node type, a mark, or an attribute
 * a newer Tandem added. The Yjs binding deletes what it cannot turn into an editor node (that is
 * how y-prosemirror recovers from a conflict), so a body holding any of it is never bound to the
 * editor: it is shown read-only and left exactly as it is, to be edited by a version that knows it.
 */

export interface KnownContent {
  /** Node name → its attribute names. */
  nodes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Mark name → its attribute names. */
  marks: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Attributes the Yjs binding itself writes, beside a node's own. */
const BINDING_ATTRIBUTES = new Set(['ychange']);

export function knownContentOf(schema: Schema): KnownContent {
  const nodes = new Map<string, Set<string>>();
  for (const [name, type] of Object.entries(schema.nodes))
    nodes.set(name, new Set([...Object.keys(type.spec.attrs ?? {}), ...BINDING_ATTRIBUTES]));
  const marks = new Map<string, Set<string>>();
  for (const [name, type] of Object.entries(schema.marks))
    marks.set(name, new Set([...Object.keys(type.spec.attrs ?? {}), ...BINDING_ATTRIBUTES]));
  return { nodes, marks };
}

/** Marks of one kind that may overlap are stored as `<name>--<hash>`. */
const markName = (key: string) => key.split('--')[0] ?? key;

function unknownInText(text: Y.XmlText, known: KnownContent): string | null {
  for (const op of text.toDelta() as { attributes?: Record<string, unknown> }[]) {
    for (const [key, attrs] of Object.entries(op.attributes ?? {})) {
      const name = markName(key);
      const attrNames = known.marks.get(name);
      if (!attrNames) return `a “${name}” mark`;
      if (typeof attrs === 'object' && attrs !== null)
        for (const attr of Object.keys(attrs))
          if (!attrNames.has(attr)) return `a “${attr}” setting of a ${name} mark`;
    }
  }
  return null;
}

function unknownAttributes(element: Y.XmlElement, known: KnownContent): string | null {
  const attrNames = known.nodes.get(element.nodeName);
  if (!attrNames) return `a “${element.nodeName}” block`;
  for (const attr of Object.keys(element.getAttributes()))
    if (!attrNames.has(attr)) return `a “${attr}” setting of a ${element.nodeName}`;
  return null;
}

/** Said of a body nested deeper than any real writing (a broken or hostile peer's). */
export const TOO_DEEP = 'blocks nested more deeply than Tandem can show';

function unknownIn(
  node: Y.XmlElement | Y.XmlFragment | Y.XmlText,
  known: KnownContent,
  depth: number,
): string | null {
  if (node instanceof Y.XmlText) return unknownInText(node, known);
  // The editor binding and every reader of the body recurse; past this depth they would overflow.
  if (depth > MAX_RICH_TEXT_DEPTH) return TOO_DEEP;
  if (node instanceof Y.XmlElement) {
    const own = unknownAttributes(node, known);
    if (own) return own;
  }
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlElement || child instanceof Y.XmlText) {
      const found = unknownIn(child, known, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** The first thing in a body this editor cannot represent, described; null when there is none. */
export function findUnknownContent(fragment: Y.XmlFragment, known: KnownContent): string | null {
  return unknownIn(fragment, known, 0);
}

/** How deep `type` lies in `fragment` (0 for the fragment itself), or null when it is outside. */
function depthWithin(type: object, fragment: Y.XmlFragment): number | null {
  let current: unknown = type;
  let depth = 0;
  while (current !== null && current !== undefined) {
    if (current === fragment) return depth;
    current = (current as { _item?: { parent?: unknown } | null })._item?.parent;
    depth++;
  }
  return null;
}

/**
 * What a transaction adds to the body that this editor cannot represent. Only the types it
 * changed are looked at, and of their children only those it created, so typing costs nothing.
 */
export function unknownContentAdded(
  transaction: Y.Transaction,
  fragment: Y.XmlFragment,
  known: KnownContent,
): string | null {
  for (const [type, keys] of transaction.changed) {
    const depth = depthWithin(type, fragment);
    if (depth === null) continue;
    if (type instanceof Y.XmlText) {
      const found = unknownInText(type, known);
      if (found) return found;
      continue;
    }
    if (type instanceof Y.XmlElement) {
      for (const key of keys)
        if (key !== null && !known.nodes.get(type.nodeName)?.has(key))
          return `a “${key}” setting of a ${type.nodeName}`;
    }
    for (let item = type._start; item !== null; item = item.right) {
      if (item.deleted || item.id.clock < (transaction.beforeState.get(item.id.client) ?? 0)) continue;
      const child = item.content instanceof Y.ContentType ? item.content.type : null;
      if (child instanceof Y.XmlElement || child instanceof Y.XmlText) {
        const found = unknownIn(child, known, depth + 1);
        if (found) return found;
      }
    }
  }
  return null;
}
