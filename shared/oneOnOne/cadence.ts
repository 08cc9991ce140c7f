import { addMonthsClamped } from '../cadence/cadence';
import { addDays, type IsoDate } from '../schema/dates';
import type { MeetingSummary } from '../schema/meetingIndex';
import type { Cadence } from '../schema/seriesSettings';

/**
 * When one-on-ones fall. Dates are local calendar dates (`YYYY-MM-DD`), so a meeting does not
 * move when a time zone or DST changes; the time of day is a series setting. Pure.
 */

export function addCadence(date: IsoDate, cadence: Cadence): IsoDate {
  switch (cadence) {
    case 'weekly':
      return addDays(date, 7);
    case 'biweekly':
      return addDays(date, 14);
    case 'monthly':
      return addMonthsClamped(date, 1);
  }
}

/**
 * The date of the meeting after one held on `lastDate`: one cadence later, rolled forward past
 * dates already gone (a meeting closed three weeks late does not schedule the next one in the
 * past). Monthly steps count from `lastDate` each time, so the 31st stays the month's end.
 */
export function nextMeetingDate(lastDate: IsoDate, cadence: Cadence, today: IsoDate): IsoDate {
  let steps = 1;
  let next = addCadence(lastDate, cadence);
  while (next < today && steps < 1000) {
    steps += 1;
    next =
      cadence === 'monthly'
        ? addMonthsClamped(lastDate, steps)
        : addDays(lastDate, steps * (cadence === 'weekly' ? 7 : 14));
  }
  return next;
}

/**
 * Whether a meeting on `date` should be the quarterly career conversation: the series asks for
 * one and none of the meetings before it in the last three months was one.
 */
export function isCareerConversationDue(
  date: IsoDate,
  careerQuarterly: boolean,
  earlierMeetings: readonly Pick<MeetingSummary, 'date' | 'career'>[],
): boolean {
  if (!careerQuarterly) return false;
  const windowStart = addMonthsClamped(date, -3);
  return !earlierMeetings.some((m) => m.career && m.date > windowStart && m.date < date);
}
