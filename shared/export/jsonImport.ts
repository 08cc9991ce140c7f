import type * as Y from 'yjs';
import { readCompetencies, saveCompetency, type Competency } from '../schema/competency';
import { initFeedback, readFeedback, updateFeedback } from '../schema/feedback';
import { initGoal, readGoal, updateGoal } from '../schema/goal';
import {
  indexFeedback,
  indexGoal,
  indexPlan,
  readFeedbackSummaries,
  readGoalSummaries,
  readPlanSummaries,
} from '../schema/growthIndex';
import { parseLink, reflectionLinks } from '../schema/links';
import { initPlan, markPlanReviewed, readPlan, savePlanRecord, updatePlanDetails } from '../schema/plan';
import {
  initReflection,
  reflectionBody,
  reflectionTags,
  reflectionToVaultEntry,
  tagSchema,
  touchReflection,
} from '../schema/reflection';
import { readVaultEntries, updateProfile, upsertVaultEntry, type Profile } from '../schema/vault';
import type {
  ExportedFeedback,
  ExportedGoal,
  ExportedItem,
  ExportedPlan,
  ExportedReflection,
} from './journalItems';
import { appendRichNodes } from './richTree';

/**
 * Writes exported items back into documents with the schema modules' own functions, keeping
 * each item's id and its created/updated times, then indexes it in the vault as the app would.
 */

/** True when the journal has no items and no competencies (a JSON import needs that). */
export function isJournalEmpty(vault: Y.Doc): boolean {
  const { entries, unreadableIds } = readVaultEntries(vault);
  return (
    entries.length === 0 &&
    unreadableIds.length === 0 &&
    readGoalSummaries(vault).length === 0 &&
    readPlanSummaries(vault).length === 0 &&
    readFeedbackSummaries(vault).length === 0 &&
    readCompetencies(vault).length === 0
  );
}

function writeReflection(doc: Y.Doc, item: ExportedReflection): void {
  const template = { id: item.templateId, name: '', description: '', title: item.title, blocks: [] };
  doc.transact(() => {
    initReflection(doc, { id: item.id, now: item.createdAt, template, title: item.title });
    const tags: string[] = [];
    for (const raw of item.tags) {
      const tag = tagSchema.safeParse(raw);
      if (tag.success && !tags.includes(tag.data)) tags.push(tag.data);
    }
    reflectionTags(doc).push(tags);
    reflectionLinks(doc).push(item.links.filter((l) => parseLink(l) !== null));
    appendRichNodes(reflectionBody(doc), item.body);
    touchReflection(doc, item.updatedAt);
  });
}

function writeGoal(doc: Y.Doc, item: ExportedGoal): void {
  const { kind: _kind, id, createdAt, updatedAt, achievedAt, ...fields } = item;
  doc.transact(() => {
    initGoal(doc, id, fields, createdAt);
    updateGoal(doc, fields, updatedAt);
    // The schema stamps "achieved" with the time of saving; an import keeps the original day.
    if (fields.status === 'achieved') doc.getMap<unknown>('meta').set('achievedAt', achievedAt ?? updatedAt);
  });
}

function writePlan(doc: Y.Doc, item: ExportedPlan): void {
  const details = {
    title: item.title,
    goalId: item.goalId,
    status: item.status,
    reviewCadence: item.reviewCadence,
  };
  doc.transact(() => {
    initPlan(doc, item.id, details, item.createdAt);
    for (const record of item.skillGaps) savePlanRecord(doc, 'skillGaps', record, item.createdAt);
    for (const record of item.activities) savePlanRecord(doc, 'activities', record, item.createdAt);
    for (const record of item.milestones) savePlanRecord(doc, 'milestones', record, item.createdAt);
    for (const record of item.supporters) savePlanRecord(doc, 'supporters', record, item.createdAt);
    for (const record of item.successStages) savePlanRecord(doc, 'successStages', record, item.createdAt);
    if (item.lastReviewedAt !== null) markPlanReviewed(doc, item.lastReviewedAt);
    updatePlanDetails(doc, details, item.updatedAt);
  });
}

function writeFeedback(doc: Y.Doc, item: ExportedFeedback): void {
  const { kind: _kind, id, createdAt, updatedAt, ...fields } = item;
  doc.transact(() => {
    initFeedback(doc, id, fields, createdAt);
    updateFeedback(doc, fields, updatedAt);
  });
}

/** Fills an empty item document with an exported item. */
export function writeImportedItem(doc: Y.Doc, item: ExportedItem): void {
  switch (item.kind) {
    case 'reflection':
      return writeReflection(doc, item);
    case 'goal':
      return writeGoal(doc, item);
    case 'plan':
      return writePlan(doc, item);
    case 'feedback':
      return writeFeedback(doc, item);
  }
}

/** Adds an imported item (already written to `doc`) to the vault's index. */
export function indexImportedItem(vault: Y.Doc, doc: Y.Doc, kind: ExportedItem['kind']): void {
  switch (kind) {
    case 'reflection':
      return upsertVaultEntry(vault, reflectionToVaultEntry(doc));
    case 'goal': {
      const goal = readGoal(doc);
      if (goal) indexGoal(vault, goal);
      return;
    }
    case 'plan': {
      const plan = readPlan(doc);
      if (plan) indexPlan(vault, plan);
      return;
    }
    case 'feedback': {
      const feedback = readFeedback(doc);
      if (feedback) indexFeedback(vault, feedback);
      return;
    }
  }
}

export function importCompetencies(vault: Y.Doc, competencies: Competency[]): void {
  vault.transact(() => {
    for (const { id, createdAt, updatedAt, ...fields } of competencies) {
      saveCompetency(vault, id, fields, createdAt);
      saveCompetency(vault, id, fields, updatedAt);
    }
  });
}

export function importProfile(vault: Y.Doc, profile: Profile | null): void {
  if (profile) updateProfile(vault, { ...profile, onboarding: 'completed' });
}
