import type { MatcherFunction } from '@testing-library/react';

/**
 * Finds a sentence whose text is split across elements, as it is where a person's name or a
 * title sits in its own `<bdi>` isolate: the innermost element whose whole text matches.
 */
export function sentence(pattern: RegExp | string): MatcherFunction {
  const matches = (raw: string) => {
    // Normalised as Testing Library normalises text: trimmed, runs of white space as one.
    const text = raw.replace(/\s+/g, ' ').trim();
    return typeof pattern === 'string' ? text === pattern : pattern.test(text);
  };
  return (_content, element) => {
    if (!element || !matches(element.textContent)) return false;
    return ![...element.children].some((child) => matches(child.textContent));
  };
}
