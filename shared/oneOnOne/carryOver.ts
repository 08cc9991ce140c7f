import type * as Y from 'yjs';
import type { IsoDate } from '../schema/dates';
import {
  addTalkingPoint,
  initMeetingDoc,
  lastPointCarriedFrom,
  meetingNotes,
  pointRecords,
  readTalkingPoints,
  type TalkingPoint,
} from '../schema/meeting';
import { hasRecord } from '../schema/meetingRecords';
import { carriedRecordId, successorMeetingId } from '../schema/meetingIds';
import { fragmentTextPreview } from '../schema/richText';
import {
  actionItemsOfMeeting,
  addActionItem,
  markActionCarried,
  readAllActionItems,
  type ActionItem,
} from '../schema/actionItems';
import {
  addMeeting,
  markMeetingClosed,
  readMeeting,
  readMeetings,
  MAX_SEARCH_TEXT,
  type MeetingSummary,
} from '../schema/meetingIndex';
import { readSeriesSettings, updateSeriesSettings } from '../schema/seriesSettings';
import { isCareerConversationDue, nextMeetingDate } from './cadence';

/**
 * Closing a meeting, and carrying what is still open to the next one.
 *
 * It happens at close, exactly once, even when both people close the same meeting at the same
 * moment on two machines: everything written has an id derived from the closed meeting (the
 * next meeting is `successorMeetingId(M)`, a carried point or action is `carriedRecordId(M,
 * original)`), and records are created only if absent (meetingRecords.ts). Two concurrent closes
 * therefore write the same keys, and once their updates meet each key holds one record: one
 * next meeting, one copy of each carried point and action. A close that already sees the meeting
 * closed does nothing.
 *
 * The caller opens the next meeting's agenda document (`meetingDocId(successorMeetingId(M))`)
 * before calling, because carried points are written into it.
 */

export interface CloseMeetingInput {
  space: Y.Doc;
  spaceId: string;
  /** The agenda document of the meeting being closed. */
  agenda: Y.Doc;
  /** The agenda document of the meeting after it (see `successorMeetingId`). */
  nextAgenda: Y.Doc;
  meetingId: string;
  /** Member id of the person closing it. */
  closedBy: string;
  now: number;
  /** The closer's local calendar date, for scheduling the next meeting in the future. */
  today: IsoDate;
  /** Ids of the documents shared in the space now (see `MeetingSummary.sharedAtClose`). */
  sharedItemIds?: readonly string[];
}

export interface CloseMeetingResult {
  /** False when the meeting was already closed (nothing was written). */
  closed: boolean;
  nextMeetingId: string;
  nextMeetingCreated: boolean;
  carriedPoints: number;
  carriedActions: number;
}

export class MeetingNotFoundError extends Error {
  constructor(meetingId: string) {
    super(`There is no meeting ${meetingId} in this series`);
    this.name = 'MeetingNotFoundError';
  }
}

/** Plain text of an agenda for history search: points first, then the start of the notes. */
export function agendaSearchText(agenda: Y.Doc): string {
  const points = readTalkingPoints(agenda)
    .map((p) => p.text)
    .join('\n');
  const room = Math.max(0, MAX_SEARCH_TEXT - points.length - 1);
  return `${points}\n${fragmentTextPreview(meetingNotes(agenda), room)}`.trim();
}

/** The open points of a closed agenda, in their order: what carries over. */
export const openPoints = (agenda: Y.Doc): TalkingPoint[] =>
  readTalkingPoints(agenda).filter((p) => !p.discussed);

/** The undone actions of a meeting among `items`: what carries over. */
export const undoneActionsOf = (items: readonly ActionItem[], meetingId: string): ActionItem[] =>
  actionItemsOfMeeting(items, meetingId).filter((a) => a.doneAt === null);

/** The undone actions of a meeting: what carries over. */
export const undoneActions = (space: Y.Doc, meetingId: string): ActionItem[] =>
  undoneActionsOf(readAllActionItems(space), meetingId);

/**
 * The date of the meeting after `meeting`, as closing it would set it: the next meeting's own date
 * when it exists, else the series' next date if that is later, else the next one by the cadence
 * after `today`. What the close dialog announces and what closing writes are the same.
 */
export function dateOfNextMeeting(space: Y.Doc, meeting: MeetingSummary, today: IsoDate): IsoDate {
  const existing = readMeeting(space, successorMeetingId(meeting.id));
  if (existing) return existing.date;
  const settings = readSeriesSettings(space);
  return settings.nextDate !== null && settings.nextDate > meeting.date
    ? settings.nextDate
    : nextMeetingDate(meeting.date, settings.cadence, today);
}

export function closeMeeting(input: CloseMeetingInput): CloseMeetingResult {
  const { space, spaceId, agenda, nextAgenda, meetingId, closedBy, now, today } = input;
  const meeting = readMeeting(space, meetingId);
  if (!meeting) throw new MeetingNotFoundError(meetingId);
  const nextMeetingId = successorMeetingId(meetingId);
  const result: CloseMeetingResult = {
    closed: false,
    nextMeetingId,
    nextMeetingCreated: false,
    carriedPoints: 0,
    carriedActions: 0,
  };
  if (meeting.closedAt !== null) return result;
  result.closed = true;

  const settings = readSeriesSettings(space);
  const from = { meetingId, meetingDate: meeting.date };
  const points = openPoints(agenda);
  const actions = undoneActions(space, meetingId);

  // Carried points go before anything already added to the next agenda, in their old order.
  nextAgenda.transact(() => {
    initMeetingDoc(nextAgenda, nextMeetingId, spaceId);
    result.carriedPoints = carryPoints(
      nextAgenda,
      points,
      from,
      null,
      (index) => index - points.length - 1_000_000,
    );
  });

  space.transact(() => {
    const existing = readMeeting(space, nextMeetingId);
    const nextDate = dateOfNextMeeting(space, meeting, today);
    if (!existing) {
      const earlier = readMeetings(space).filter((m) => m.date < nextDate);
      result.nextMeetingCreated = addMeeting(space, {
        id: nextMeetingId,
        date: nextDate,
        career: isCareerConversationDue(nextDate, settings.careerQuarterly, earlier),
        previousId: meetingId,
        createdAt: now,
      });
    }
    if (settings.nextDate === null || settings.nextDate <= meeting.date) {
      updateSeriesSettings(space, { nextDate });
    }
    result.carriedActions = carryActions(space, actions, from, nextMeetingId);
    markMeetingClosed(space, meetingId, closedBy, now, agendaSearchText(agenda), input.sharedItemIds ?? []);
  });
  return result;
}

type CarriedOrigin = { meetingId: string; meetingDate: IsoDate };

/**
 * Writes each point into the next agenda under its derived id (once), in their old order, right
 * after the point `after` names (at the start for null); returns how many were new. `legacyOrder`
 * gives the version 1 sort number older copies of the app place them by.
 */
function carryPoints(
  nextAgenda: Y.Doc,
  points: readonly TalkingPoint[],
  from: CarriedOrigin,
  after: string | null,
  legacyOrder: (index: number) => number,
): number {
  let carried = 0;
  let previous = after;
  points.forEach((point, index) => {
    const id = carriedRecordId(from.meetingId, point.id);
    const place = { after: previous };
    previous = id;
    if (hasRecord(pointRecords(nextAgenda), id)) return;
    addTalkingPoint(
      nextAgenda,
      {
        id,
        text: point.text,
        authorId: point.authorId,
        authorName: point.authorName,
        createdAt: point.createdAt,
        source: point.source,
        carriedFrom: { ...from, recordId: point.carriedFrom?.recordId ?? point.id },
        order: legacyOrder(index),
      },
      place,
    );
    carried += 1;
  });
  return carried;
}

/** Copies each action to the next meeting under its derived id (once) and marks the original. */
function carryActions(
  space: Y.Doc,
  actions: readonly ActionItem[],
  from: CarriedOrigin,
  nextMeetingId: string,
): number {
  let carried = 0;
  for (const action of actions) {
    const created = addActionItem(space, {
      id: carriedRecordId(from.meetingId, action.id),
      meetingId: nextMeetingId,
      text: action.text,
      ownerId: action.ownerId,
      dueDate: action.dueDate,
      createdAt: action.createdAt,
      createdBy: action.createdBy,
      carriedFrom: { ...from, recordId: action.carriedFrom?.recordId ?? action.id },
    });
    markActionCarried(space, action.id, nextMeetingId);
    if (created) carried += 1;
  }
  return carried;
}

export interface LateArrivalsInput {
  space: Y.Doc;
  spaceId: string;
  /** The agenda of the closed meeting. */
  agenda: Y.Doc;
  /** The agenda of the meeting after it. */
  nextAgenda: Y.Doc;
  meetingId: string;
}

/**
 * Carries what reached a meeting after it was closed: a talking point or action item the other
 * person added at the moment this side closed it arrives only once the two sync, and would
 * otherwise stay behind, open, in a closed meeting. Whoever has both agendas open runs this
 * (the app does whenever the next meeting is shown); the derived ids make it idempotent and let
 * both people run it at once. A point already carried and then removed in the next meeting is
 * not brought back. Returns how many points and actions it carried.
 */
export function carryLateArrivals(input: LateArrivalsInput): { points: number; actions: number } {
  const { space, spaceId, agenda, nextAgenda, meetingId } = input;
  const meeting = readMeeting(space, meetingId);
  if (!meeting || meeting.closedAt === null) return { points: 0, actions: 0 };
  const from = { meetingId, meetingDate: meeting.date };
  const nextMeetingId = successorMeetingId(meetingId);
  const missingPoints = openPoints(agenda).filter(
    (p) => !hasRecord(pointRecords(nextAgenda), carriedRecordId(meetingId, p.id)),
  );
  const missingActions = undoneActions(space, meetingId);
  let points = 0;
  let actions = 0;
  if (missingPoints.length > 0) {
    nextAgenda.transact(() => {
      initMeetingDoc(nextAgenda, nextMeetingId, spaceId);
      // After the points carried at close, before anything added to the next meeting since.
      const after = lastPointCarriedFrom(nextAgenda, meetingId);
      points = carryPoints(nextAgenda, missingPoints, from, after, (index) => index - 900_000);
    });
  }
  if (missingActions.length > 0 && readMeeting(space, nextMeetingId)) {
    space.transact(() => {
      actions = carryActions(space, missingActions, from, nextMeetingId);
    });
  }
  return { points, actions };
}
