/**
 * How deep a JSON text nests, found in one pass over its characters before it is parsed. The
 * rich-text tree of an item body is checked recursively (zod, then Yjs), and a file nested
 * thousands of levels deep would exhaust the call stack there ("Maximum call stack size
 * exceeded") instead of being refused with words; measured first, it never gets that far.
 */

export interface JsonNesting {
  /** The deepest level reached (1 for a flat object or array), up to `limit + 1`. */
  depth: number;
  /** Where the limit was first passed: 1-based line and column; null when it was not. */
  tooDeepAt: { line: number; column: number } | null;
}

const OPEN = new Set(['{', '[']);
const CLOSE = new Set(['}', ']']);

/** Scans the text, stopping as soon as nesting passes `limit`. Strings (and escapes in them) are skipped. */
export function measureJsonNesting(text: string, limit: number): JsonNesting {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '\n') {
      line++;
      lineStart = i + 1;
    } else if (OPEN.has(char)) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limit) return { depth: deepest, tooDeepAt: { line, column: i - lineStart + 1 } };
    } else if (CLOSE.has(char)) depth--;
  }
  return { depth: deepest, tooDeepAt: null };
}
