import { useMemo } from 'react';
import type * as Y from 'yjs';
import {
  markPlanReviewed,
  movePlanRecord,
  planLists,
  removePlanRecord,
  savePlanRecord,
  setMilestoneStatus,
  updatePlanDetails,
  type MilestoneStatus,
  type PlanDetails,
} from '../../../../shared/schema/plan';
import { isolate } from '../../../../shared/i18n/locales';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { useToasts } from '../../ui/toasts';

export type PlanListName = keyof typeof planLists;
/** What savePlanRecord accepts for a list (the record schema's input). */
export type PlanRecordInput<L extends PlanListName> = Parameters<typeof savePlanRecord<L>>[2];

export interface PlanEditing {
  /** Validates and writes a record; throws (writing nothing) if it is invalid. */
  save<L extends PlanListName>(list: L, record: PlanRecordInput<L>): void;
  /** Removes a record and offers Undo, which puts it back where it was; `name` names it in the toast. */
  remove<L extends PlanListName>(list: L, record: PlanRecordInput<L>, name: string): void;
  move(list: PlanListName, id: string, toIndex: number): void;
  setMilestoneStatus(id: string, status: MilestoneStatus): void;
  updateDetails(details: PlanDetails): void;
  markReviewed(): void;
}

/**
 * Every change to a plan goes through here, so the vault's plan summary (what the plan list,
 * the Growth overview and reflection links read) is re-derived after each one.
 */
export function usePlanEditing(doc: Y.Doc): PlanEditing {
  const { growth, now } = useAppServices();
  const toasts = useToasts();
  const t = useT();
  return useMemo(() => {
    const changed = () => growth.reindexPlan(doc);
    const save = <L extends PlanListName>(list: L, record: PlanRecordInput<L>) => {
      savePlanRecord(doc, list, record, now());
      changed();
    };
    return {
      save,
      remove(list, record, name) {
        const index = (planLists[list](doc).toArray() as { id: string }[]).findIndex(
          (r) => r.id === record.id,
        );
        removePlanRecord(doc, list, record.id, now());
        changed();
        toasts.show(t('plans.record.deleted', { list, name: isolate(name) }), {
          label: t('plans.undo'),
          run: () => {
            save(list, record);
            if (index >= 0) movePlanRecord(doc, list, record.id, index, now());
            changed();
          },
        });
      },
      move(list, id, toIndex) {
        movePlanRecord(doc, list, id, toIndex, now());
        changed();
      },
      setMilestoneStatus(id, status) {
        setMilestoneStatus(doc, id, status, now());
        changed();
      },
      updateDetails(details) {
        updatePlanDetails(doc, details, now());
        changed();
      },
      markReviewed() {
        markPlanReviewed(doc, now());
        changed();
      },
    };
  }, [doc, growth, now, toasts, t]);
}
