import type * as Y from 'yjs';
import { initAssessment, initSharedRatings } from '../../../../shared/schema/assessment';
import { linkAssessment } from '../../../../shared/schema/assessmentIndex';
import { newItemId } from '../../../../shared/schema/ids';
import { savePlanRecord } from '../../../../shared/schema/plan';
import type { GrowthRepository } from '../../services/growth/GrowthRepository';

/** Starts this user's self-assessment of a framework on one track: two documents, then the link. */
export async function startAssessment(
  growth: GrowthRepository,
  vault: Y.Doc,
  frameworkId: string,
  trackId: string,
  now: number,
): Promise<void> {
  const assessmentId = newItemId();
  const sharedId = newItemId();
  const [assessment, releaseAssessment] = growth.open(assessmentId);
  const [shared, releaseShared] = growth.open(sharedId);
  try {
    await Promise.all([assessment.ready, shared.ready]);
    initAssessment(assessment.doc, { id: assessmentId, sharedId }, { frameworkId, trackId }, now);
    initSharedRatings(shared.doc, sharedId, { frameworkId, trackId }, now);
    linkAssessment(vault, frameworkId, { assessmentId, sharedId, trackId });
  } finally {
    releaseAssessment();
    releaseShared();
  }
}

/** Adds a skill gap to a plan (one step from a difference in ratings), indexed with the plan. */
export async function addSkillGapToPlan(
  growth: GrowthRepository,
  planId: string,
  gap: { name: string; competencyId: null; current: number; target: number },
  now: number,
): Promise<void> {
  const [plan, release] = growth.open(planId);
  try {
    await plan.ready;
    savePlanRecord(plan.doc, 'skillGaps', { id: newItemId(), ...gap }, now);
    growth.reindexPlan(plan.doc);
  } finally {
    release();
  }
}
