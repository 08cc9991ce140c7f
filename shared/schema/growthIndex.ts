import type * as Y from 'yjs';
import { z } from 'zod';
import { isoDateSchema } from './dates';
import type { Feedback } from './feedback';
import { goalHorizonSchema, goalPathSchema, goalStatusSchema, type Goal } from './goal';
import { milestoneStatusSchema, planStatusSchema, type Plan } from './plan';
import { rhythmSchema } from './vault';

/**
 * The vault's index of goals, plans and feedback: what the lists, the Growth overview and the
 * links need, so none of them opens item documents. Maps in the vault document:
 * `goals`, `plans`, `feedback` (id → summary as a plain JSON value, replaced whole on change).
 * Item documents stay the source of truth; summaries are re-derived after every change.
 */

const deletedAt = z.number().int().nullable();

export const goalSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  status: goalStatusSchema,
  path: goalPathSchema,
  horizon: goalHorizonSchema,
  competencyIds: z.array(z.string()),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  achievedAt: z.number().int().nullable(),
  deletedAt,
});
export type GoalSummary = z.infer<typeof goalSummarySchema>;

export const milestoneSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  dueDate: isoDateSchema,
  status: milestoneStatusSchema,
  completedAt: z.number().int().nullable(),
  ownerLabel: z.string(),
});
export type MilestoneSummary = z.infer<typeof milestoneSummarySchema>;

export const planSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  goalId: z.string().nullable(),
  status: planStatusSchema,
  reviewCadence: rhythmSchema.nullable(),
  lastReviewedAt: z.number().int().nullable(),
  milestones: z.array(milestoneSummarySchema),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  deletedAt,
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const feedbackSummarySchema = z.object({
  id: z.string().min(1),
  from: z.string(),
  givenOn: isoDateSchema,
  behaviour: z.string(),
  goalId: z.string().nullable(),
  competencyId: z.string().nullable(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  deletedAt,
});
export type FeedbackSummary = z.infer<typeof feedbackSummarySchema>;

const maps = {
  goals: (vault: Y.Doc) => vault.getMap<unknown>('goals'),
  plans: (vault: Y.Doc) => vault.getMap<unknown>('plans'),
  feedback: (vault: Y.Doc) => vault.getMap<unknown>('feedback'),
};

function readMap<T>(map: Y.Map<unknown>, schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  map.forEach((value) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  });
  return out;
}

export const readGoalSummaries = (vault: Y.Doc): GoalSummary[] =>
  readMap(maps.goals(vault), goalSummarySchema);
export const readPlanSummaries = (vault: Y.Doc): PlanSummary[] =>
  readMap(maps.plans(vault), planSummarySchema);
export const readFeedbackSummaries = (vault: Y.Doc): FeedbackSummary[] =>
  readMap(maps.feedback(vault), feedbackSummarySchema);

function existingDeletedAt(map: Y.Map<unknown>, id: string): number | null {
  const value = map.get(id) as { deletedAt?: unknown } | undefined;
  return typeof value?.deletedAt === 'number' ? value.deletedAt : null;
}

export function indexGoal(vault: Y.Doc, goal: Goal): void {
  const map = maps.goals(vault);
  const { id, title, status, path, horizon, competencyIds, createdAt, updatedAt, achievedAt } = goal;
  map.set(
    id,
    goalSummarySchema.parse({
      ...{ id, title, status, path, horizon, competencyIds, createdAt, updatedAt, achievedAt },
      deletedAt: existingDeletedAt(map, id),
    }),
  );
}

export function ownerLabel(owner: Plan['milestones'][number]['owner'], displayName = 'Me'): string {
  if (owner.kind === 'me') return displayName || 'Me';
  if (owner.kind === 'manager') return 'My manager';
  return owner.name;
}

/** A plan's index record (milestones named by `displayName`, 'Me' unless said otherwise). */
export function planSummaryOf(plan: Plan, deletedAt: number | null, displayName?: string): PlanSummary {
  return {
    id: plan.id,
    title: plan.title,
    goalId: plan.goalId,
    status: plan.status,
    reviewCadence: plan.reviewCadence,
    lastReviewedAt: plan.lastReviewedAt,
    milestones: plan.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      dueDate: m.dueDate,
      status: m.status,
      completedAt: m.completedAt,
      ownerLabel: ownerLabel(m.owner, displayName),
    })),
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    deletedAt,
  };
}

export function indexPlan(vault: Y.Doc, plan: Plan): void {
  const map = maps.plans(vault);
  map.set(plan.id, planSummarySchema.parse(planSummaryOf(plan, existingDeletedAt(map, plan.id))));
}

export function indexFeedback(vault: Y.Doc, feedback: Feedback): void {
  const map = maps.feedback(vault);
  const { id, from, givenOn, behaviour, goalId, competencyId, createdAt, updatedAt } = feedback;
  map.set(
    id,
    feedbackSummarySchema.parse({
      ...{ id, from, givenOn, behaviour, goalId, competencyId, createdAt, updatedAt },
      deletedAt: existingDeletedAt(map, id),
    }),
  );
}

export type GrowthKind = keyof typeof maps;

/** Soft delete / restore, as for journal entries. */
export function setGrowthItemDeleted(
  vault: Y.Doc,
  kind: GrowthKind,
  id: string,
  deletedAtMs: number | null,
): void {
  const map = maps[kind](vault);
  const value = map.get(id);
  if (typeof value !== 'object' || value === null) throw new Error(`No ${kind} item ${id} in the index`);
  map.set(id, { ...value, deletedAt: deletedAtMs });
}
