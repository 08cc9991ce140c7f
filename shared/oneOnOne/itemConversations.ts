import type * as Y from 'yjs';
import { readTalkingPoints } from '../schema/meeting';
import { readMeetings } from '../schema/meetingIndex';
import type { ConfirmerRole, SummaryConfirmation } from '../schema/meetingSummary';
import { readMeetingRecord, storedConfirmations, type MeetingRecord } from './meetingRecord';

/**
 * The conversations about a goal or plan: the closed one-on-ones whose agenda holds a point
 * brought in from it (the point's source names the item's id). The plan's PDF prints their
 * summaries and confirmations. Pure; private notes are never read (they are another document).
 */

export interface DiscussedItem {
  kind: 'goal' | 'plan';
  id: string;
}

/** Whether the agenda has a point (not removed) brought in from this item. */
export function agendaDiscusses(agenda: Y.Doc, item: DiscussedItem): boolean {
  return readTalkingPoints(agenda).some((p) => p.source?.kind === item.kind && p.source.itemId === item.id);
}

export interface MeetingAboutItem {
  spaceId: string;
  meetingId: string;
  /** The summary's stored confirmations, for main to check before any prints as confirmed. */
  confirmations: (SummaryConfirmation & { role: ConfirmerRole })[];
}

/** The closed meetings of one space that discussed the item, oldest first. */
export async function meetingsAboutItem(
  spaceId: string,
  space: Y.Doc,
  agendaOf: (meetingId: string) => Promise<Y.Doc | null>,
  item: DiscussedItem,
): Promise<MeetingAboutItem[]> {
  const closed = readMeetings(space)
    .filter((m) => m.closedAt !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: MeetingAboutItem[] = [];
  for (const meeting of closed) {
    const agenda = await agendaOf(meeting.id);
    if (!agenda || !agendaDiscusses(agenda, item)) continue;
    out.push({ spaceId, meetingId: meeting.id, confirmations: storedConfirmations(space, meeting.id) });
  }
  return out;
}

/**
 * The records to print for the meetings main was told about, each checked again against its own
 * agenda (a meeting that does not discuss the item, is still open, or is gone is left out), in
 * date order. A confirmation counts only when its signature is among those main checked.
 */
export function conversationRecords(
  meetings: readonly { space: Y.Doc; agenda: Y.Doc; meetingId: string }[],
  item: DiscussedItem,
  signed: ReadonlySet<string>,
): MeetingRecord[] {
  return meetings
    .flatMap(({ space, agenda, meetingId }) => {
      if (!agendaDiscusses(agenda, item)) return [];
      const record = readMeetingRecord(space, agenda, meetingId, (_, c) => signed.has(c.signature));
      return record && record.meeting.closedAt !== null ? [record] : [];
    })
    .sort((a, b) => (a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : 0));
}
