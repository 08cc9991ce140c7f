import type * as Y from 'yjs';
import { z } from 'zod';
import { carriedFromSchema, type CarriedFrom } from './space';
import {
  createRecord,
  orderBetween,
  readMergedRecords,
  recordMaps,
  setRecordField,
  type RecordMaps,
} from './meetingRecords';

/**
 * The shared agenda of one meeting (`meeting:<meetingId>`, see meetingIds.ts), synced in its
 * space: talking points and the shared notes.
 *
 * - `meta`: schemaVersion, kind "meeting", meetingId, spaceId.
 * - `points` (+ `pointsFields`): talking points (meetingRecords.ts). The base holds who added
 *   it, when, where it was carried from or brought in from; text, discussed, order and removed
 *   are edited as fields.
 * - `notes`: the shared notes, a TipTap XmlFragment co-edited live.
 *
 * Why a document per meeting: a series collects hundreds of meetings, and each can hold long
 * notes. The space document keeps only a small index of them, so opening a meeting loads that
 * index and this one agenda, however long the history.
 */

export const MEETING_SCHEMA_VERSION = 1;
export const MAX_POINT_LENGTH = 1000;

export const pointTextSchema = z
  .string()
  .trim()
  .min(1, 'Write the talking point first — an empty one is not added')
  .max(MAX_POINT_LENGTH, `Keep a talking point under ${MAX_POINT_LENGTH.toLocaleString('en')} characters`);

/**
 * What a point was brought in from: a goal's or plan's progress, or a reflection excerpt. No id:
 * the ids of this user's own documents never go into a shared one (a private reflection's id
 * would tell the other person it exists), only what the person chose to show.
 */
export const pointSourceSchema = z.object({
  kind: z.enum(['goal', 'plan', 'reflection']),
  title: z.string().max(200),
});
export type PointSource = z.infer<typeof pointSourceSchema>;

export const talkingPointSchema = z.object({
  id: z.string().min(1),
  text: pointTextSchema,
  authorId: z.string().min(1),
  authorName: z.string().max(80),
  createdAt: z.number().int(),
  order: z.number(),
  discussed: z.boolean(),
  removed: z.boolean(),
  carriedFrom: carriedFromSchema.nullable(),
  source: pointSourceSchema.nullable(),
});
export type TalkingPoint = z.infer<typeof talkingPointSchema>;

const meta = (doc: Y.Doc) => doc.getMap<unknown>('meta');
export const pointRecords = (doc: Y.Doc): RecordMaps => recordMaps(doc, 'points');
export const meetingNotes = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment('notes');

/** Stamps the agenda document; idempotent, so both people may call it on every open. */
export function initMeetingDoc(doc: Y.Doc, meetingId: string, spaceId: string): void {
  const m = meta(doc);
  if (m.get('meetingId') === meetingId && m.get('spaceId') === spaceId) return;
  doc.transact(() => {
    if (typeof m.get('schemaVersion') !== 'number') m.set('schemaVersion', MEETING_SCHEMA_VERSION);
    m.set('kind', 'meeting');
    m.set('meetingId', meetingId);
    m.set('spaceId', spaceId);
  });
}

function toPoint(record: Record<string, unknown>): TalkingPoint | null {
  const parsed = talkingPointSchema.safeParse({
    discussed: false,
    removed: false,
    carriedFrom: null,
    source: null,
    ...record,
  });
  return parsed.success ? parsed.data : null;
}

const byOrder = (a: TalkingPoint, b: TalkingPoint) =>
  a.order - b.order || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The agenda's talking points in their order, removed ones left out. */
export function readTalkingPoints(doc: Y.Doc): TalkingPoint[] {
  const out: TalkingPoint[] = [];
  for (const record of readMergedRecords(pointRecords(doc)).values()) {
    const point = toPoint(record);
    if (point && !point.removed) out.push(point);
  }
  return out.sort(byOrder);
}

export interface NewTalkingPoint {
  id: string;
  text: string;
  authorId: string;
  authorName: string;
  createdAt: number;
  carriedFrom?: CarriedFrom | null;
  source?: PointSource | null;
  /** Defaults to after the last point. */
  order?: number;
}

/** Adds a point at the end; throws a ZodError (adding nothing) for empty or overlong text. */
export function addTalkingPoint(doc: Y.Doc, point: NewTalkingPoint): TalkingPoint {
  const points = readTalkingPoints(doc);
  const last = points[points.length - 1];
  const valid = talkingPointSchema.omit({ discussed: true, removed: true }).parse({
    carriedFrom: null,
    source: null,
    order: orderBetween(last ? last.order : null, null),
    ...point,
  });
  createRecord(pointRecords(doc), valid.id, valid);
  return { ...valid, discussed: false, removed: false };
}

export function editTalkingPoint(doc: Y.Doc, id: string, text: string): void {
  setRecordField(pointRecords(doc), requirePoint(doc, id), 'text', pointTextSchema.parse(text));
}

export function setPointDiscussed(doc: Y.Doc, id: string, discussed: boolean): void {
  setRecordField(pointRecords(doc), requirePoint(doc, id), 'discussed', discussed);
}

export function removeTalkingPoint(doc: Y.Doc, id: string): void {
  setRecordField(pointRecords(doc), requirePoint(doc, id), 'removed', true);
}

/** Puts a point back after removal (Undo). */
export function restoreTalkingPoint(doc: Y.Doc, id: string): void {
  setRecordField(pointRecords(doc), requirePoint(doc, id), 'removed', false);
}

/** Moves a point to `toIndex` of the current order by giving it an order between its new neighbours. */
export function moveTalkingPoint(doc: Y.Doc, id: string, toIndex: number): void {
  const points = readTalkingPoints(doc);
  const from = points.findIndex((p) => p.id === id);
  if (from < 0 || toIndex < 0 || toIndex >= points.length || toIndex === from) return;
  const others = points.filter((p) => p.id !== id);
  const before = others[toIndex - 1];
  const after = others[toIndex];
  setRecordField(
    pointRecords(doc),
    id,
    'order',
    orderBetween(before ? before.order : null, after ? after.order : null),
  );
}

function requirePoint(doc: Y.Doc, id: string): string {
  if (!pointRecords(doc).base.has(id)) throw new Error(`No talking point ${id} on this agenda`);
  return id;
}
