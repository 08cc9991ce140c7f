import type * as Y from 'yjs';
import { z } from 'zod';
import { says } from './validation';
import { carriedFromSchema, isCarriedFrom, type CarriedFrom } from './carriedFrom';
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
 * The series' action items (`actions` + `actionsFields` of the space document), each tagged with
 * the meeting it belongs to. They live in the space rather than in each agenda because "all
 * action items across meetings" and "since last time" must read them without opening every
 * meeting.
 */

export const actionTextSchema = z
  .string()
  .trim()
  .min(1, says('validation.action.empty'))
  .max(500, says('validation.keepItUnder'));

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

export const actionRecords = (doc: Y.Doc): RecordMaps => recordMaps(doc, 'actions');

const ACTION_KEYS = Object.keys(actionItemSchema.shape) as (keyof ActionItem)[];

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

const ACTION_FIELDS = ['text', 'ownerId', 'dueDate', 'doneAt', 'carriedTo', 'removed'] as const;

const toActionItem = recordReader<ActionItem>(
  { doneAt: null, carriedFrom: null, carriedTo: null, removed: false },
  ACTION_KEYS,
  isActionItem,
);

/** Every action item, including removed and carried ones (callers filter), oldest first. */
export function readAllActionItems(doc: Y.Doc): ActionItem[] {
  return readableRecords(readMergedRecords(actionRecords(doc)).values(), toActionItem).sort(
    (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
  );
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
