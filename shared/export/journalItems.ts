import type * as Y from 'yjs';
import { z } from 'zod';
import { competencySchema } from '../schema/competency';
import { feedbackFieldsSchema, readFeedback } from '../schema/feedback';
import { goalFieldsSchema, readGoal } from '../schema/goal';
import {
  activitySchema,
  milestoneSchema,
  planDetailsSchema,
  readPlan,
  skillGapSchema,
  successStageSchema,
  supporterSchema,
} from '../schema/plan';
import { readReflectionLinks } from '../schema/links';
import {
  MAX_TITLE_LENGTH,
  readReflectionMeta,
  readReflectionTags,
  reflectionBody,
} from '../schema/reflection';
import { fragmentToRichNodes, richNodeSchema } from './richTree';

/**
 * The journal's items as plain values: what the JSON and Markdown exports write and what a JSON
 * import reads back. Each kind is its schema module's own fields plus id and times, so the
 * validation on import is the same the editors use.
 */

const times = {
  id: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be a url-safe id'),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
};

export const exportedReflectionSchema = z.object({
  kind: z.literal('reflection'),
  ...times,
  title: z.string().max(MAX_TITLE_LENGTH),
  templateId: z.string().max(100),
  tags: z.array(z.string().max(40)).max(20),
  links: z.array(z.string().max(500)).max(500),
  body: z.array(richNodeSchema),
});

export const exportedGoalSchema = goalFieldsSchema.extend({
  kind: z.literal('goal'),
  ...times,
  achievedAt: z.number().int().nullable(),
});

export const exportedPlanSchema = planDetailsSchema.extend({
  kind: z.literal('plan'),
  ...times,
  lastReviewedAt: z.number().int().nullable(),
  skillGaps: z.array(skillGapSchema),
  activities: z.array(activitySchema),
  milestones: z.array(milestoneSchema),
  supporters: z.array(supporterSchema),
  successStages: z.array(successStageSchema),
});

export const exportedFeedbackSchema = feedbackFieldsSchema.extend({ kind: z.literal('feedback'), ...times });

export const exportedItemSchema = z.discriminatedUnion('kind', [
  exportedReflectionSchema,
  exportedGoalSchema,
  exportedPlanSchema,
  exportedFeedbackSchema,
]);

export type ExportedReflection = z.infer<typeof exportedReflectionSchema>;
export type ExportedGoal = z.infer<typeof exportedGoalSchema>;
export type ExportedPlan = z.infer<typeof exportedPlanSchema>;
export type ExportedFeedback = z.infer<typeof exportedFeedbackSchema>;
export type ExportedItem = z.infer<typeof exportedItemSchema>;
export type ExportedItemKind = ExportedItem['kind'];
export const exportedCompetencySchema = competencySchema;

export const EXPORTED_KINDS: readonly ExportedItemKind[] = ['reflection', 'goal', 'plan', 'feedback'];

/** Reads one item document as its export value, or null when it cannot be read as `kind`. */
export function readExportedItem(doc: Y.Doc, kind: ExportedItemKind): ExportedItem | null {
  switch (kind) {
    case 'reflection': {
      let meta;
      try {
        meta = readReflectionMeta(doc);
      } catch {
        return null;
      }
      return {
        kind,
        id: meta.id,
        createdAt: meta.createdAt,
        updatedAt: meta.updatedAt,
        title: meta.title,
        templateId: meta.templateId,
        tags: readReflectionTags(doc),
        links: readReflectionLinks(doc),
        body: fragmentToRichNodes(reflectionBody(doc)),
      };
    }
    case 'goal': {
      const goal = readGoal(doc);
      return goal && { kind, ...goal };
    }
    case 'plan': {
      const plan = readPlan(doc);
      return plan && { kind, ...plan };
    }
    case 'feedback': {
      const feedback = readFeedback(doc);
      return feedback && { kind, ...feedback };
    }
  }
}
