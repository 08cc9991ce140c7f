import { isRichText, type RichElement, type RichMark, type RichNode } from './richTree';

/**
 * A rich-text body (JSON nodes, see richTree.ts) as CommonMark, for the Markdown export. Task
 * lists use the GitHub `- [ ]` form and struck text `~~…~~`, which most Markdown tools read;
 * underline has no Markdown form and becomes `<u>…</u>`, which CommonMark passes through.
 */

const EMPHASIS: Record<string, { open: string; close: string }> = {
  bold: { open: '**', close: '**' },
  italic: { open: '*', close: '*' },
  strike: { open: '~~', close: '~~' },
  underline: { open: '<u>', close: '</u>' },
};

/** Backslash-escapes what CommonMark would read as markup inside running text. */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>~&|]/g, (c) => `\\${c}`);
}

/** What would start a block (a heading, list, quote or rule) at the beginning of a line. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function linkTarget(attrs: RichMark['attrs']): string {
  const href = typeof attrs?.href === 'string' ? attrs.href : '';
  return `(<${href.replace(/[<>\n]/g, encodeURIComponent)}>)`;
}

function markOpen(mark: RichMark): string {
  if (mark.type === 'link') return '[';
  return EMPHASIS[mark.type]?.open ?? '';
}

function markClose(mark: RichMark): string {
  if (mark.type === 'link') return `]${linkTarget(mark.attrs)}`;
  return EMPHASIS[mark.type]?.close ?? '';
}

const sameMark = (a: RichMark, b: RichMark) =>
  a.type === b.type && JSON.stringify(a.attrs) === JSON.stringify(b.attrs);

function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Inline content: marks open and close like a stack, so `**a *b***` nests properly, and
 * delimiters never sit next to the whitespace they would have to touch (CommonMark would then
 * not read them as emphasis).
 */
function renderInline(nodes: RichNode[]): string {
  let out = '';
  const open: RichMark[] = [];
  let pendingSpace = '';
  const closeTo = (depth: number) => {
    while (open.length > depth) {
      const mark = open.pop();
      if (mark) out += markClose(mark);
    }
  };
  for (const node of nodes) {
    if (!isRichText(node)) {
      if (node.type === 'hardBreak') {
        closeTo(0);
        out += '\\\n';
        pendingSpace = '';
      }
      continue;
    }
    const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(node.text);
    const [lead, core, trail] = [match?.[1] ?? '', match?.[2] ?? '', match?.[3] ?? ''];
    if (core === '') {
      pendingSpace += node.text;
      continue;
    }
    const marks = (node.marks ?? []).filter(
      (m) => m.type !== 'code' && (m.type === 'link' || EMPHASIS[m.type]),
    );
    const firstDropped = open.findIndex((o) => !marks.some((m) => sameMark(m, o)));
    closeTo(firstDropped < 0 ? open.length : firstDropped);
    out += pendingSpace + lead;
    pendingSpace = trail;
    for (const mark of marks) {
      if (open.some((m) => sameMark(m, mark))) continue;
      out += markOpen(mark);
      open.push(mark);
    }
    out += (node.marks ?? []).some((m) => m.type === 'code') ? inlineCode(core) : escapeMarkdownText(core);
  }
  closeTo(0);
  return out + pendingSpace;
}

const indent = (text: string, prefix: string, first = prefix) =>
  text
    .split('\n')
    .map((line, i) => (line === '' ? line : `${i === 0 ? first : prefix}${line}`))
    .join('\n');

function textOf(nodes: RichNode[] | undefined): string {
  return (nodes ?? [])
    .map((n) => (isRichText(n) ? n.text : n.type === 'hardBreak' ? '\n' : textOf(n.content)))
    .join('');
}

function renderInlineBlock(node: RichElement): string {
  return renderInline(node.content ?? [])
    .split('\n')
    .map((line, i) => (i === 0 || !line.startsWith(' ') ? escapeLineStart(line) : line))
    .join('\n');
}

function renderListItem(item: RichElement, marker: string): string {
  const body = renderBlocks(item.content ?? []).trimEnd() || '';
  return indent(body, ' '.repeat(marker.length), marker);
}

function renderBlock(node: RichNode): string {
  if (isRichText(node)) return escapeLineStart(escapeMarkdownText(node.text));
  switch (node.type) {
    case 'paragraph':
      return renderInlineBlock(node);
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1) || 1));
      return `${'#'.repeat(level)} ${renderInline(node.content ?? []).replace(/\\\n/g, ' ')}`;
    }
    case 'bulletList':
      return (node.content ?? []).map((item) => renderListItem(item, '- ')).join('\n');
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1) || 1;
      return (node.content ?? []).map((item, i) => renderListItem(item, `${start + i}. `)).join('\n');
    }
    case 'taskList':
      return (node.content ?? [])
        .map((item) => {
          const checked = !isRichText(item) && item.attrs?.checked === true;
          return renderListItem(item, checked ? '- [x] ' : '- [ ] ');
        })
        .join('\n');
    case 'blockquote':
      return indent(renderBlocks(node.content ?? []).trimEnd(), '> ').replace(/^$/gm, '>');
    case 'codeBlock': {
      const text = textOf(node.content);
      const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
      const fence = '`'.repeat(longest + 1);
      const language = typeof node.attrs?.language === 'string' ? node.attrs.language : '';
      return `${fence}${language}\n${text}\n${fence}`;
    }
    case 'horizontalRule':
      return '---';
    default:
      // An unknown block keeps its text rather than disappearing.
      return node.content ? renderBlocks(node.content).trimEnd() : '';
  }
}

/** Blocks separated by blank lines. */
export function renderBlocks(nodes: RichNode[]): string {
  const parts = nodes.map(renderBlock).filter((part) => part !== '');
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}

/** A body as CommonMark. */
export function richNodesToMarkdown(nodes: RichNode[]): string {
  return renderBlocks(nodes);
}
