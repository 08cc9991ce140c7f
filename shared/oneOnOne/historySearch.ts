import { foldTerm, tokenizeText } from '../search/searchText';
import type { MeetingSummary } from '../schema/meetingIndex';

/**
 * Searching past meetings by their date (a `2026-02` prefix) and what was on the agenda (the text stored in the
 * index at close). Every word of the query must appear as the start of a word, ignoring case
 * and accents, as in the journal's search. A few hundred meetings need no index.
 */

function foldedWords(text: string): string[] {
  const out: string[] = [];
  for (const word of tokenizeText(text)) {
    const folded = foldTerm(word);
    if (folded !== null) out.push(folded);
  }
  return out;
}

const DATE_PREFIX = /^\d{4}(-\d{1,2}(-\d{1,2})?)?$/;

export function searchMeetings(meetings: readonly MeetingSummary[], query: string): MeetingSummary[] {
  const trimmed = query.trim();
  // "2026-02" means February 2026, not any meeting with a 02 somewhere in its date.
  if (DATE_PREFIX.test(trimmed)) return meetings.filter((m) => m.date.startsWith(trimmed));
  const terms = foldedWords(trimmed);
  if (terms.length === 0) return [...meetings];
  return meetings.filter((m) => {
    const words = foldedWords(`${m.date} ${m.searchText}`);
    return terms.every((term) => words.some((w) => w.startsWith(term)));
  });
}
