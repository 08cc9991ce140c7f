import * as Y from 'yjs';

/**
 * Helpers over a TipTap/ProseMirror body stored as a Y.XmlFragment (node names as TipTap's
 * StarterKit writes them: paragraph, heading, bulletList, listItem, taskList, taskItem, …).
 */

const BLOCK_NODES = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'codeBlock',
  'listItem',
  'taskItem',
  'horizontalRule',
]);

/**
 * How deeply blocks may nest before Tandem stops following them. Real writing nests a handful
 * of levels (a quote in a list item in a list); a body nested thousands deep can only come from
 * a broken or hostile peer, and following it recursively would overflow the stack. Deeper
 * content stays in the document untouched, but this version neither shows, searches nor exports
 * it, and the editor opens such a body read-only.
 */
export const MAX_RICH_TEXT_DEPTH = 64;

/** Whether any element of the body lies deeper than `limit` (walked without recursion). */
export function exceedsRichTextDepth(fragment: Y.XmlFragment, limit = MAX_RICH_TEXT_DEPTH): boolean {
  const pending: [Y.XmlElement | Y.XmlFragment, number][] = [[fragment, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    for (const child of node.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (depth + 1 > limit) return true;
      pending.push([child, depth + 1]);
    }
  }
  return false;
}

interface TextDelta {
  insert?: unknown;
}

/** The characters of a text node without its formatting marks. */
function xmlTextContent(text: Y.XmlText): string {
  const delta = text.toDelta() as TextDelta[];
  let out = '';
  for (const op of delta) if (typeof op.insert === 'string') out += op.insert;
  return out;
}

export interface PlainTextOptions {
  /** Leave out headings: in guided entries they are the template's prompts, not the writing. */
  skipHeadings?: boolean;
}

/** Plain text of a body, one line per block, for excerpts, word counts and search. */
export function fragmentToPlainText(
  fragment: Y.XmlFragment,
  { skipHeadings = false }: PlainTextOptions = {},
): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') lines.push(current.trim());
    current = '';
  };
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment, depth: number) => {
    if (depth > MAX_RICH_TEXT_DEPTH) return;
    if (node instanceof Y.XmlText) {
      current += xmlTextContent(node);
      return;
    }
    if (node instanceof Y.XmlHook) return;
    if (node instanceof Y.XmlElement && node.nodeName === 'hardBreak') {
      current += '\n';
      return;
    }
    if (skipHeadings && node instanceof Y.XmlElement && node.nodeName === 'heading') return;
    const isBlock = node instanceof Y.XmlElement && BLOCK_NODES.has(node.nodeName);
    if (isBlock) flush();
    for (const child of node.toArray()) walk(child, depth + 1);
    if (isBlock) flush();
  };
  walk(fragment, 0);
  flush();
  return lines.join('\n');
}

/** Plain text of the first N characters, cheaper than the whole body for long entries. */
export function fragmentTextPreview(
  fragment: Y.XmlFragment,
  maxChars: number,
  { skipHeadings = false }: PlainTextOptions = {},
): string {
  let out = '';
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment, depth: number): boolean => {
    if (out.length >= maxChars) return false;
    if (depth > MAX_RICH_TEXT_DEPTH) return true;
    if (node instanceof Y.XmlText) {
      out += `${xmlTextContent(node)} `;
      return true;
    }
    if (node instanceof Y.XmlHook) return true;
    if (node instanceof Y.XmlElement && node.nodeName === 'hardBreak') {
      out += ' ';
      return true;
    }
    if (skipHeadings && node instanceof Y.XmlElement && node.nodeName === 'heading') return true;
    for (const child of node.toArray()) if (!walk(child, depth + 1)) return false;
    return true;
  };
  walk(fragment, 0);
  return out.slice(0, maxChars);
}

export type BodyBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'bulletList'; items: string[] }
  | { type: 'taskList'; items: string[] };

function textElement(
  nodeName: string,
  text: string,
  attrs: Record<string, string | number> = {},
): Y.XmlElement {
  const el = new Y.XmlElement(nodeName);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v as unknown as string);
  const t = new Y.XmlText();
  if (text) t.insert(0, text);
  el.insert(0, [t]);
  return el;
}

function blockToElement(block: BodyBlock): Y.XmlElement {
  switch (block.type) {
    case 'heading':
      return textElement('heading', block.text, { level: block.level });
    case 'paragraph':
      return textElement('paragraph', block.text);
    case 'bulletList':
    case 'taskList': {
      const list = new Y.XmlElement(block.type);
      const itemName = block.type === 'bulletList' ? 'listItem' : 'taskItem';
      list.insert(
        0,
        block.items.map((text) => {
          const item = new Y.XmlElement(itemName);
          if (itemName === 'taskItem') item.setAttribute('checked', false as unknown as string);
          item.insert(0, [textElement('paragraph', text)]);
          return item;
        }),
      );
      return list;
    }
  }
}

/** Appends blocks to a body (used for templates and generated content). */
export function appendBlocks(fragment: Y.XmlFragment, blocks: BodyBlock[]): void {
  fragment.insert(fragment.length, blocks.map(blockToElement));
}
