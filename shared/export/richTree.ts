import * as Y from 'yjs';
import { MAX_RICH_TEXT_DEPTH } from '../schema/richText';
import { z } from 'zod';

/**
 * A rich-text body as plain JSON, in the shape ProseMirror and TipTap use for their own JSON
 * (`{ type, attrs, content }`, text nodes with `marks`), so an exported body opens in other
 * tools and comes back into a Y.XmlFragment without loss. Marks are kept the way y-prosemirror
 * stores them: as attributes of the text, keyed by mark name.
 */

type AttrValue = string | number | boolean | null;

export interface RichMark {
  type: string;
  attrs?: Record<string, AttrValue>;
}

export interface RichText {
  type: 'text';
  text: string;
  marks?: RichMark[];
}

export interface RichElement {
  type: string;
  attrs?: Record<string, AttrValue>;
  content?: RichNode[];
}

export type RichNode = RichText | RichElement;

const attrValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const attrsSchema = z.record(z.string(), attrValueSchema);
const markSchema = z.object({ type: z.string().min(1).max(64), attrs: attrsSchema.optional() });
const textSchema = z.object({
  type: z.literal('text'),
  text: z.string(),
  marks: z.array(markSchema).optional(),
});

/** Node names are identifiers; anything else could not become an XML element. */
const nodeNameSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'must be a node name such as "paragraph"')
  .refine((name) => name !== 'text');

export const richNodeSchema: z.ZodType<RichNode> = z.lazy(() =>
  z.union([
    textSchema,
    z.object({
      type: nodeNameSchema,
      attrs: attrsSchema.optional(),
      content: z.array(richNodeSchema).optional(),
    }),
  ]),
);

export const isRichText = (node: RichNode): node is RichText => node.type === 'text';

function plainAttrs(raw: Record<string, unknown>): Record<string, AttrValue> | undefined {
  const out: Record<string, AttrValue> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[key] =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null
        ? value
        : JSON.stringify(value);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

function textNodes(text: Y.XmlText): RichText[] {
  const out: RichText[] = [];
  for (const op of text.toDelta() as DeltaOp[]) {
    if (typeof op.insert !== 'string' || op.insert === '') continue;
    const marks = Object.entries(op.attributes ?? {}).map(([type, attrs]): RichMark => {
      const plain =
        typeof attrs === 'object' && attrs !== null
          ? plainAttrs(attrs as Record<string, unknown>)
          : undefined;
      return plain ? { type, attrs: plain } : { type };
    });
    out.push(marks.length > 0 ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert });
  }
  return out;
}

function toNodes(children: (Y.XmlElement | Y.XmlText | Y.XmlHook)[], depth: number): RichNode[] {
  const out: RichNode[] = [];
  // Deeper than any real writing: see MAX_RICH_TEXT_DEPTH.
  if (depth > MAX_RICH_TEXT_DEPTH) return out;
  for (const child of children) {
    if (child instanceof Y.XmlText) out.push(...textNodes(child));
    else if (child instanceof Y.XmlElement) {
      const element: RichElement = { type: child.nodeName };
      const attrs = plainAttrs(child.getAttributes());
      if (attrs) element.attrs = attrs;
      const content = toNodes(child.toArray(), depth + 1);
      if (content.length > 0) element.content = content;
      out.push(element);
    }
  }
  return out;
}

/** The body as JSON nodes. */
export function fragmentToRichNodes(fragment: Y.XmlFragment): RichNode[] {
  return toNodes(fragment.toArray(), 1);
}

function markAttributes(marks: RichMark[] | undefined): Record<string, unknown> | undefined {
  if (!marks || marks.length === 0) return undefined;
  const out: Record<string, unknown> = {};
  for (const mark of marks) out[mark.type] = mark.attrs ?? {};
  return out;
}

function toYNodes(nodes: RichNode[]): (Y.XmlElement | Y.XmlText)[] {
  const out: (Y.XmlElement | Y.XmlText)[] = [];
  let run: RichText[] = [];
  // Neighbouring text nodes are one Y.XmlText with formatted ranges, as y-prosemirror writes them.
  const flushRun = () => {
    if (run.length === 0) return;
    const text = new Y.XmlText();
    text.applyDelta(
      run.map((t) => {
        const attributes = markAttributes(t.marks);
        return attributes ? { insert: t.text, attributes } : { insert: t.text };
      }),
    );
    out.push(text);
    run = [];
  };
  for (const node of nodes) {
    if (isRichText(node)) {
      run.push(node);
      continue;
    }
    flushRun();
    const element = new Y.XmlElement(node.type);
    for (const [key, value] of Object.entries(node.attrs ?? {})) {
      // y-prosemirror stores attribute values as they are (numbers, booleans, null).
      element.setAttribute(key, value as string);
    }
    if (node.content && node.content.length > 0) element.insert(0, toYNodes(node.content));
    out.push(element);
  }
  flushRun();
  return out;
}

/** Appends JSON nodes to a body (import). */
export function appendRichNodes(fragment: Y.XmlFragment, nodes: RichNode[]): void {
  const built = toYNodes(nodes);
  if (built.length > 0) fragment.insert(fragment.length, built);
}
