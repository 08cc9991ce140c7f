import type * as Y from 'yjs';
import {
  readFeedback,
  initFeedback,
  updateFeedback,
  type FeedbackFields,
} from '../../../../shared/schema/feedback';
import {
  initFramework,
  readFramework,
  updateFramework,
  type FrameworkContent,
} from '../../../../shared/schema/framework';
import { frameworksMap, indexFramework, setFrameworkDeleted } from '../../../../shared/schema/frameworkIndex';
import { initGoal, readGoal, updateGoal, type GoalFields } from '../../../../shared/schema/goal';
import {
  indexFeedback,
  indexGoal,
  indexPlan,
  setGrowthItemDeleted,
  type GrowthKind,
} from '../../../../shared/schema/growthIndex';
import { itemDocId, newItemId } from '../../../../shared/schema/ids';
import { initPlan, readPlan, type PlanDetails } from '../../../../shared/schema/plan';
import {
  readReflectionMeta,
  reflectionToVaultEntry,
  reflectionType,
} from '../../../../shared/schema/reflection';
import { readVaultEntry, upsertVaultEntry } from '../../../../shared/schema/vault';
import type { DocumentStore, OpenDocument } from '../../data/DocumentStore';

/** The kinds of item another person can share with this user, and their index keeps. */
export type ReceivedKind = 'goal' | 'plan' | 'reflection' | 'framework';

/**
 * Goals, plans, feedback and career frameworks: creating their item documents and keeping the vault's growth
 * index (what lists and the overview read) in step with them. Item documents are the source
 * of truth; call `reindex*` after changing one.
 */
export class GrowthRepository {
  constructor(
    private readonly store: DocumentStore,
    private readonly vault: Y.Doc,
    private readonly now: () => number = Date.now,
  ) {}

  /** Opens any growth item's document while it is being viewed or edited. */
  open(id: string): [OpenDocument, () => void] {
    return this.store.open(itemDocId(id));
  }

  private async create(
    init: (doc: Y.Doc, id: string, now: number) => void,
    index: (doc: Y.Doc) => void,
  ): Promise<string> {
    const id = newItemId();
    const [item, release] = this.store.open(itemDocId(id));
    try {
      await item.ready;
      init(item.doc, id, this.now());
      index(item.doc);
    } finally {
      release();
    }
    return id;
  }

  /** Validated fields are written in one transaction, with the index, or nothing is. */
  createGoal(fields: GoalFields): Promise<string> {
    return this.create(
      (doc, id, now) => initGoal(doc, id, fields, now),
      (doc) => this.reindexGoal(doc),
    );
  }

  saveGoal(doc: Y.Doc, fields: GoalFields): void {
    updateGoal(doc, fields, this.now());
    this.reindexGoal(doc);
  }

  reindexGoal(doc: Y.Doc): void {
    const goal = readGoal(doc);
    if (goal) indexGoal(this.vault, goal);
  }

  createPlan(details: PlanDetails): Promise<string> {
    return this.create(
      (doc, id, now) => initPlan(doc, id, details, now),
      (doc) => this.reindexPlan(doc),
    );
  }

  reindexPlan(doc: Y.Doc): void {
    const plan = readPlan(doc);
    if (plan) indexPlan(this.vault, plan);
  }

  createFeedback(fields: FeedbackFields): Promise<string> {
    return this.create(
      (doc, id, now) => initFeedback(doc, id, fields, now),
      (doc) => this.reindexFeedback(doc),
    );
  }

  saveFeedback(doc: Y.Doc, fields: FeedbackFields): void {
    updateFeedback(doc, fields, this.now());
    this.reindexFeedback(doc);
  }

  reindexFeedback(doc: Y.Doc): void {
    const feedback = readFeedback(doc);
    if (feedback) indexFeedback(this.vault, feedback);
  }

  /** A career framework: its content is checked and written with its index entry, or nothing is. */
  createFramework(content: FrameworkContent): Promise<string> {
    return this.create(
      (doc, id, now) => initFramework(doc, id, content, now),
      (doc) => this.reindexFramework(doc),
    );
  }

  saveFramework(doc: Y.Doc, content: FrameworkContent): void {
    updateFramework(doc, content, this.now());
    this.reindexFramework(doc);
  }

  reindexFramework(doc: Y.Doc): void {
    const framework = readFramework(doc);
    if (framework) indexFramework(this.vault, framework);
  }

  /** Soft delete of a framework (and its restore, with `deleted` false), for the Undo toast. */
  setFrameworkDeleted(id: string, deleted: boolean): void {
    setFrameworkDeleted(this.vault, id, deleted ? this.now() : null);
  }

  /**
   * Re-derives the index entry of a goal, plan, framework or reflection document that changed without
   * this user's editing it (a peer's edit, or an item a peer shared and this user accepted).
   * Only a document whose content names its own id is indexed: a peer writes that content, and
   * must not be able to replace the entry of another item.
   */
  reindexReceived(docId: string, doc: Y.Doc): ReceivedKind | null {
    const goal = readGoal(doc);
    if (goal && itemDocId(goal.id) === docId) {
      indexGoal(this.vault, goal);
      return 'goal';
    }
    const plan = readPlan(doc);
    if (plan && itemDocId(plan.id) === docId) {
      indexPlan(this.vault, plan);
      return 'plan';
    }
    const framework = readFramework(doc);
    if (framework && itemDocId(framework.id) === docId) {
      indexFramework(this.vault, framework);
      return 'framework';
    }
    return this.reindexReceivedReflection(docId, doc) ? 'reflection' : null;
  }

  /** A reflection someone shared: its journal entry, kept deleted if this user hid it. */
  private reindexReceivedReflection(docId: string, doc: Y.Doc): boolean {
    if (!reflectionType.isKind(doc)) return false;
    let id: string;
    try {
      id = readReflectionMeta(doc).id;
    } catch {
      return false;
    }
    if (itemDocId(id) !== docId) return false;
    const deletedAt = readVaultEntry(this.vault, id)?.deletedAt ?? null;
    upsertVaultEntry(this.vault, reflectionToVaultEntry(doc, deletedAt));
    return true;
  }

  /** True when the vault's index already has an item of this kind with this id (deleted or not). */
  isIndexed(kind: ReceivedKind, id: string): boolean {
    if (kind === 'reflection') return readVaultEntry(this.vault, id) !== null;
    if (kind === 'framework') return frameworksMap(this.vault).has(id);
    return this.vault.getMap(kind === 'goal' ? 'goals' : 'plans').has(id);
  }

  /** Soft delete, restorable with `restore` (the UI offers Undo). */
  delete(kind: GrowthKind, id: string): void {
    setGrowthItemDeleted(this.vault, kind, id, this.now());
  }

  restore(kind: GrowthKind, id: string): void {
    setGrowthItemDeleted(this.vault, kind, id, null);
  }
}
