import type * as Y from 'yjs';
import { readAllActionItems } from '../schema/actionItems';
import { readMeetings } from '../schema/meetingIndex';
import { readConfirmation, readRecordedVersion } from '../schema/meetingSummary';
import type { PlanSummary } from '../schema/growthIndex';
import { readSeriesSettings } from '../schema/seriesSettings';
import { readMembers } from '../schema/spaceMembers';
import type { DeskSpaceInput, SummaryConfirmations } from './managerDesk';

/**
 * What the desk needs of one space, read from the space document alone: its meeting index,
 * action items, series settings, members and the summary confirmations the index keeps. The
 * meetings' own documents are never opened here (the next agenda's point count comes from the
 * caller, who opens that one document).
 *
 * A confirmation counts when it is for the summary's recorded version. Its signature is checked
 * by main when the meeting is opened; the desk only points at what is still open.
 */
export function readDeskSpace(
  space: Y.Doc,
  options: {
    spaceId: string;
    myMemberId: string;
    /** The name the space list knows the other person by, used until they wrote their own. */
    fallbackName: string;
    nextAgendaPoints: number | null;
    plans: readonly PlanSummary[];
  },
): DeskSpaceInput {
  const meetings = readMeetings(space);
  const summaries: SummaryConfirmations[] = [];
  for (const meeting of meetings) {
    if (meeting.closedAt === null) continue;
    const version = readRecordedVersion(space, meeting.id);
    if (version === null) continue;
    summaries.push({
      meetingId: meeting.id,
      date: meeting.date,
      employeeConfirmed: readConfirmation(space, meeting.id, 'employee')?.version === version,
      managerConfirmed: readConfirmation(space, meeting.id, 'manager')?.version === version,
    });
  }
  const peer = readMembers(space).find((m) => m.id !== options.myMemberId);
  return {
    spaceId: options.spaceId,
    personName: peer?.name ?? options.fallbackName,
    myMemberId: options.myMemberId,
    settings: readSeriesSettings(space),
    meetings,
    actions: readAllActionItems(space),
    summaries,
    nextAgendaPoints: options.nextAgendaPoints,
    plans: options.plans,
  };
}
