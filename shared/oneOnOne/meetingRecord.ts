import type * as Y from 'yjs';
import { actionItemsAgreedIn, readAllActionItems, type ActionItem } from '../schema/actionItems';
import { meetingNotes, readTalkingPoints } from '../schema/meeting';
import { readMeeting, type MeetingSummary } from '../schema/meetingIndex';
import {
  confirmationState,
  readConfirmation,
  readSummaryContent,
  summaryVersion,
  type ConfirmationState,
  type ConfirmerRole,
  type SummaryConfirmation,
} from '../schema/meetingSummary';
import { fragmentToPlainText } from '../schema/richText';
import { readMembers, type Member } from '../schema/spaceMembers';

/**
 * A meeting as it goes onto paper or into an export: what both people share of it (talking
 * points, shared notes, action items, the summary and where each person stands with it), never
 * the private notes, which live in a document this never opens. Pure: the agenda and the space
 * are read, nothing is written. Whether a confirmation's signature checks is decided by main and
 * passed in (`signatureChecks`), since only main holds the keys.
 */

export interface RecordedConfirmation {
  role: ConfirmerRole;
  /** Who: the member with that role, else the name the confirmation carries, else null. */
  name: string | null;
  state: ConfirmationState;
}

export interface MeetingRecord {
  meeting: MeetingSummary;
  members: Member[];
  points: { text: string; authorName: string; discussed: boolean }[];
  /** The shared notes as plain text, one line per block. */
  notes: string[];
  actions: { text: string; ownerName: string; dueDate: string | null; done: boolean }[];
  summary: { discussed: string; agreed: string; version: string; empty: boolean };
  confirmations: RecordedConfirmation[];
}

const ROLES: readonly ConfirmerRole[] = ['employee', 'manager'];

/** Each stored confirmation of a meeting, for main to check before it is shown as confirmed. */
export function storedConfirmations(
  space: Y.Doc,
  meetingId: string,
): (SummaryConfirmation & { role: ConfirmerRole })[] {
  return ROLES.flatMap((role) => {
    const c = readConfirmation(space, meetingId, role);
    return c ? [{ ...c, role }] : [];
  });
}

export function readMeetingRecord(
  space: Y.Doc,
  agenda: Y.Doc,
  meetingId: string,
  signatureChecks: (role: ConfirmerRole, confirmation: SummaryConfirmation) => boolean,
): MeetingRecord | null {
  const meeting = readMeeting(space, meetingId);
  if (!meeting) return null;
  const members = readMembers(space);
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? '';
  const allActions: ActionItem[] = readAllActionItems(space);
  const content = readSummaryContent(agenda, allActions, meetingId);
  const version = summaryVersion(content);
  return {
    meeting,
    members,
    points: readTalkingPoints(agenda)
      .filter((p) => !p.removed)
      .map((p) => ({ text: p.text, authorName: p.authorName, discussed: p.discussed })),
    notes: fragmentToPlainText(meetingNotes(agenda))
      .split('\n')
      .filter((line) => line.trim() !== ''),
    actions: actionItemsAgreedIn(allActions, meetingId).map((a) => ({
      text: a.text,
      ownerName: nameOf(a.ownerId),
      dueDate: a.dueDate,
      done: a.doneAt !== null,
    })),
    summary: {
      discussed: content.discussed,
      agreed: content.agreed,
      version,
      empty: content.discussed.trim() === '' && content.agreed.trim() === '',
    },
    confirmations: ROLES.map((role) => {
      const c = readConfirmation(space, meetingId, role);
      const member = members.find((m) => m.role === role);
      return {
        role,
        name: member?.name ?? c?.name ?? null,
        state: confirmationState(c, c ? signatureChecks(role, c) : null, version),
      };
    }),
  };
}
