import type * as Y from 'yjs';
import { z } from 'zod';
import { defineItemType } from './documentType';

/**
 * A career framework (`item:<id>`, kind "framework", issue 18 point 1): tracks such as individual
 * contributor and management, levels per track with a role description, and competencies with
 * what each level looks like. A manager brings it and offers it into spaces like any item; one
 * document offered to many spaces is updated once and reaches all of them.
 *
 * Layout: `meta` (title, description plus schemaVersion, kind, id, createdAt, updatedAt), and
 * two Y.Arrays of plain records, `tracks` (each with its levels in order) and `competencies`
 * (each with its expectation per level id). Only its author edits it (the receiving side takes
 * no change in: electron/main/sharingLogic/spaceConsent.ts), so a save replaces the lists whole.
 *
 * Problems are message ids (`framework.problem.*`): the form says them in the person's language.
 */

export const frameworkType = defineItemType({ kind: 'framework', version: 1 });

export const FRAMEWORK_LIMITS = {
  tracks: 6,
  levelsPerTrack: 12,
  competencies: 60,
  name: 80,
  title: 200,
  description: 1000,
  expectation: 1000,
} as const;

const id = z.string().min(1).max(64);
const name = z
  .string()
  .trim()
  .min(1, 'framework.problem.nameMissing')
  .max(FRAMEWORK_LIMITS.name, 'framework.problem.nameTooLong');
const longText = z.string().trim().max(FRAMEWORK_LIMITS.description, 'framework.problem.textTooLong');

export const frameworkLevelSchema = z.object({ id, name, description: longText });
export type FrameworkLevel = z.infer<typeof frameworkLevelSchema>;

/** Names that must be unique in a list, compared as a person reads them (case and spaces aside). */
const nameKey = (value: string) => value.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

function refineUniqueNames(
  list: readonly { name: string }[],
  ctx: z.RefinementCtx,
  message: string,
  prefix: (string | number)[] = [],
): void {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const key = nameKey(entry.name);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', message, path: [...prefix, index, 'name'] });
    seen.add(key);
  });
}

export const frameworkTrackSchema = z
  .object({
    id,
    name,
    levels: z
      .array(frameworkLevelSchema)
      .min(1, 'framework.problem.noLevels')
      .max(FRAMEWORK_LIMITS.levelsPerTrack, 'framework.problem.tooManyLevels'),
  })
  .superRefine((track, ctx) =>
    refineUniqueNames(track.levels, ctx, 'framework.problem.duplicateLevel', ['levels']),
  );
export type FrameworkTrack = z.infer<typeof frameworkTrackSchema>;

export const frameworkCompetencySchema = z.object({
  id,
  name,
  /** What the competency looks like at each level, by level id; a level without one says nothing. */
  expectations: z.record(
    id,
    z.string().trim().max(FRAMEWORK_LIMITS.expectation, 'framework.problem.textTooLong'),
  ),
});
export type FrameworkCompetency = z.infer<typeof frameworkCompetencySchema>;

/** What the framework editor and the importers save, all at once or not at all. */
export const frameworkContentSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'framework.problem.titleMissing')
      .max(FRAMEWORK_LIMITS.title, 'framework.problem.titleTooLong'),
    description: longText,
    tracks: z
      .array(frameworkTrackSchema)
      .min(1, 'framework.problem.noTracks')
      .max(FRAMEWORK_LIMITS.tracks, 'framework.problem.tooManyTracks'),
    competencies: z
      .array(frameworkCompetencySchema)
      .max(FRAMEWORK_LIMITS.competencies, 'framework.problem.tooManyCompetencies'),
  })
  .superRefine((content, ctx) => {
    refineUniqueNames(content.tracks, ctx, 'framework.problem.duplicateTrack', ['tracks']);
    refineUniqueNames(content.competencies, ctx, 'framework.problem.duplicateCompetency', ['competencies']);
    const levelIds = new Set<string>();
    for (const track of content.tracks) for (const level of track.levels) levelIds.add(level.id);
    if (levelIds.size !== content.tracks.reduce((n, t) => n + t.levels.length, 0)) {
      ctx.addIssue({ code: 'custom', message: 'framework.problem.duplicateLevelId', path: ['tracks'] });
    }
  });
export type FrameworkContent = z.infer<typeof frameworkContentSchema>;

export interface Framework extends FrameworkContent {
  id: string;
  createdAt: number;
  updatedAt: number;
}

const meta = (doc: Y.Doc) => frameworkType.meta(doc);
const tracksList = (doc: Y.Doc) => doc.getArray<unknown>('tracks');
const competenciesList = (doc: Y.Doc) => doc.getArray<unknown>('competencies');

/** Records that do not parse (a newer Tandem's) are left out of what is shown, never deleted. */
function readRecords<T>(list: Y.Array<unknown>, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  for (const value of list.toArray()) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export function readFramework(doc: Y.Doc): Framework | null {
  const header = frameworkType.readHeader(doc);
  if (!header) return null;
  const title = meta(doc).get('title');
  const description = meta(doc).get('description');
  if (typeof title !== 'string') return null;
  return {
    ...header,
    title,
    description: typeof description === 'string' ? description : '',
    tracks: readRecords(tracksList(doc), frameworkTrackSchema),
    competencies: readRecords(competenciesList(doc), frameworkCompetencySchema),
  };
}

/** Creates a framework from checked content in an empty document, in one transaction. */
export function initFramework(doc: Y.Doc, frameworkId: string, content: FrameworkContent, now: number): void {
  const valid = frameworkContentSchema.parse(content);
  doc.transact(() => {
    frameworkType.stampItem(doc, frameworkId, now);
    writeContent(doc, valid, now);
  });
}

/** Saves edited content in one transaction; invalid content throws before anything is written. */
export function updateFramework(doc: Y.Doc, content: FrameworkContent, now: number): void {
  const valid = frameworkContentSchema.parse(content);
  doc.transact(() => writeContent(doc, valid, now));
}

function replaceIfChanged(list: Y.Array<unknown>, records: readonly unknown[]): void {
  if (JSON.stringify(list.toArray()) === JSON.stringify(records)) return;
  list.delete(0, list.length);
  list.push([...records]);
}

function writeContent(doc: Y.Doc, content: FrameworkContent, now: number): void {
  meta(doc).set('title', content.title);
  meta(doc).set('description', content.description);
  replaceIfChanged(tracksList(doc), content.tracks);
  replaceIfChanged(competenciesList(doc), content.competencies);
  frameworkType.touch(doc, now);
}

/** A level's place in its track (1 for the first), or null when the track has no such level. */
export function levelRank(track: FrameworkTrack, levelId: string): number | null {
  const index = track.levels.findIndex((level) => level.id === levelId);
  return index < 0 ? null : index + 1;
}
