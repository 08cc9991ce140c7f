import { describe, expect, it } from 'vitest';
import {
  buildSnippet,
  findTermRanges,
  foldTerm,
  tokenizeText,
  type Snippet,
} from '../../../shared/search/searchText';

describe('terms', () => {
  it('splits on white space and punctuation, keeping accented letters inside words', () => {
    expect(tokenizeText('Résumé, 1:1 — next-steps!')).toEqual(['Résumé', '1', '1', 'next', 'steps']);
  });

  it('folds case and accents, also for decomposed input', () => {
    expect(foldTerm('Résumé')).toBe('resume');
    expect(foldTerm('Re\u0301sume\u0301')).toBe('resume');
    expect(foldTerm('ZOË')).toBe('zoe');
    expect(foldTerm('İstanbul')).toBe('istanbul');
  });

  it('drops terms too long to be words', () => {
    expect(foldTerm('a'.repeat(49))).toBeNull();
    expect(foldTerm('a'.repeat(48))).toBe('a'.repeat(48));
  });

  it('locates matched words in the original text', () => {
    const text = 'My résumé; your Resume.';
    expect(findTermRanges(text, new Set(['resume']))).toEqual([
      { start: 3, end: 9 },
      { start: 16, end: 22 },
    ]);
  });
});

describe('snippets', () => {
  const terms = new Set(['promotion']);

  /** The snippet's text with its marked words in brackets, as a person would read it. */
  const marked = (snippet: Snippet | null) => {
    if (!snippet) return null;
    let out = '';
    let cursor = 0;
    for (const { start, end } of snippet.ranges) {
      out += `${snippet.text.slice(cursor, start)}[${snippet.text.slice(start, end)}]`;
      cursor = end;
    }
    return out + snippet.text.slice(cursor);
  };

  it('show the sentence that matched, with every match in it marked', () => {
    const text = 'Asked about the offsite. Then the promotion came up — promotion, again.\nNothing else.';
    expect(marked(buildSnippet(text, terms))).toBe('Then the [promotion] came up — [promotion], again.');
  });

  it('show the matching sentence, not the template prompts above it', () => {
    // A body written from a template: its prompts are lines (headings) of their own.
    const body = [
      'What did I learn?',
      'That a rehearsal beats a plan.',
      'What surprised me?',
      'My manager raised the promotion herself. We agreed on a date.',
      'What would I do differently next time?',
      '',
    ].join('\n');
    expect(marked(buildSnippet(body, terms))).toBe('My manager raised the [promotion] herself.');
  });

  it('find sentences in Arabic and German text too', () => {
    expect(
      marked(buildSnippet('Erster Satz. Die Beförderung kam zur Sprache! Ende.', new Set(['beforderung']))),
    ).toBe('Die [Beförderung] kam zur Sprache!');
    expect(marked(buildSnippet('جملة أولى. تحدثنا عن الترقية اليوم. النهاية.', new Set(['الترقية'])))).toBe(
      'تحدثنا عن [الترقية] اليوم.',
    );
  });

  it('centre on a match deep in a long sentence and mark the cuts', () => {
    const filler = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const snippet = buildSnippet(`${filler} the promotion case ${filler}`, terms, 120)!;
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(122);
    expect(snippet.ranges).toHaveLength(1);
    const [range] = snippet.ranges;
    expect(snippet.text.slice(range!.start, range!.end)).toBe('promotion');
    // Cut at word boundaries: no partial "wordNN" at either end.
    expect(snippet.text).toMatch(/^…word\d+ /);
    expect(snippet.text).toMatch(/ word\d+…$/);
  });

  it('are left out when nothing in the text matches (the title or a tag did)', () => {
    expect(buildSnippet('What did I learn?\nNothing relevant here at all', terms)).toBeNull();
  });
});
