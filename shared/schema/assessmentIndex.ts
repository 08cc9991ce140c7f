import type * as Y from 'yjs';
import { z } from 'zod';

/**
 * Where this user's own self-assessment of each framework is kept: the vault's `assessments` map
 * (framework id → the ids of the private assessment and of its shared ratings, and the track it
 * is against). Private, like the rest of the vault.
 */
export const assessmentLinkSchema = z.object({
  assessmentId: z.string().min(1),
  sharedId: z.string().min(1),
  trackId: z.string().min(1),
});
export type AssessmentLink = z.infer<typeof assessmentLinkSchema>;

const assessmentsMap = (vault: Y.Doc) => vault.getMap<unknown>('assessments');

export function readAssessmentLink(vault: Y.Doc, frameworkId: string): AssessmentLink | null {
  const parsed = assessmentLinkSchema.safeParse(assessmentsMap(vault).get(frameworkId));
  return parsed.success ? parsed.data : null;
}

export function linkAssessment(vault: Y.Doc, frameworkId: string, link: AssessmentLink): void {
  assessmentsMap(vault).set(frameworkId, assessmentLinkSchema.parse(link));
}

export const assessmentsOf = assessmentsMap;
