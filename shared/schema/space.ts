import type * as Y from 'yjs';
import { z } from 'zod';
import { isoDateSchema, isRealDate, type IsoDate } from './dates';
import {
  createRecord,
  readMergedRecord,
  readMergedRecords,
  recordMaps,
  setRecordField,
  type RecordMaps,
} from './meetingRecords';

/**
 * A space document (`space:<spaceId>`): what two people share in one relationship. This module
 * owns the parts the one-on-one series needs:
 *
 * - `meta`: schemaVersion, kind "space", spaceId.
 * - `members`: memberId → { name, role }. Each side writes only its own entry (its display name).
 * - `series`: one key per setting (cadence, careerQuarterly, nextDate, time, reminderMinutes),
 *   so two people changing different settings at once both keep theirs.
 * - `meetings` (+ `meetingsFields`): the meeting index, one small record per meeting — date,
 *   whether it is the quarterly career conversation, when and by whom it was closed, and the
 *   text history search looks through. The agenda itself (talking points, shared notes) is in
 *   the meeting's own document (`meeting:<id>`, see meeting.ts), so opening one meeting never
 *   loads the other 250.
 * - `actions` (+ `actionsFields`): every action item of the series, each tagged with the
 *   meeting it belongs to. They live here rather than in each agenda because "all action items
 *   across meetings" and "since last time" must read them without opening every meeting.
 *
 * Consent (whether anything is shared at all) is never stored here: the other person can write
 * to this document. See meetingRecords.ts for how records survive concurrent edits.
 */

export const SPACE_SCHEMA_VERSION = 1;

export const cadenceSchema = z.enum(['weekly', 'biweekly', 'monthly']);
export type Cadence = z.infer<typeof cadenceSchema>;
export const cadenceLabels: Record<Cadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
};

export const memberRoleSchema = z.enum(['employee', 'manager']);
export type MemberRole = z.infer<typeof memberRoleSchema>;

export const memberSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(80),
  role: memberRoleSchema.nullable(),
});
export type Member = z.infer<typeof memberSchema>;

const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 14:30');

export const seriesSettingsSchema = z.object({
  cadence: cadenceSchema,
  /** Every third month one meeting is the career conversation rather than a regular one. */
  careerQuarterly: z.boolean(),
  /** The date of the next meeting, or null before the series has one. */
  nextDate: isoDateSchema.nullable(),
  /** Local time the meeting starts. */
  time: timeOfDaySchema,
  /** How long before the meeting the reminder to add talking points comes; 0 turns it off. */
  reminderMinutes: z
    .number()
    .int()
    .min(0, 'Use 0 to turn the reminder off')
    .max(7 * 24 * 60, 'At most a week before'),
});
export type SeriesSettings = z.infer<typeof seriesSettingsSchema>;

export const defaultSeriesSettings: SeriesSettings = {
  cadence: 'weekly',
  careerQuarterly: true,
  nextDate: null,
  time: '10:00',
  reminderMinutes: 60,
};

export const carriedFromSchema = z.object({
  meetingId: z.string().min(1),
  meetingDate: isoDateSchema,
  recordId: z.string().min(1),
});
export type CarriedFrom = z.infer<typeof carriedFromSchema>;

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

export const actionTextSchema = z
  .string()
  .trim()
  .min(1, 'Write what needs doing')
  .max(500, 'Keep it under 500 characters');

export const actionItemSchema = z.object({
  id: z.string().min(1),
  meetingId: z.string().min(1),
  text: actionTextSchema,
  /** A member id of this space. */
  ownerId: z.string().min(1),
  dueDate: isoDateSchema.nullable(),
  createdAt: z.number().int(),
  createdBy: z.string(),
  doneAt: z.number().int().nullable(),
  carriedFrom: carriedFromSchema.nullable(),
  /** Set on the original when it was carried to the next meeting at close. */
  carriedTo: z.string().nullable(),
  removed: z.boolean(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

const meta = (doc: Y.Doc) => doc.getMap<unknown>('meta');
const members = (doc: Y.Doc) => doc.getMap<unknown>('members');
const series = (doc: Y.Doc) => doc.getMap<unknown>('series');
export const meetingIndex = (doc: Y.Doc): RecordMaps => recordMaps(doc, 'meetings');
export const actionRecords = (doc: Y.Doc): RecordMaps => recordMaps(doc, 'actions');

/** The shared types a view of the space listens to. */
export const spaceObservables = (doc: Y.Doc) => [
  members(doc),
  series(doc),
  meetingIndex(doc).base,
  meetingIndex(doc).fields,
  actionRecords(doc).base,
  actionRecords(doc).fields,
];

/** Stamps a new or older space document; safe to call on every open, by both people. */
export function initSpace(doc: Y.Doc, spaceId: string): void {
  const m = meta(doc);
  if (m.get('schemaVersion') === SPACE_SCHEMA_VERSION && m.get('spaceId') === spaceId) return;
  doc.transact(() => {
    if (typeof m.get('schemaVersion') !== 'number') m.set('schemaVersion', SPACE_SCHEMA_VERSION);
    m.set('kind', 'space');
    m.set('spaceId', spaceId);
  });
}

export function readSpaceId(doc: Y.Doc): string | null {
  const id = meta(doc).get('spaceId');
  return typeof id === 'string' ? id : null;
}

/** Each side writes its own entry: what the other person sees as its name. */
export function setMember(doc: Y.Doc, member: Member): void {
  const valid = memberSchema.parse(member);
  const current = members(doc).get(valid.id);
  if (JSON.stringify(current) === JSON.stringify(valid)) return;
  members(doc).set(valid.id, valid);
}

export function readMembers(doc: Y.Doc): Member[] {
  const out: Member[] = [];
  members(doc).forEach((value) => {
    const parsed = memberSchema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export function readSeriesSettings(doc: Y.Doc): SeriesSettings {
  const out: Record<string, unknown> = { ...defaultSeriesSettings };
  const stored = series(doc);
  for (const key of Object.keys(defaultSeriesSettings) as (keyof SeriesSettings)[]) {
    const field = seriesSettingsSchema.shape[key].safeParse(stored.get(key));
    if (field.success) out[key] = field.data;
  }
  return out as unknown as SeriesSettings;
}

/** Validates the changed settings and writes only those keys; throws before writing if invalid. */
export function updateSeriesSettings(doc: Y.Doc, patch: Partial<SeriesSettings>): void {
  const valid = seriesSettingsSchema.partial().parse(patch);
  doc.transact(() => {
    // A key given as undefined means "leave it", not "clear it".
    for (const [key, value] of Object.entries(valid) as [string, unknown][]) {
      if (value !== undefined && series(doc).get(key) !== value) series(doc).set(key, value);
    }
  });
}

const MEETING_FIELDS = ['date', 'career', 'closedAt', 'closedBy', 'searchText', 'sharedAtClose'] as const;

/*
 * Read-side checks equivalent to the zod schemas (a test holds them together). Opening a
 * meeting reads every meeting and action of the series; under the app's Content-Security-Policy
 * zod cannot compile its validators, and parsing a thousand records through it took a large
 * share of the 100 ms budget. Writes still go through zod.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isInt = (v: unknown): v is number => Number.isInteger(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isDate = (v: unknown): v is string => typeof v === 'string' && ISO_DATE.test(v) && isRealDate(v);

function isCarriedFrom(v: unknown): v is CarriedFrom {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return isId(c.meetingId) && isDate(c.meetingDate) && isId(c.recordId);
}

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

export function isActionItem(v: Record<string, unknown>): v is ActionItem {
  return (
    isId(v.id) &&
    isId(v.meetingId) &&
    isText(v.text) &&
    v.text.trim().length > 0 &&
    v.text.trim().length <= 500 &&
    isId(v.ownerId) &&
    (v.dueDate === null || isDate(v.dueDate)) &&
    isInt(v.createdAt) &&
    isText(v.createdBy) &&
    (v.doneAt === null || isInt(v.doneAt)) &&
    (v.carriedFrom === null || isCarriedFrom(v.carriedFrom)) &&
    (v.carriedTo === null || isText(v.carriedTo)) &&
    typeof v.removed === 'boolean'
  );
}

/** Only the schema's fields, so a record written by a newer version carries no extras along. */
const pick = <K extends string>(v: Record<string, unknown>, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, v[k]])) as Record<K, unknown>;
const MEETING_KEYS = Object.keys(meetingSummarySchema.shape) as (keyof MeetingSummary)[];
const ACTION_KEYS = Object.keys(actionItemSchema.shape) as (keyof ActionItem)[];

function toMeetingSummary(record: Record<string, unknown> | null | undefined): MeetingSummary | null {
  if (!record) return null;
  const value = pick(
    { closedAt: null, closedBy: null, searchText: '', sharedAtClose: [], ...record },
    MEETING_KEYS,
  );
  return isMeetingSummary(value) ? value : null;
}

/** Every meeting, oldest first (by date, then creation). */
export function readMeetings(doc: Y.Doc): MeetingSummary[] {
  const out: MeetingSummary[] = [];
  for (const record of readMergedRecords(meetingIndex(doc)).values()) {
    const summary = toMeetingSummary(record);
    if (summary) out.push(summary);
  }
  return out.sort(compareMeetings);
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

const ACTION_FIELDS = ['text', 'ownerId', 'dueDate', 'doneAt', 'carriedTo', 'removed'] as const;

function toActionItem(record: Record<string, unknown> | null | undefined): ActionItem | null {
  if (!record) return null;
  const value = pick(
    { doneAt: null, carriedFrom: null, carriedTo: null, removed: false, ...record },
    ACTION_KEYS,
  );
  return isActionItem(value) ? value : null;
}

/** Every action item, including removed and carried ones (callers filter), oldest first. */
export function readAllActionItems(doc: Y.Doc): ActionItem[] {
  const out: ActionItem[] = [];
  for (const record of readMergedRecords(actionRecords(doc)).values()) {
    const item = toActionItem(record);
    if (item) out.push(item);
  }
  return out.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

export function readActionItem(doc: Y.Doc, id: string): ActionItem | null {
  return toActionItem(readMergedRecord(actionRecords(doc), id, ACTION_FIELDS));
}

/** The action items a meeting shows: its own, not removed and not carried onwards. */
export function actionItemsOfMeeting(items: readonly ActionItem[], meetingId: string): ActionItem[] {
  return items.filter((a) => a.meetingId === meetingId && !a.removed && a.carriedTo === null);
}

/**
 * What was agreed in a meeting, for its record once closed: every action item created in it (or
 * carried into it) that was not removed, including those carried on to the next meeting.
 */
export function actionItemsAgreedIn(items: readonly ActionItem[], meetingId: string): ActionItem[] {
  return items.filter((a) => a.meetingId === meetingId && !a.removed);
}

export interface NewActionItem {
  id: string;
  meetingId: string;
  text: string;
  ownerId: string;
  dueDate: IsoDate | null;
  createdAt: number;
  createdBy: string;
  carriedFrom?: CarriedFrom | null;
}

/** Validates and adds an action item; throws (writing nothing) for empty text or a bad date. */
export function addActionItem(doc: Y.Doc, item: NewActionItem): boolean {
  const valid = actionItemSchema
    .omit({ doneAt: true, carriedTo: true, removed: true })
    .parse({ carriedFrom: null, ...item });
  return createRecord(actionRecords(doc), valid.id, valid);
}

export interface ActionItemEdit {
  text?: string;
  ownerId?: string;
  dueDate?: IsoDate | null;
  doneAt?: number | null;
  removed?: boolean;
}

export function updateActionItem(doc: Y.Doc, id: string, edit: ActionItemEdit): void {
  const valid = actionItemSchema
    .pick({ text: true, ownerId: true, dueDate: true, doneAt: true, removed: true })
    .partial()
    .parse(edit);
  const maps = actionRecords(doc);
  if (!maps.base.has(id)) throw new Error(`No action item ${id} in this series`);
  doc.transact(() => {
    for (const [field, value] of Object.entries(valid) as [string, unknown][]) {
      if (value !== undefined) setRecordField(maps, id, field, value);
    }
  });
}

export function markActionCarried(doc: Y.Doc, id: string, toMeetingId: string): void {
  setRecordField(actionRecords(doc), id, 'carriedTo', toMeetingId);
}
