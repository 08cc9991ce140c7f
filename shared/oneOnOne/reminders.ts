import { instantAt } from '../cadence/zonedTime';
import type { Reminder } from '../cadence/reminderSchemas';
import type { MeetingSummary } from '../schema/meetingIndex';
import type { SeriesSettings } from '../schema/seriesSettings';

/**
 * The reminder before a one-on-one: a configurable time before it starts, to add talking points
 * while there is still time. One per space, for its next open meeting (or the series' next date
 * before the series has meetings). Pure; the renderer adds it to what it syncs to main.
 */

const PREFIX = 'one-on-one:';
export const oneOnOneReminderId = (spaceId: string): string => `${PREFIX}${spaceId}`;

export function oneOnOneReminderSpaceId(reminderId: string): string | null {
  return reminderId.startsWith(PREFIX) && reminderId.length > PREFIX.length
    ? reminderId.slice(PREFIX.length)
    : null;
}

export interface OneOnOneReminderInput {
  spaceId: string;
  /** The other person's name, for the notification's title. */
  peerName: string;
  settings: SeriesSettings;
  /** The next open meeting, if the series has one. */
  nextMeeting: Pick<MeetingSummary, 'date' | 'career'> | null;
  timeZone: string;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export function oneOnOneReminder(input: OneOnOneReminderInput): Reminder | null {
  const { settings, nextMeeting, timeZone } = input;
  const date = nextMeeting?.date ?? settings.nextDate;
  if (date === null || settings.reminderMinutes === 0) return null;
  const startsAt = instantAt(date, settings.time, timeZone);
  const kind = nextMeeting?.career ? 'career conversation' : 'one-on-one';
  return {
    id: oneOnOneReminderId(input.spaceId),
    title: clip(`Your ${kind} with ${input.peerName || 'your partner'} is at ${settings.time}`, 200),
    body: 'Add the talking points you want to cover while there is still time.',
    dueAt: Math.max(0, startsAt - settings.reminderMinutes * 60_000),
    rhythm: settings.cadence,
    atTime: true,
  };
}
