import type * as Y from 'yjs';
import type { IsoDate } from '../schema/dates';
import { firstMeetingId } from '../schema/meetingIds';
import { addMeeting, readMeetings, type MeetingSummary } from '../schema/meetingIndex';
import { readSeriesSettings, updateSeriesSettings } from '../schema/seriesSettings';
import { isCareerConversationDue } from './cadence';

/** Which meeting of a series is the current one, and starting a series. Pure over the space doc. */

/** The meeting to open: the earliest one not closed yet, or null when every meeting is closed. */
export function currentMeeting(meetings: readonly MeetingSummary[]): MeetingSummary | null {
  return meetings.find((m) => m.closedAt === null) ?? null;
}

/** Closed meetings, newest first. */
export function pastMeetings(meetings: readonly MeetingSummary[]): MeetingSummary[] {
  return meetings.filter((m) => m.closedAt !== null).reverse();
}

/** The closed meeting just before `meetingId` (what "since last time" looks back to). */
export function previousClosedMeeting(
  meetings: readonly MeetingSummary[],
  meetingId: string,
): MeetingSummary | null {
  const index = meetings.findIndex((m) => m.id === meetingId);
  const earlier = index < 0 ? meetings : meetings.slice(0, index);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const m = earlier[i];
    if (m && m.closedAt !== null) return m;
  }
  return null;
}

/**
 * Creates the series' first meeting (on the chosen date) unless the series has one already. Its
 * id comes from the space, so both people starting the series at once make the same meeting.
 */
export function startSeries(space: Y.Doc, spaceId: string, date: IsoDate, now: number): string {
  const id = firstMeetingId(spaceId);
  const settings = readSeriesSettings(space);
  space.transact(() => {
    if (readMeetings(space).length === 0) {
      addMeeting(space, {
        id,
        date,
        career: isCareerConversationDue(date, settings.careerQuarterly, []),
        previousId: null,
        createdAt: now,
      });
    }
    updateSeriesSettings(space, { nextDate: date });
  });
  return id;
}
