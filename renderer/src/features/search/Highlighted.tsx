import type { ReactNode } from 'react';
import type { TextRange } from '../../../../shared/search/searchText';

/** Text with the matched words wrapped in <mark>. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const { start, end } of ranges) {
    if (start < cursor || end > text.length) continue;
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    cursor = end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
