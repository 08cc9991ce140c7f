import type * as Y from 'yjs';
import { z } from 'zod';
import { defineItemType } from './documentType';
import type { Framework, FrameworkTrack } from './framework';
import { LEVEL_MAX, LEVEL_MIN } from './competency';

/**
 * Self-assessment against a career framework (issue 18, point 2). Two kinds of document, so that
 * a rating stays private until its author shares it:
 *
 * - `assessment` (`item:<id>`): the author's own ratings of one person against one track of one
 *   framework, every rating, shared or not. Never offered into a space.
 * - `shared-ratings` (`item:<id>`): only the ratings the author chose to share, copied there one
 *   by one when shared and removed when taken back. This document is what is offered into the
 *   space, like any item, and what the other person sees beside their own.
 *
 * Layout of both: `meta` (frameworkId, trackId plus schemaVersion, kind, id, createdAt,
 * updatedAt; the assessment also names its `sharedId`), and a `ratings` map (competency id →
 * rating as a plain JSON value, replaced whole).
 */

export const assessmentType = defineItemType({ kind: 'assessment', version: 1 });
export const sharedRatingsType = defineItemType({ kind: 'shared-ratings', version: 1 });

export const evidenceLinkSchema = z.object({
  kind: z.enum(['reflection', 'milestone', 'feedback']),
  /** A reflection or feedback note's id; a milestone's as `<planId>/<milestoneId>`. */
  id: z.string().min(1).max(200),
});
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

export const ratingSchema = z.object({
  competencyId: z.string().min(1).max(64),
  levelId: z.string().min(1, 'assessment.problem.levelMissing').max(64),
  note: z.string().trim().max(1000, 'assessment.problem.noteTooLong'),
  evidence: z.array(evidenceLinkSchema).max(20, 'assessment.problem.tooMuchEvidence'),
  ratedAt: z.number().int(),
});
export type Rating = z.infer<typeof ratingSchema>;

/**
 * A rating checked against the framework: its competency must be one of the framework's and its
 * level one of the track's. A level from elsewhere is refused on `levelId`, beside the field.
 */
export function ratingSchemaFor(framework: Framework, trackId: string) {
  const track = framework.tracks.find((t) => t.id === trackId);
  const levelIds = new Set(track?.levels.map((level) => level.id) ?? []);
  const competencyIds = new Set(framework.competencies.map((c) => c.id));
  return ratingSchema.superRefine((rating, ctx) => {
    if (!competencyIds.has(rating.competencyId)) {
      ctx.addIssue({ code: 'custom', message: 'assessment.problem.notInFramework', path: ['competencyId'] });
    }
    if (rating.levelId !== '' && !levelIds.has(rating.levelId)) {
      ctx.addIssue({ code: 'custom', message: 'assessment.problem.levelNotInTrack', path: ['levelId'] });
    }
  });
}

export interface AssessmentHeader {
  id: string;
  frameworkId: string;
  trackId: string;
  createdAt: number;
  updatedAt: number;
}

const ratingsMap = (doc: Y.Doc) => doc.getMap<unknown>('ratings');

function readHeader(
  type: typeof assessmentType | typeof sharedRatingsType,
  doc: Y.Doc,
): AssessmentHeader | null {
  const header = type.readHeader(doc);
  if (!header) return null;
  const frameworkId = type.meta(doc).get('frameworkId');
  const trackId = type.meta(doc).get('trackId');
  if (typeof frameworkId !== 'string' || typeof trackId !== 'string') return null;
  return { ...header, frameworkId, trackId };
}

export const readAssessmentHeader = (doc: Y.Doc) => readHeader(assessmentType, doc);
export const readSharedRatingsHeader = (doc: Y.Doc) => readHeader(sharedRatingsType, doc);

/** The ratings in either document, by competency id; one that does not parse is left out. */
export function readRatings(doc: Y.Doc): Map<string, Rating> {
  const out = new Map<string, Rating>();
  ratingsMap(doc).forEach((value, competencyId) => {
    const parsed = ratingSchema.safeParse(value);
    if (parsed.success && parsed.data.competencyId === competencyId) out.set(competencyId, parsed.data);
  });
  return out;
}

/** The id of the document holding this assessment's shared ratings. */
export function sharedRatingsIdOf(doc: Y.Doc): string | null {
  const id = assessmentType.meta(doc).get('sharedId');
  return typeof id === 'string' ? id : null;
}

export function initAssessment(
  doc: Y.Doc,
  ids: { id: string; sharedId: string },
  about: { frameworkId: string; trackId: string },
  now: number,
): void {
  doc.transact(() => {
    assessmentType.stampItem(doc, ids.id, now);
    const meta = assessmentType.meta(doc);
    meta.set('frameworkId', about.frameworkId);
    meta.set('trackId', about.trackId);
    meta.set('sharedId', ids.sharedId);
    assessmentType.touch(doc, now);
  });
}

export function initSharedRatings(
  doc: Y.Doc,
  id: string,
  about: { frameworkId: string; trackId: string },
  now: number,
): void {
  doc.transact(() => {
    sharedRatingsType.stampItem(doc, id, now);
    sharedRatingsType.meta(doc).set('frameworkId', about.frameworkId);
    sharedRatingsType.meta(doc).set('trackId', about.trackId);
    sharedRatingsType.touch(doc, now);
  });
}

/** Saves one rating, checked against the framework first; nothing is written when it is refused. */
export function saveRating(doc: Y.Doc, framework: Framework, rating: Rating, now: number): void {
  const header = readAssessmentHeader(doc);
  if (!header) throw new Error('This is not an assessment');
  const valid = ratingSchemaFor(framework, header.trackId).parse(rating);
  doc.transact(() => {
    ratingsMap(doc).set(valid.competencyId, valid);
    assessmentType.touch(doc, now);
  });
}

/** Shares one rating: its current value is copied into the shared document. */
export function shareRating(assessment: Y.Doc, shared: Y.Doc, competencyId: string, now: number): void {
  const rating = readRatings(assessment).get(competencyId);
  if (!rating) throw new Error(`No rating of ${competencyId} to share`);
  shared.transact(() => {
    ratingsMap(shared).set(competencyId, rating);
    sharedRatingsType.touch(shared, now);
  });
}

/** Takes a shared rating back: it leaves the shared document (the private one keeps it). */
export function unshareRating(shared: Y.Doc, competencyId: string, now: number): void {
  shared.transact(() => {
    if (!ratingsMap(shared).has(competencyId)) return;
    ratingsMap(shared).delete(competencyId);
    sharedRatingsType.touch(shared, now);
  });
}

/** Whether the shared copy of a rating is the rating as it stands now (else: not shared, or changed since). */
export function sharedState(
  mine: Rating | undefined,
  shared: Rating | undefined,
): 'private' | 'shared' | 'changed' {
  if (!shared) return 'private';
  return JSON.stringify(mine) === JSON.stringify(shared) ? 'shared' : 'changed';
}

export interface ComparedRow {
  competencyId: string;
  name: string;
  mine: number | null;
  theirs: number | null;
  /** Their level minus mine, in levels; null unless both rated it. */
  difference: number | null;
}

/** Both people's ratings of each competency, side by side, as places on the track (1 = its first level). */
export function compareRatings(
  framework: Framework,
  track: FrameworkTrack,
  mine: ReadonlyMap<string, Rating>,
  theirs: ReadonlyMap<string, Rating>,
): ComparedRow[] {
  const rank = (rating: Rating | undefined) => {
    const index = rating ? track.levels.findIndex((level) => level.id === rating.levelId) : -1;
    return index < 0 ? null : index + 1;
  };
  return framework.competencies.map((competency) => {
    const a = rank(mine.get(competency.id));
    const b = rank(theirs.get(competency.id));
    return {
      competencyId: competency.id,
      name: competency.name,
      mine: a,
      theirs: b,
      difference: a !== null && b !== null ? b - a : null,
    };
  });
}

/**
 * A place on a track as a plan's skill-gap level (1–5). A track of up to five levels maps place
 * for place; a longer one is spread evenly over the scale, its first level 1 and its last 5.
 */
export function skillGapLevel(rank: number, levels: number): number {
  if (levels <= LEVEL_MAX - LEVEL_MIN + 1) return Math.min(LEVEL_MAX, Math.max(LEVEL_MIN, rank));
  return Math.round(LEVEL_MIN + ((rank - 1) * (LEVEL_MAX - LEVEL_MIN)) / (levels - 1));
}

/**
 * A difference turned into a plan's skill gap: the competency's name, from the level one stands
 * at now to the level one aims for on the track (on the plan's 1–5 scale), or null when either
 * level is not on the track or the target is below where one stands.
 */
export function skillGapFrom(
  framework: Framework,
  track: FrameworkTrack,
  competencyId: string,
  from: { currentLevelId: string; targetLevelId: string },
): { name: string; competencyId: null; current: number; target: number } | null {
  const competency = framework.competencies.find((c) => c.id === competencyId);
  const current = track.levels.findIndex((level) => level.id === from.currentLevelId) + 1;
  const target = track.levels.findIndex((level) => level.id === from.targetLevelId) + 1;
  if (!competency || current === 0 || target === 0 || target < current) return null;
  return {
    name: competency.name,
    competencyId: null,
    current: skillGapLevel(current, track.levels.length),
    target: skillGapLevel(target, track.levels.length),
  };
}
