import type * as Y from 'yjs';
import { z } from 'zod';
import { says } from './validation';
import { isoDateSchema, isRealDate } from './dates';
import { levelSchema } from './competency';
import { defineItemType } from './documentType';
import { moveRecord, removeRecord, upsertRecord, type WithId } from './records';
import { rhythmSchema } from './vault';

/**
 * A development plan (`item:<id>`, kind "plan"): skill gaps, learning activities, milestones,
 * supporters and what success looks like at each stage. Layout: `meta` map (the details below
 * plus schemaVersion, kind, id, createdAt, updatedAt, lastReviewedAt) and one Y.Array of plain
 * records per list (see records.ts). Its index record is in the vault's `plans` map.
 */

export const planType = defineItemType({ kind: 'plan', version: 1 });
export const PLAN_SCHEMA_VERSION = planType.version;

const id = z.string().min(1);
const shortText = (what: 'plan' | 'activity' | 'milestone', max = 200) =>
  z
    .string()
    .trim()
    .min(1, says(`validation.${what}.title`))
    .max(max, says('validation.keepItUnder'));
const longText = z.string().trim().max(4000, says('validation.keepThisUnder'));

export const planStatusSchema = z.enum(['active', 'paused', 'completed']);
export type PlanStatus = z.infer<typeof planStatusSchema>;

export const planDetailsSchema = z.object({
  title: shortText('plan'),
  goalId: z.string().min(1).nullable(),
  status: planStatusSchema,
  reviewCadence: rhythmSchema.nullable(),
});
export type PlanDetails = z.infer<typeof planDetailsSchema>;

export const skillGapSchema = z
  .object({
    id,
    name: z.string().trim().min(1, says('validation.skill.name')).max(80, says('validation.keepItUnder')),
    competencyId: z.string().min(1).nullable(),
    current: levelSchema,
    target: levelSchema,
  })
  .refine((gap) => gap.target >= gap.current, {
    message: says('validation.level.targetBelow'),
    path: ['target'],
  });
export type SkillGap = z.infer<typeof skillGapSchema>;

export const activityKindSchema = z.enum([
  'stretch-assignment',
  'mentoring',
  'training',
  'lateral-move',
  'project',
  'shadowing',
  'reading',
]);
export type ActivityKind = z.infer<typeof activityKindSchema>;
export const activityKindLabels: Record<ActivityKind, string> = {
  'stretch-assignment': 'Stretch assignment',
  mentoring: 'Mentoring',
  training: 'Formal training or course',
  'lateral-move': 'Lateral move or rotation',
  project: 'Project',
  shadowing: 'Shadowing',
  reading: 'Reading or self-study',
};

export const resourceSchema = z.object({
  label: z.string().trim().max(200, says('validation.keepItUnder')),
  url: z
    .string()
    .trim()
    .max(2000, says('validation.linkTooLong'))
    .refine((u) => u === '' || /^https?:\/\/[^\s]+$/i.test(u), {
      message: says('validation.linkScheme'),
    }),
});
export type Resource = z.infer<typeof resourceSchema>;

export const activityStatusSchema = z.enum(['planned', 'in-progress', 'done']);
export const activitySchema = z.object({
  id,
  kind: activityKindSchema,
  title: shortText('activity'),
  notes: longText,
  resources: z.array(resourceSchema).max(20, says('validation.atMostResources')),
  status: activityStatusSchema,
});
export type Activity = z.infer<typeof activitySchema>;

export const milestoneStatusSchema = z.enum(['not-started', 'in-progress', 'done', 'blocked']);
export type MilestoneStatus = z.infer<typeof milestoneStatusSchema>;
export const milestoneStatusLabels: Record<MilestoneStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
};

export const ownerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('me') }),
  z.object({ kind: z.literal('manager') }),
  z.object({
    kind: z.literal('person'),
    name: z.string().trim().min(1, says('validation.owner.name')).max(80),
  }),
]);
export type Owner = z.infer<typeof ownerSchema>;

export const milestoneSchema = z
  .object({
    id,
    title: shortText('milestone'),
    owner: ownerSchema,
    startDate: isoDateSchema.nullable(),
    dueDate: isoDateSchema,
    status: milestoneStatusSchema,
    successCriterion: z.string().trim().max(1000, says('validation.keepItUnder')),
    evidence: longText,
    /** When it was marked done (ms); null otherwise. */
    completedAt: z.number().int().nullable(),
  })
  // Only compares two real dates: zod 4 runs this even when a date failed its own check.
  .refine(
    (m) =>
      m.startDate === null || !isRealDate(m.startDate) || !isRealDate(m.dueDate) || m.startDate <= m.dueDate,
    {
      message: says('validation.date.dueBeforeStart'),
      path: ['dueDate'],
    },
  );
export type Milestone = z.infer<typeof milestoneSchema>;

export const supporterRoleSchema = z.enum(['mentor', 'sponsor', 'manager', 'coach', 'peer']);
export const supporterSchema = z.object({
  id,
  name: z.string().trim().min(1, says('validation.supporter.name')).max(80, says('validation.keepItUnder')),
  role: supporterRoleSchema,
  howTheyHelp: z.string().trim().max(500, says('validation.keepItUnder')),
});
export type Supporter = z.infer<typeof supporterSchema>;

export const successStageSchema = z.object({
  id,
  stage: z.string().trim().min(1, says('validation.stage.name')).max(80),
  description: z.string().trim().min(1, says('validation.stage.description')).max(1000),
});
export type SuccessStage = z.infer<typeof successStageSchema>;

export interface Plan extends PlanDetails {
  id: string;
  createdAt: number;
  updatedAt: number;
  lastReviewedAt: number | null;
  skillGaps: SkillGap[];
  activities: Activity[];
  milestones: Milestone[];
  supporters: Supporter[];
  successStages: SuccessStage[];
}

const meta = (doc: Y.Doc) => planType.meta(doc);
export const planLists = {
  skillGaps: (doc: Y.Doc) => doc.getArray<SkillGap>('skillGaps'),
  activities: (doc: Y.Doc) => doc.getArray<Activity>('activities'),
  milestones: (doc: Y.Doc) => doc.getArray<Milestone>('milestones'),
  supporters: (doc: Y.Doc) => doc.getArray<Supporter>('supporters'),
  successStages: (doc: Y.Doc) => doc.getArray<SuccessStage>('successStages'),
};

/** Records that fail validation (e.g. written by a newer version) are skipped, not dropped. */
function readList<T>(list: Y.Array<T>, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  for (const value of list.toArray()) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** The schema version a plan document was written with (0 for none). */
export function planSchemaVersion(doc: Y.Doc): number {
  return planType.storedVersion(doc);
}

/** The plan's title as stored, whatever its version (for naming a plan this version cannot read). */
export function storedPlanTitle(doc: Y.Doc): string {
  const title = meta(doc).get('title');
  return typeof title === 'string' ? title : 'This plan';
}

export function readPlan(doc: Y.Doc): Plan | null {
  const header = planType.readHeader(doc);
  if (!header) return null;
  const details = planDetailsSchema.safeParse(meta(doc).toJSON());
  if (!details.success) return null;
  const lastReviewedAt = meta(doc).get('lastReviewedAt');
  return {
    ...details.data,
    ...header,
    lastReviewedAt: typeof lastReviewedAt === 'number' ? lastReviewedAt : null,
    skillGaps: readList(planLists.skillGaps(doc), skillGapSchema),
    activities: readList(planLists.activities(doc), activitySchema),
    milestones: readList(planLists.milestones(doc), milestoneSchema),
    supporters: readList(planLists.supporters(doc), supporterSchema),
    successStages: readList(planLists.successStages(doc), successStageSchema),
  };
}

export function initPlan(doc: Y.Doc, planId: string, details: PlanDetails, now: number): void {
  const valid = planDetailsSchema.parse(details);
  doc.transact(() => {
    planType.stampItem(doc, planId, now);
    meta(doc).set('lastReviewedAt', null);
    writeDetails(doc, valid, now);
  });
}

export function updatePlanDetails(doc: Y.Doc, details: PlanDetails, now: number): void {
  const valid = planDetailsSchema.parse(details);
  doc.transact(() => writeDetails(doc, valid, now));
}

function writeDetails(doc: Y.Doc, details: PlanDetails, now: number): void {
  const m = meta(doc);
  m.set('title', details.title);
  m.set('goalId', details.goalId);
  m.set('status', details.status);
  m.set('reviewCadence', details.reviewCadence);
  planType.touch(doc, now);
}

export function markPlanReviewed(doc: Y.Doc, now: number): void {
  doc.transact(() => {
    meta(doc).set('lastReviewedAt', now);
    planType.touch(doc, now);
  });
}

type ListName = keyof typeof planLists;

/** The same shared array as `planLists[list]`, typed only by what the generic helpers need. */
const anyList = (doc: Y.Doc, list: ListName) => doc.getArray<WithId>(list);
const schemas = {
  skillGaps: skillGapSchema,
  activities: activitySchema,
  milestones: milestoneSchema,
  supporters: supporterSchema,
  successStages: successStageSchema,
} as const;

/** Validates and saves one record (new or edited) of a plan's list; throws before writing if invalid. */
export function savePlanRecord<L extends ListName>(
  doc: Y.Doc,
  list: L,
  record: z.input<(typeof schemas)[L]>,
  now: number,
): void {
  const valid: WithId = schemas[list].parse(record);
  // Fields a newer Tandem added to this record are kept: this version only replaces its own.
  const known = new Set(Object.keys(schemas[list].shape));
  const stored = anyList(doc, list)
    .toArray()
    .find((r) => r.id === valid.id);
  const carried = stored ? Object.entries(stored).filter(([key]) => !known.has(key)) : [];
  doc.transact(() => {
    upsertRecord(anyList(doc, list), { ...Object.fromEntries(carried), ...valid });
    planType.touch(doc, now);
  });
}

export function removePlanRecord(doc: Y.Doc, list: ListName, recordId: string, now: number): void {
  doc.transact(() => {
    if (removeRecord(anyList(doc, list), recordId)) planType.touch(doc, now);
  });
}

export function movePlanRecord(
  doc: Y.Doc,
  list: ListName,
  recordId: string,
  toIndex: number,
  now: number,
): void {
  doc.transact(() => {
    moveRecord(anyList(doc, list), recordId, toIndex);
    planType.touch(doc, now);
  });
}

/** Sets a milestone's status; marking it done stamps when (a win to celebrate). */
export function setMilestoneStatus(
  doc: Y.Doc,
  milestoneId: string,
  status: MilestoneStatus,
  now: number,
): void {
  const current = readList(planLists.milestones(doc), milestoneSchema).find((m) => m.id === milestoneId);
  if (!current) throw new Error(`No milestone ${milestoneId} in this plan`);
  const completedAt = status === 'done' ? (current.status === 'done' ? current.completedAt : now) : null;
  savePlanRecord(doc, 'milestones', { ...current, status, completedAt }, now);
}
