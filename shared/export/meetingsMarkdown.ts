import type { ExportedMeeting } from './journalMeetings';
import type { MarkdownFile } from './journalMarkdown';
import { escapeMarkdownText } from './markdown';

/**
 * One-on-ones in the Markdown export (issue 17, point 3): a file per meeting under
 * `one-on-ones/`, with what both people share of it and, above all, its summary and where each
 * person stands with it. A confirmation reads as confirmed only when main checked its signature
 * at export time (the JSON export keeps the signature itself for checking again). Never
 * private notes: the meetings come from `exportSpaceMeetings`, which never opens them.
 */

const text = (value: string) => escapeMarkdownText(value);
const lines = (value: string) =>
  value
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(text)
    .join('\n\n');
const day = (at: number) => new Date(at).toISOString().slice(0, 10);

function confirmationLine(c: ExportedMeeting['confirmations'][number]): string {
  const who = text(c.name || c.role);
  if (c.state === 'signature-does-not-check')
    return `- A confirmation under ${who}’s role does not carry their signature and is left out.`;
  if (c.state === 'changed')
    return `- ${who} confirmed an earlier version on ${day(c.at)}; the summary changed after that.`;
  return c.paraphrase === null
    ? `- ${who} confirmed this summary on ${day(c.at)}: “This is what I heard.”`
    : `- ${who} confirmed this summary on ${day(c.at)}, in their own words:\n\n  > ${text(c.paraphrase).replace(/\n/g, '\n  > ')}`;
}

function meetingFile(m: ExportedMeeting): string {
  const out = [`# One-on-one on ${m.date}`, ''];
  out.push(`People: ${m.people.map((p) => text(p.name)).join(', ') || 'not named'}`, '');
  out.push(m.closedAt === null ? 'Still open' : `Closed on ${day(m.closedAt)}`, '');
  if (m.talkingPoints.length > 0)
    out.push('## Agenda', '', ...m.talkingPoints.map((p, i) => `${i + 1}. ${text(p.text)}`), '');
  if (m.sharedNotes.length > 0) out.push('## Shared notes', '', lines(m.sharedNotes.join('\n')), '');
  if (m.actionItems.length > 0)
    out.push(
      '## Action items',
      '',
      ...m.actionItems.map(
        (a) =>
          `- [${a.done ? 'x' : ' '}] ${text(a.text)}${a.ownerName ? ` (${text(a.ownerName)})` : ''}${a.dueDate ? `, due ${a.dueDate}` : ''}`,
      ),
      '',
    );
  out.push('## Summary', '');
  if (m.summary.discussed.trim() === '' && m.summary.agreed.trim() === '')
    out.push('No summary written.', '');
  else {
    out.push('### What we discussed', '', lines(m.summary.discussed) || 'Not written.', '');
    out.push('### What we agreed', '', lines(m.summary.agreed) || 'Not written.', '');
    out.push('### Confirmations', '');
    out.push(
      ...(m.confirmations.length > 0 ? m.confirmations.map(confirmationLine) : ['- Not yet confirmed.']),
      '',
    );
  }
  return out.join('\n');
}

export function meetingsToMarkdownFiles(meetings: readonly ExportedMeeting[]): MarkdownFile[] {
  return meetings.map((m) => ({
    path: `one-on-ones/${m.date}-${m.meetingId.replace(/[^A-Za-z0-9_-]/g, '_')}.md`,
    text: meetingFile(m),
  }));
}
