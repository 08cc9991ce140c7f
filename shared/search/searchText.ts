/**
 * Text handling shared by the search index and the snippets shown for its hits. Indexing and
 * highlighting must split and normalise words identically, or a hit could come back with
 * nothing highlighted; that is why both live here and nowhere else.
 */

/**
 * A word is a run of anything but white space and punctuation — the same rule as MiniSearch's
 * default tokenizer (`[\n\r\p{Z}\p{P}]+` as the separator), written as a matcher so snippets
 * can also recover each word's position in the original text.
 */
const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/**
 * Longer "words" are pasted URLs, hashes or base64; indexing them only bloats the index and
 * nobody types them into a search box.
 */
const MAX_TERM_LENGTH = 48;

// eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000 by definition
const ASCII = /^[\u0000-\u007f]*$/;

export function tokenizeText(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Lower-cases and folds accents so "Resume" finds "résumé" and "Zoe" finds "Zoë". Lower-case
 * first: `'İ'.toLowerCase()` yields "i" plus a combining dot, which the fold then drops.
 * Returns null for terms that must not be indexed.
 */
export function foldTerm(term: string): string | null {
  const lower = term.toLowerCase();
  // Most words of an English journal are plain ASCII; skipping `normalize` for them cuts the
  // term processing of a full build from ~80 ms to ~15 ms (measured, 386k words).
  const folded = ASCII.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}+/gu, '');
  return folded === '' || folded.length > MAX_TERM_LENGTH ? null : folded;
}

export interface TextRange {
  start: number;
  end: number;
}

/** Every word of `text` whose folded form is one of `terms` (already folded index terms). */
export function findTermRanges(text: string, terms: ReadonlySet<string>): TextRange[] {
  const ranges: TextRange[] = [];
  if (terms.size === 0) return ranges;
  for (const match of text.matchAll(WORD)) {
    const folded = foldTerm(match[0]);
    if (folded !== null && terms.has(folded)) {
      ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return ranges;
}

export interface Snippet {
  /** One line of text, with "…" where it was cut. */
  text: string;
  /** Matched words inside `text`, in order, for highlighting. */
  ranges: TextRange[];
}

export const DEFAULT_SNIPPET_LENGTH = 160;
/** How much text to keep before the first match, so it reads as a phrase, not a fragment. */
const LEAD_CHARS = 40;

/** Sentences as the language's rules split them; the default rules handle Latin, Arabic and CJK. */
const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/** The sentence of `text` that holds the character at `at`, within its block (line). */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  const blockStart = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  const blockEnd = newline === -1 ? text.length : newline;
  const offset = at - blockStart;
  for (const { index, segment } of sentences.segment(text.slice(blockStart, blockEnd))) {
    if (offset >= index && offset < index + segment.length) {
      return { start: blockStart + index, end: blockStart + index + segment.length };
    }
  }
  return { start: blockStart, end: blockEnd };
}

/**
 * The sentence of `text` where the first matched word is, with its matched words marked: what
 * a search result shows. A sentence longer than `maxLength` is cut to a window around the match.
 * Null when nothing in `text` matches (the hit came from the title or the tags): the start of
 * the text is usually a template's prompts, which say nothing about why the entry was found.
 */
export function buildSnippet(
  text: string,
  terms: ReadonlySet<string>,
  maxLength = DEFAULT_SNIPPET_LENGTH,
): Snippet | null {
  const first = findTermRanges(text, terms)[0];
  if (!first) return null;
  const { start, end } = sentenceAround(text, first.start);
  return windowAround(text.slice(start, end), terms, maxLength);
}

/** A window of `text` (one line) around its first matched word, at most `maxLength` long. */
function windowAround(text: string, terms: ReadonlySet<string>, maxLength: number): Snippet {
  // A result row shows one line: runs of white space become one space.
  const flat = text.replace(/\s+/g, ' ').trim();
  const all = findTermRanges(flat, terms);
  const first = all[0];
  let start = 0;
  if (first && first.end > maxLength - 1) {
    start = Math.max(0, first.start - LEAD_CHARS);
    // Start on a word boundary unless that would lose the match itself.
    const space = flat.indexOf(' ', start);
    if (start > 0 && space !== -1 && space < first.start) start = space + 1;
  }
  let end = Math.min(flat.length, start + maxLength);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start && (!first || space >= first.end)) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < flat.length ? '…' : '';
  const ranges = all
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start + lead.length, end: r.end - start + lead.length }));
  return { text: `${lead}${flat.slice(start, end).trimEnd()}${tail}`, ranges };
}
