import type * as Y from 'yjs';
import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './dates';
import {
  createRecord,
  readMergedRecord,
  readMergedRecords,
  recordMaps,
  setRecordField,
  type RecordMaps,
} from './meetingRecords';
import { isDate, isId, isInt, isText, readableRecords, recordReader } from './recordChecks';

/**
 * The space's meeting index (`meetings` + `meetingsFields`): one small record per meeting —
 * date, whether it is the quarterly career conversation, when and by whom it was closed, and the
 * text history search looks through. The agenda itself is the meeting's own document
 * (`meeting:<id>`, meeting.ts), so opening one meeting never loads the other 250.
 */

export const MAX_SEARCH_TEXT = 4000;
export const MAX_SHARED_AT_CLOSE = 500;

export const meetingSummarySchema = z.object({
  id: z.string().min(1),
  date: isoDateSchema,
  career: z.boolean(),
  previousId: z.string().min(1).nullable(),
  createdAt: z.number().int(),
  closedAt: z.number().int().nullable(),
  closedBy: z.string().nullable(),
  /** Talking points and notes as plain text, written at close, for history search. */
  searchText: z.string(),
  /**
   * The documents shared in the space when the meeting was closed (ids the space's two members
   * both know already), so the next meeting's "since last time" can say what is newly shared.
   */
  sharedAtClose: z.array(z.string()).max(MAX_SHARED_AT_CLOSE),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const meetingIndex = (doc: Y.Doc): RecordMaps => recordMaps(doc, 'meetings');

const MEETING_FIELDS = ['date', 'career', 'closedAt', 'closedBy', 'searchText', 'sharedAtClose'] as const;
const MEETING_KEYS = Object.keys(meetingSummarySchema.shape) as (keyof MeetingSummary)[];

export function isMeetingSummary(v: Record<string, unknown>): v is MeetingSummary {
  return (
    isId(v.id) &&
    isDate(v.date) &&
    typeof v.career === 'boolean' &&
    (v.previousId === null || isId(v.previousId)) &&
    isInt(v.createdAt) &&
    (v.closedAt === null || isInt(v.closedAt)) &&
    (v.closedBy === null || isText(v.closedBy)) &&
    isText(v.searchText) &&
    Array.isArray(v.sharedAtClose) &&
    v.sharedAtClose.length <= MAX_SHARED_AT_CLOSE &&
    v.sharedAtClose.every(isText)
  );
}

const toMeetingSummary = recordReader<MeetingSummary>(
  { closedAt: null, closedBy: null, searchText: '', sharedAtClose: [] },
  MEETING_KEYS,
  isMeetingSummary,
);

/** Every meeting, oldest first (by date, then creation). */
export function readMeetings(doc: Y.Doc): MeetingSummary[] {
  return readableRecords(readMergedRecords(meetingIndex(doc)).values(), toMeetingSummary).sort(
    compareMeetings,
  );
}

export function compareMeetings(a: MeetingSummary, b: MeetingSummary): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function readMeeting(doc: Y.Doc, meetingId: string): MeetingSummary | null {
  return toMeetingSummary(readMergedRecord(meetingIndex(doc), meetingId, MEETING_FIELDS));
}

export interface NewMeeting {
  id: string;
  date: IsoDate;
  career: boolean;
  previousId: string | null;
  createdAt: number;
}

/** Adds a meeting to the index unless it is there already; true when it added it. */
export function addMeeting(doc: Y.Doc, meeting: NewMeeting): boolean {
  const valid = meetingSummarySchema
    .pick({ id: true, date: true, career: true, previousId: true, createdAt: true })
    .parse(meeting);
  return createRecord(meetingIndex(doc), valid.id, valid);
}

export function setMeetingDate(doc: Y.Doc, meetingId: string, date: IsoDate): void {
  setRecordField(meetingIndex(doc), meetingId, 'date', isoDateSchema.parse(date));
}

export function setMeetingCareer(doc: Y.Doc, meetingId: string, career: boolean): void {
  setRecordField(meetingIndex(doc), meetingId, 'career', career);
}

export function markMeetingClosed(
  doc: Y.Doc,
  meetingId: string,
  closedBy: string,
  closedAt: number,
  searchText: string,
  sharedAtClose: readonly string[] = [],
): void {
  const index = meetingIndex(doc);
  doc.transact(() => {
    setRecordField(index, meetingId, 'closedAt', closedAt);
    setRecordField(index, meetingId, 'closedBy', closedBy);
    setRecordField(index, meetingId, 'searchText', searchText.slice(0, MAX_SEARCH_TEXT));
    setRecordField(index, meetingId, 'sharedAtClose', sharedAtClose.slice(0, MAX_SHARED_AT_CLOSE));
  });
}
