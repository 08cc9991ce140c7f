import type * as Y from 'yjs';
import { z } from 'zod';
import { says } from './validation';
import { defineItemType } from './documentType';

/**
 * A career goal (`item:<id>`, kind "goal"). Layout: `meta` map holding the fields below plus
 * schemaVersion, kind, id, createdAt, updatedAt, achievedAt; `competencyIds` array.
 * Its index record lives in the vault's `goals` map (see growthIndex.ts).
 */

export const goalType = defineItemType({ kind: 'goal', version: 1 });
export const GOAL_SCHEMA_VERSION = goalType.version;

export const goalStatusSchema = z.enum(['exploring', 'active', 'achieved', 'parked']);
export type GoalStatus = z.infer<typeof goalStatusSchema>;
export const goalStatusLabels: Record<GoalStatus, string> = {
  exploring: 'Exploring',
  active: 'Active',
  achieved: 'Achieved',
  parked: 'Parked',
};

export const goalPathSchema = z.enum(['step-up', 'lateral', 'expert', 'broaden']);
export type GoalPath = z.infer<typeof goalPathSchema>;
export const goalPathLabels: Record<GoalPath, string> = {
  'step-up': 'Step up (more scope or leadership)',
  lateral: 'Lateral move',
  expert: 'Expert / individual-contributor track',
  broaden: 'Broaden (new skills, same role)',
};

export const goalHorizonSchema = z.enum(['3-months', '6-months', '1-year', '2-years', '3-years-plus']);
export type GoalHorizon = z.infer<typeof goalHorizonSchema>;
export const goalHorizonLabels: Record<GoalHorizon, string> = {
  '3-months': 'Next 3 months',
  '6-months': 'Next 6 months',
  '1-year': 'Within a year',
  '2-years': 'Within two years',
  '3-years-plus': 'Three years or more',
};

/** What the goal editor saves, all at once or not at all. */
export const goalFieldsSchema = z.object({
  title: z.string().trim().min(1, says('validation.goal.title')).max(200, says('validation.keepTitleUnder')),
  why: z.string().trim().max(4000, says('validation.keepThisUnder')),
  alignment: z.string().trim().max(4000, says('validation.keepThisUnder')),
  horizon: goalHorizonSchema,
  status: goalStatusSchema,
  path: goalPathSchema,
  competencyIds: z.array(z.string().min(1)).max(30, says('validation.atMostCompetencies')),
});
export type GoalFields = z.infer<typeof goalFieldsSchema>;

export const defaultGoalFields: GoalFields = {
  title: '',
  why: '',
  alignment: '',
  horizon: '1-year',
  status: 'exploring',
  path: 'step-up',
  competencyIds: [],
};

export interface Goal extends GoalFields {
  id: string;
  createdAt: number;
  updatedAt: number;
  /** When the status last became "achieved" (a win), else null. */
  achievedAt: number | null;
}

const goalCompetencies = (doc: Y.Doc) => doc.getArray<string>('competencyIds');

export function readGoal(doc: Y.Doc): Goal | null {
  const header = goalType.readHeader(doc);
  if (!header) return null;
  const meta = goalType.meta(doc);
  const fields = goalFieldsSchema.safeParse({
    ...meta.toJSON(),
    competencyIds: goalCompetencies(doc).toArray(),
  });
  if (!fields.success) return null;
  const achievedAt = meta.get('achievedAt');
  return { ...fields.data, ...header, achievedAt: typeof achievedAt === 'number' ? achievedAt : null };
}

/** Creates a goal from validated fields in an empty document. */
export function initGoal(doc: Y.Doc, id: string, fields: GoalFields, now: number): void {
  doc.transact(() => {
    goalType.stampItem(doc, id, now);
    goalType.meta(doc).set('achievedAt', null);
    writeFields(doc, goalFieldsSchema.parse(fields), now);
  });
}

/** Saves edited fields in one transaction; invalid fields throw before anything is written. */
export function updateGoal(doc: Y.Doc, fields: GoalFields, now: number): void {
  const valid = goalFieldsSchema.parse(fields);
  doc.transact(() => writeFields(doc, valid, now));
}

function writeFields(doc: Y.Doc, fields: GoalFields, now: number): void {
  const meta = goalType.meta(doc);
  const wasAchieved = meta.get('status') === 'achieved';
  meta.set('title', fields.title);
  meta.set('why', fields.why);
  meta.set('alignment', fields.alignment);
  meta.set('horizon', fields.horizon);
  meta.set('status', fields.status);
  meta.set('path', fields.path);
  goalType.touch(doc, now);
  if (fields.status === 'achieved' && !wasAchieved) meta.set('achievedAt', now);
  if (fields.status !== 'achieved') meta.set('achievedAt', null);
  const list = goalCompetencies(doc);
  if (JSON.stringify(list.toArray()) !== JSON.stringify(fields.competencyIds)) {
    list.delete(0, list.length);
    list.push(fields.competencyIds);
  }
}
