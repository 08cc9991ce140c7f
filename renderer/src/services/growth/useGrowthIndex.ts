import { useCallback } from 'react';
import type * as Y from 'yjs';
import { readCompetencies, type Competency } from '../../../../shared/schema/competency';
import {
  readFeedbackSummaries,
  readGoalSummaries,
  readPlanSummaries,
  type FeedbackSummary,
  type GoalSummary,
  type PlanSummary,
} from '../../../../shared/schema/growthIndex';
import { useYSnapshot } from '../../data/useYSnapshot';

/**
 * Every goal id this journal has had, deleted ones too: a plan whose goal is not among them is
 * someone else's plan (shared with this user) linked to a goal that was not shared.
 */
export function useKnownGoalIds(vault: Y.Doc): ReadonlySet<string> {
  const read = useCallback(() => new Set(readGoalSummaries(vault).map((g) => g.id)), [vault]);
  return useYSnapshot(vault.getMap('goals'), read);
}

/** Live (not deleted) goals from the vault index. */
export function useGoalSummaries(vault: Y.Doc): GoalSummary[] {
  const read = useCallback(() => readGoalSummaries(vault).filter((g) => g.deletedAt === null), [vault]);
  return useYSnapshot(vault.getMap('goals'), read);
}

export function usePlanSummaries(vault: Y.Doc): PlanSummary[] {
  const read = useCallback(() => readPlanSummaries(vault).filter((p) => p.deletedAt === null), [vault]);
  return useYSnapshot(vault.getMap('plans'), read);
}

export function useFeedbackSummaries(vault: Y.Doc): FeedbackSummary[] {
  const read = useCallback(() => readFeedbackSummaries(vault).filter((f) => f.deletedAt === null), [vault]);
  return useYSnapshot(vault.getMap('feedback'), read);
}

export function useCompetencies(vault: Y.Doc): Competency[] {
  const read = useCallback(() => readCompetencies(vault), [vault]);
  return useYSnapshot(vault.getMap('competencies'), read);
}
