import type { FeedbackSummary } from '../../../../shared/schema/growthIndex';

/** The first words of a long text, cut at a word boundary. */
export function excerpt(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** Newest first by the day it was given; notes from the same day by when they were written. */
export function newestFirst(a: FeedbackSummary, b: FeedbackSummary): number {
  return b.givenOn.localeCompare(a.givenOn) || b.createdAt - a.createdAt;
}
