import { strToU8 } from 'fflate';
import { readCompetencies } from '../../../../shared/schema/competency';
import {
  readFeedbackSummaries,
  readGoalSummaries,
  readPlanSummaries,
} from '../../../../shared/schema/growthIndex';
import { itemDocId } from '../../../../shared/schema/ids';
import { readProfile, readVaultEntries } from '../../../../shared/schema/vault';
import {
  readExportedItem,
  type ExportedItem,
  type ExportedItemKind,
} from '../../../../shared/export/journalItems';
import { serializeJournal } from '../../../../shared/export/journalJson';
import { journalToMarkdownFiles } from '../../../../shared/export/journalMarkdown';
import { zipMarkdownFiles } from '../../../../shared/export/markdownArchive';
import type { DocumentStore } from '../../data/DocumentStore';
import type * as Y from 'yjs';
import { forEachWithProgress, type TaskControl } from './taskProgress';

/**
 * What to export: which kinds of item, and optionally only those created in a date range
 * (`YYYY-MM-DD`, inclusive, in local time). Deleted items are never exported.
 */
export interface ExportSelection {
  kinds: readonly ExportedItemKind[];
  from: string | null;
  to: string | null;
}

export const EVERYTHING: ExportSelection = {
  kinds: ['reflection', 'goal', 'plan', 'feedback'],
  from: null,
  to: null,
};

interface Candidate {
  id: string;
  kind: ExportedItemKind;
  createdAt: number;
}

function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The items a selection covers, oldest first, read from the vault index alone. */
export function selectItems(vault: Y.Doc, selection: ExportSelection): Candidate[] {
  const live = <T extends { deletedAt: number | null }>(list: T[]) =>
    list.filter((x) => x.deletedAt === null);
  const all: Candidate[] = [
    ...live(readVaultEntries(vault).entries).map((e) => ({
      id: e.id,
      kind: 'reflection' as const,
      createdAt: e.createdAt,
    })),
    ...live(readGoalSummaries(vault)).map((g) => ({
      id: g.id,
      kind: 'goal' as const,
      createdAt: g.createdAt,
    })),
    ...live(readPlanSummaries(vault)).map((p) => ({
      id: p.id,
      kind: 'plan' as const,
      createdAt: p.createdAt,
    })),
    ...live(readFeedbackSummaries(vault)).map((f) => ({
      id: f.id,
      kind: 'feedback' as const,
      createdAt: f.createdAt,
    })),
  ];
  return all
    .filter((c) => selection.kinds.includes(c.kind))
    .filter(
      (c) =>
        (selection.from === null || localDay(c.createdAt) >= selection.from) &&
        (selection.to === null || localDay(c.createdAt) <= selection.to),
    )
    .sort((a, b) => a.createdAt - b.createdAt);
}

export interface CollectedJournal {
  items: ExportedItem[];
  /** Items whose documents could not be read (damaged); the export says how many. */
  skipped: number;
}

export async function collectJournal(
  store: DocumentStore,
  vault: Y.Doc,
  selection: ExportSelection,
  control: TaskControl,
): Promise<CollectedJournal> {
  await store.flushAll();
  const candidates = selectItems(vault, selection);
  const read = await forEachWithProgress(
    candidates,
    ({ id, kind }) => store.peek(itemDocId(id), (doc) => readExportedItem(doc, kind)).catch(() => null),
    control,
    'Reading your journal',
  );
  const items = read.filter((item): item is ExportedItem => item !== null);
  return { items, skipped: candidates.length - items.length };
}

export function journalAsJson(vault: Y.Doc, items: ExportedItem[], exportedAt: Date): Uint8Array {
  return strToU8(
    serializeJournal({
      exportedAt: exportedAt.toISOString(),
      profile: readProfile(vault),
      competencies: readCompetencies(vault),
      items,
    }),
  );
}

export function journalAsMarkdownZip(vault: Y.Doc, items: ExportedItem[], exportedAt: Date): Uint8Array {
  const goalTitles = new Map(readGoalSummaries(vault).map((g) => [g.id, g.title]));
  const files = journalToMarkdownFiles(items, { goalTitles, competencies: readCompetencies(vault) });
  return zipMarkdownFiles(files, `tandem-journal-${exportedAt.toISOString().slice(0, 10)}`, exportedAt);
}
