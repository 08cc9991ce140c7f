import type * as Y from 'yjs';
import { z } from 'zod';
import { says } from './validation';
import { carriedFromSchema, type CarriedFrom } from './carriedFrom';
import { defineDocumentType } from './documentType';
import {
  createRecord,
  readMergedRecords,
  recordMaps,
  setRecordField,
  type RecordMaps,
} from './meetingRecords';
import { appendIds, insertIdsAfter, orderedIds, placeId, pointOrderArray } from './pointOrder';

/**
 * The shared agenda of one meeting (`meeting:<meetingId>`, see meetingIds.ts), synced in its
 * space: talking points and the shared notes.
 *
 * - `meta`: schemaVersion, kind "meeting", meetingId, spaceId.
 * - `points` (+ `pointsFields`): talking points (meetingRecords.ts). The base holds who added
 *   it, when, where it was carried from or brought in from; text, discussed and removed are
 *   edited as fields.
 * - `pointOrder`: the points' order, an array of their ids (pointOrder.ts). Version 1 kept a sort
 *   number per point instead (`order`, still written for older copies of the app to read);
 *   `initMeetingDoc` moves an older agenda forward, and until then it reads in its old order.
 * - `notes`: the shared notes, a TipTap XmlFragment co-edited live.
 *
 * Why a document per meeting: a series collects hundreds of meetings, and each can hold long
 * notes. The space document keeps only a small index of them, so opening a meeting loads that
 * index and this one agenda, however long the history.
 */

/** Stamped (and moved forward) when opened, by either person. */
export const meetingType = defineDocumentType({
  kind: 'meeting',
  version: 2,
  migrateUnversioned: true,
  migrations: [
    {
      to: 2,
      why: "The points' order became an array of their ids (pointOrder.ts), so points added at the same moment get distinct places; version 1 kept a sort number per point, which concurrent adds shared.",
      up(doc) {
        const order = pointOrderArray(doc);
        const listed = new Set(orderedIds(order));
        appendIds(
          order,
          allPoints(doc)
            .sort(byLegacyOrder)
            .map((p) => p.id)
            .filter((id) => !listed.has(id)),
        );
      },
    },
  ],
});
export const MEETING_SCHEMA_VERSION = meetingType.version;
export const MAX_POINT_LENGTH = 1000;

export const pointTextSchema = z
  .string()
  .trim()
  .min(1, says('validation.point.empty'))
  .max(MAX_POINT_LENGTH, says('validation.keepPointUnder'));

/**
 * What a point was brought in from: a goal's or plan's progress, or a reflection excerpt. A goal
 * or plan point carries the item's id (`itemId`: an opaque random id, and the person chose to
 * show the item), so the plan's PDF can find the meetings that discussed it. A reflection
 * excerpt never does: a private reflection's id would tell the other person it exists. Points
 * written before ids were kept have none and still parse.
 */
export const pointSourceSchema = z.object({
  kind: z.enum(['goal', 'plan', 'reflection']),
  title: z.string().max(200),
  // A malformed id (from a peer's copy) is dropped, never the point with it.
  itemId: z.string().min(1).max(100).optional().catch(undefined),
});
export type PointSource = z.infer<typeof pointSourceSchema>;

export const talkingPointSchema = z.object({
  id: z.string().min(1),
  text: pointTextSchema,
  authorId: z.string().min(1),
  authorName: z.string().max(80),
  createdAt: z.number().int(),
  /** The version 1 sort number: how agendas were ordered before `pointOrder`. */
  order: z.number(),
  discussed: z.boolean(),
  removed: z.boolean(),
  carriedFrom: carriedFromSchema.nullable(),
  source: pointSourceSchema.nullable(),
});
export type TalkingPoint = z.infer<typeof talkingPointSchema>;

export const pointRecords = (doc: Y.Doc): RecordMaps => recordMaps(doc, 'points');
export const meetingNotes = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment('notes');

/**
 * Stamps the agenda document and moves an older one forward; idempotent, so both people may call
 * it on every open (two concurrent migrations leave each id twice in the order, which reads once).
 */
export function initMeetingDoc(doc: Y.Doc, meetingId: string, spaceId: string): void {
  const meta = meetingType.meta(doc);
  const current = meetingType.storedVersion(doc) >= meetingType.version;
  if (current && meta.get('meetingId') === meetingId && meta.get('spaceId') === spaceId) return;
  doc.transact(() => {
    meetingType.migrate(doc);
    meta.set('kind', meetingType.kind);
    meta.set('meetingId', meetingId);
    meta.set('spaceId', spaceId);
  });
}

function toPoint(record: Record<string, unknown>): TalkingPoint | null {
  const parsed = talkingPointSchema.safeParse({
    order: 0,
    discussed: false,
    removed: false,
    carriedFrom: null,
    source: null,
    ...record,
  });
  return parsed.success ? parsed.data : null;
}

const byLegacyOrder = (a: TalkingPoint, b: TalkingPoint) =>
  a.order - b.order || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every readable point, removed ones included, in no particular order. */
function allPoints(doc: Y.Doc): TalkingPoint[] {
  const out: TalkingPoint[] = [];
  for (const record of readMergedRecords(pointRecords(doc)).values()) {
    const point = toPoint(record);
    if (point) out.push(point);
  }
  return out;
}

/** Every readable point, removed ones included, in agenda order. */
function pointsInOrder(doc: Y.Doc): TalkingPoint[] {
  const byId = new Map(allPoints(doc).map((p) => [p.id, p]));
  const out: TalkingPoint[] = [];
  for (const id of orderedIds(pointOrderArray(doc))) {
    const point = byId.get(id);
    if (!point) continue;
    byId.delete(id);
    out.push(point);
  }
  // Points the order does not list (an agenda not moved forward yet, or a point written by an
  // older copy of the app) follow, by their version 1 sort number: nothing is left out.
  return out.concat([...byId.values()].sort(byLegacyOrder));
}

/** The agenda's talking points in their order, removed ones left out. */
export function readTalkingPoints(doc: Y.Doc): TalkingPoint[] {
  return pointsInOrder(doc).filter((p) => !p.removed);
}

/**
 * The id of the last point (removed ones included) carried from `meetingId`, where points that
 * arrive late from that meeting go; null when there is none.
 */
export function lastPointCarriedFrom(doc: Y.Doc, meetingId: string): string | null {
  const carried = pointsInOrder(doc).filter((p) => p.carriedFrom?.meetingId === meetingId);
  return carried[carried.length - 1]?.id ?? null;
}

export interface NewTalkingPoint {
  id: string;
  text: string;
  authorId: string;
  authorName: string;
  createdAt: number;
  carriedFrom?: CarriedFrom | null;
  source?: PointSource | null;
  /** The version 1 sort number older copies of the app order by; defaults to after the last. */
  order?: number;
}

/**
 * Adds a point — at the end, or right after the point `after` names (at the start for null) —
 * and returns it; throws a ZodError (adding nothing) for empty or overlong text. A point whose
 * id is on the agenda already is left as it is.
 */
export function addTalkingPoint(
  doc: Y.Doc,
  point: NewTalkingPoint,
  placement: { after: string | null } | 'end' = 'end',
): TalkingPoint {
  const legacyLast = Math.max(-1, ...allPoints(doc).map((p) => p.order));
  const valid = talkingPointSchema.omit({ discussed: true, removed: true }).parse({
    carriedFrom: null,
    source: null,
    order: legacyLast + 1,
    ...point,
  });
  doc.transact(() => {
    if (!createRecord(pointRecords(doc), valid.id, valid)) return;
    if (placement === 'end') appendIds(pointOrderArray(doc), [valid.id]);
    else insertIdsAfter(pointOrderArray(doc), placement.after, [valid.id]);
  });
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

/**
 * Moves a point to `toIndex` of the current order (removed points not counted): just before the
 * point now at that place when it moves up, just after the one before it when it moves down.
 * Returns whether the order changed; a point that is gone (the other person removed it a moment
 * ago) or an index outside the list changes nothing.
 */
export function moveTalkingPoint(doc: Y.Doc, id: string, toIndex: number): boolean {
  const points = readTalkingPoints(doc);
  const from = points.findIndex((p) => p.id === id);
  if (from < 0 || toIndex < 0 || toIndex >= points.length || toIndex === from) return false;
  const others = points.filter((p) => p.id !== id);
  const order = pointOrderArray(doc);
  doc.transact(() => {
    // Points an older copy of the app added are not in the array yet; list them as they are shown.
    const listed = new Set(orderedIds(order));
    appendIds(
      order,
      points.map((p) => p.id).filter((pointId) => !listed.has(pointId)),
    );
    const neighbour = toIndex < from ? others[toIndex] : others[toIndex - 1];
    if (!neighbour) return;
    placeId(order, id, toIndex < from ? { before: neighbour.id } : { after: neighbour.id });
  });
  return true;
}

function requirePoint(doc: Y.Doc, id: string): string {
  if (!pointRecords(doc).base.has(id)) throw new Error(`No talking point ${id} on this agenda`);
  return id;
}
