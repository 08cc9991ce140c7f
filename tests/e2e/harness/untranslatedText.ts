import type { Page } from 'playwright-core';

/**
 * Text on screen that did not come through a catalogue, read in the pseudo-locale (en-XA). There
 * every catalogued message is accented and bracketed: `[Ŝàṽé ··]`. So, after the test's own
 * seeded data and a few proper nouns are taken out, a plain Latin letter on screen is text that
 * was never translated, and an element whose own text holds two bracketed messages side by side
 * (or a message beside loose words) is a sentence glued from separately translated pieces.
 */

export interface UntranslatedOptions {
  /** Strings the test itself seeded (titles, names, typed text): shown as they are. */
  userData: readonly string[];
  /** Proper nouns that stay in every language. */
  properNouns?: readonly string[];
}

/**
 * Allowed without a catalogue: English month and weekday names (Intl formats dates in the
 * English locale for en-XA) and key caps as an English keyboard names them (German ones say
 * "Strg", see shortcutText).
 */
const dateWords = [
  'January|February|March|April|May|June|July|August|September|October|November|December',
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec',
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun',
].join('|');

const script = (allowed: string[]) => `(() => {
  const allowed = ${JSON.stringify(allowed)};
  const keyCaps = /\\b(?:Ctrl|Alt)\\+(?:Shift\\+)?[A-Z0-9]\\b/g;
  const dateWords = new RegExp('\\\\b(?:${dateWords})\\\\b', 'g');
  const strip = (text) => {
    let out = text;
    for (const a of allowed) out = out.split(a).join(' ');
    return out.replace(dateWords, ' ').replace(keyCaps, ' ');
  };
  const shown = (el) => {
    if (el.closest('[aria-hidden="true"], [hidden], template, script, style')) return false;
    return el.getClientRects().length > 0;
  };
  const where = (el) => {
    const parts = [];
    for (let n = el; n && n !== document.body && parts.length < 3; n = n.parentElement) {
      parts.unshift(n.tagName.toLowerCase() + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/\\s+/)[0] : ''));
    }
    return parts.join(' > ');
  };
  /** The bracketed messages at the top level of a text, and what lies between them. */
  const topLevel = (text) => {
    let depth = 0, groups = 0, loose = '';
    for (const ch of text) {
      if (ch === '[') { if (depth === 0) groups++; depth++; continue; }
      if (ch === ']') { depth = Math.max(0, depth - 1); continue; }
      if (depth === 0) loose += ch;
    }
    return { groups, loose };
  };
  const problems = [];
  const seen = new Set();
  const report = (kind, el, text) => {
    const line = kind + ': "' + text.trim().slice(0, 80) + '" in ' + where(el);
    if (!seen.has(line)) { seen.add(line); problems.push(line); }
  };
  for (const el of document.body.querySelectorAll('*')) {
    if (!shown(el)) continue;
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
    if (own.trim() !== '') {
      const rest = strip(own);
      if (/[A-Za-z]/.test(rest)) report('untranslated', el, own);
      else {
        const { groups, loose } = topLevel(rest);
        if (groups > 1 || (groups === 1 && /\\p{L}/u.test(loose))) report('glued', el, own);
      }
    }
    for (const attr of ['aria-label', 'placeholder', 'title']) {
      const value = el.getAttribute(attr);
      if (value && /[A-Za-z]/.test(strip(value))) report(attr, el, value);
    }
  }
  return problems;
})()`;

/** Every untranslated or glued text on the page, each with where it is. */
export async function untranslatedText(page: Page, options: UntranslatedOptions): Promise<string[]> {
  const allowed = [...options.userData, ...(options.properNouns ?? [])]
    .filter((s) => s.trim() !== '')
    .sort((a, b) => b.length - a.length);
  return page.evaluate<string[]>(script(allowed));
}

/** Every string in a seeded fixture, however deep, for the allow-list. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value instanceof Map || value instanceof Uint8Array) return [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
