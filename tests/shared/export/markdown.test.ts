import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parse } from 'yaml';
import { richNodesToMarkdown } from '../../../shared/export/markdown';
import { appendRichNodes, fragmentToRichNodes, type RichNode } from '../../../shared/export/richTree';
import { journalToMarkdownFiles, slugify } from '../../../shared/export/journalMarkdown';
import type { ExportedItem } from '../../../shared/export/journalItems';

const t = (
  text: string,
  ...marks: (string | { type: string; attrs: Record<string, string> })[]
): RichNode => ({
  type: 'text',
  text,
  ...(marks.length > 0 ? { marks: marks.map((m) => (typeof m === 'string' ? { type: m } : m)) } : {}),
});
const p = (...content: RichNode[]): RichNode =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
const li = (...content: RichNode[]): RichNode => ({ type: 'listItem', content });

describe('rich text as CommonMark', () => {
  it('writes headings, paragraphs, lists, task lists, quotes, code and rules', () => {
    const body: RichNode[] = [
      { type: 'heading', attrs: { level: 2 }, content: [t('What did I learn?')] },
      p(t('Plain, '), t('bold', 'bold'), t(' and '), t('italic', 'italic'), t(' and '), t('x = 1', 'code')),
      {
        type: 'bulletList',
        content: [li(p(t('one'))), li(p(t('two')), { type: 'bulletList', content: [li(p(t('nested')))] })],
      },
      { type: 'orderedList', attrs: { start: 3 }, content: [li(p(t('three'))), li(p(t('four')))] },
      {
        type: 'taskList',
        content: [
          { type: 'taskItem', attrs: { checked: true }, content: [p(t('done'))] },
          { type: 'taskItem', attrs: { checked: false }, content: [p(t('to do'))] },
        ],
      },
      { type: 'blockquote', content: [p(t('quoted')), p(t('twice'))] },
      { type: 'codeBlock', attrs: { language: 'ts' }, content: [t('const a = `b`;\n```')] },
      { type: 'horizontalRule' },
      p(t('line one'), { type: 'hardBreak' }, t('line two')),
    ];
    expect(richNodesToMarkdown(body)).toBe(
      [
        '## What did I learn?',
        '',
        'Plain, **bold** and *italic* and `x = 1`',
        '',
        '- one',
        '- two',
        '',
        '  - nested',
        '',
        '3. three',
        '4. four',
        '',
        '- [x] done',
        '- [ ] to do',
        '',
        '> quoted',
        '>',
        '> twice',
        '',
        '````ts',
        'const a = `b`;',
        '```',
        '````',
        '',
        '---',
        '',
        'line one\\',
        'line two',
        '',
      ].join('\n'),
    );
  });

  it('nests overlapping marks and keeps delimiters off the spaces next to them', () => {
    const md = richNodesToMarkdown([
      p(t('a '), t('bold ', 'bold'), t('both', 'bold', 'italic'), t(' tail', 'bold'), t(' end')),
    ]);
    expect(md).toBe('a **bold *both* tail** end\n');
  });

  it('writes links and escapes characters Markdown would read as markup', () => {
    const link = { type: 'link', attrs: { href: 'https://example.com/a_(b)' } };
    const md = richNodesToMarkdown([
      p(t('see '), t('the *docs*', link), t(' and 2 < 3 [sic]')),
      p(t('# not a heading')),
      p(t('1. not a list')),
    ]);
    expect(md).toBe(
      'see [the \\*docs\\*](<https://example.com/a_(b)>) and 2 \\< 3 \\[sic\\]\n\n\\# not a heading\n\n1\\. not a list\n',
    );
  });
});

describe('rich text round trip through Yjs', () => {
  it('comes back from JSON nodes into a fragment unchanged', () => {
    const nodes: RichNode[] = [
      { type: 'heading', attrs: { level: 1 }, content: [t('Title')] },
      p(t('x '), t('y', 'bold', { type: 'link', attrs: { href: 'https://a.example' } }), t(' z')),
      {
        type: 'taskList',
        content: [{ type: 'taskItem', attrs: { checked: true }, content: [p(t('done'))] }],
      },
      p(),
    ];
    const doc = new Y.Doc();
    appendRichNodes(doc.getXmlFragment('body'), nodes);
    expect(fragmentToRichNodes(doc.getXmlFragment('body'))).toEqual(nodes);
  });
});

describe('journal as Markdown files', () => {
  const reflection: ExportedItem = {
    kind: 'reflection',
    id: 'r1',
    title: 'After the launch: what I learned',
    createdAt: Date.UTC(2025, 2, 4, 9),
    updatedAt: Date.UTC(2025, 2, 5, 9),
    templateId: 'after-project',
    tags: ['growth', 'launch'],
    links: [],
    body: [p(t('It went well.'))],
  };

  it('writes one file per item with YAML front matter that parses back to its fields', () => {
    const files = journalToMarkdownFiles([reflection, { ...reflection, id: 'r2' }], {
      goalTitles: new Map(),
      competencies: [],
    });
    expect(files.map((f) => f.path)).toEqual([
      'reflections/2025-03-04-after-the-launch-what-i-learned.md',
      'reflections/2025-03-04-after-the-launch-what-i-learned-r2.md',
    ]);
    const text = files[0]!.text;
    const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text);
    expect(match).not.toBeNull();
    expect(parse(match![1]!)).toMatchObject({
      title: 'After the launch: what I learned',
      kind: 'reflection',
      created: '2025-03-04T09:00:00.000Z',
      updated: '2025-03-05T09:00:00.000Z',
      tags: ['growth', 'launch'],
    });
    expect(match![2]).toBe('# After the launch: what I learned\n\nIt went well.\n');
  });

  it('turns a plan into sections with a milestone table', () => {
    const [file] = journalToMarkdownFiles(
      [
        {
          kind: 'plan',
          id: 'p1',
          title: 'Lead a team',
          goalId: 'g1',
          status: 'active',
          reviewCadence: 'monthly',
          createdAt: 0,
          updatedAt: 0,
          lastReviewedAt: null,
          skillGaps: [{ id: 's', name: 'Delegation', competencyId: null, current: 2, target: 4 }],
          activities: [],
          milestones: [
            {
              id: 'm',
              title: 'Run a retro | well',
              owner: { kind: 'manager' },
              startDate: null,
              dueDate: '2026-01-31',
              status: 'in-progress',
              successCriterion: 'Team says it helped',
              evidence: '',
              completedAt: null,
            },
          ],
          supporters: [],
          successStages: [],
        },
      ],
      { goalTitles: new Map([['g1', 'Become a manager']]), competencies: [] },
    );
    expect(file!.text).toContain('For the goal: Become a manager');
    expect(file!.text).toContain('- Delegation: Learning (2) → Skilled (4)');
    expect(file!.text).toContain(
      '| Run a retro \\| well | My manager |   | 2026-01-31 | In progress | Team says it helped |',
    );
  });

  it('makes file names from titles in any script', () => {
    expect(slugify('Résumé — 日本語 / next?')).toBe('résumé-日本語-next');
    expect(slugify('!!!')).toBe('untitled');
  });
});
