import { describe, expect, it } from 'vitest';
import { buildSnippet, findTermRanges, foldTerm, tokenizeText } from '../../../shared/search/searchText';

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

  it('keep short text whole, on one line, with every match marked', () => {
    const snippet = buildSnippet('Asked about\n\npromotion. Promotion again.', terms);
    expect(snippet.text).toBe('Asked about promotion. Promotion again.');
    expect(snippet.ranges.map((r) => snippet.text.slice(r.start, r.end))).toEqual(['promotion', 'Promotion']);
  });

  it('centre on a match deep in the text and mark the cuts', () => {
    const filler = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const snippet = buildSnippet(`${filler} the promotion case ${filler}`, terms, 120);
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

  it('fall back to the start of the text when nothing matches', () => {
    const snippet = buildSnippet('Nothing relevant here at all', terms, 16);
    expect(snippet).toEqual({ text: 'Nothing relevant…', ranges: [] });
  });
});
