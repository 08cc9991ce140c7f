import { strToU8 } from 'fflate';
import { meetingsToMarkdownFiles } from '../../../../shared/export/meetingsMarkdown';
import { readCompetencies } from '../../../../shared/schema/competency';
import {
  readFeedbackSummaries,
  readGoalSummaries,
  readPlanSummaries,
} from '../../../../shared/schema/growthIndex';
import { itemDocId, VAULT_DOC_ID } from '../../../../shared/schema/ids';
import { readProfile, readVaultEntries } from '../../../../shared/schema/vault';
import {
  readExportedItem,
  type ExportedItem,
  type ExportedItemKind,
} from '../../../../shared/export/journalItems';
import { serializeJournal } from '../../../../shared/export/journalJson';
import type { ExportedMeeting } from '../../../../shared/export/journalMeetings';
import { journalJsonSchema } from '../../../../shared/export/journalJsonSchema';
import { journalToMarkdownFiles } from '../../../../shared/export/journalMarkdown';
import { zipMarkdownFiles } from '../../../../shared/export/markdownArchive';
import type { DocumentStore } from '../../data/DocumentStore';
import type * as Y from 'yjs';
import { documentName } from '../../../../shared/export/documentNames';
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

/** An item an export could not include, named as the person knows it, with the reason. */
export interface LeftOutItem {
  id: string;
  kind: ExportedItemKind;
  name: string;
  reason: string;
}

export interface CollectedJournal {
  items: ExportedItem[];
  /** Items that exist but could not be read; the export names each one. */
  leftOut: LeftOutItem[];
}

/**
 * Reads every selected item as it is durably stored (the local database merged with main's disk
 * mirror), so an item the local database lost is still exported. The index is read once it has
 * merged the mirror's copy too.
 */
export async function collectJournal(
  store: DocumentStore,
  vault: Y.Doc,
  selection: ExportSelection,
  control: TaskControl,
): Promise<CollectedJournal> {
  await store.flushAll();
  await store.whenReconciled(VAULT_DOC_ID);
  const candidates = selectItems(vault, selection);
  const leftOut: LeftOutItem[] = [];
  const read = await forEachWithProgress(
    candidates,
    async ({ id, kind }) => {
      const leave = (reason: string) =>
        leftOut.push({ id, kind, name: documentName(vault, itemDocId(id)), reason });
      let item: ExportedItem | null;
      try {
        item = await store.readDurable(itemDocId(id), (doc) => readExportedItem(doc, kind));
      } catch (error) {
        leave(`it could not be read: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      }
      if (item === null) leave(`its saved data does not hold a readable ${KIND_NAMES[kind]}`);
      return item;
    },
    control,
    'backup.phase.readingJournal',
  );
  return { items: read.filter((item): item is ExportedItem => item !== null), leftOut };
}

const KIND_NAMES: Record<ExportedItemKind, string> = {
  reflection: 'journal entry',
  goal: 'goal',
  plan: 'plan',
  feedback: 'feedback note',
};

/** "the plan “X” (reason); …" */
export function describeLeftOutItems(leftOut: readonly LeftOutItem[]): string {
  return leftOut.map((item) => `${item.name} (${item.reason})`).join('; ');
}

export function journalAsJson(
  vault: Y.Doc,
  items: ExportedItem[],
  exportedAt: Date,
  meetings: ExportedMeeting[] = [],
): Uint8Array {
  return strToU8(
    serializeJournal(
      {
        exportedAt: exportedAt.toISOString(),
        profile: readProfile(vault),
        competencies: readCompetencies(vault),
        items,
        meetings,
      },
      journalJsonSchema(),
    ),
  );
}

export function journalAsMarkdownZip(
  vault: Y.Doc,
  items: ExportedItem[],
  exportedAt: Date,
  meetings: readonly ExportedMeeting[] = [],
): Uint8Array {
  const goalTitles = new Map(readGoalSummaries(vault).map((g) => [g.id, g.title]));
  const files = [
    ...journalToMarkdownFiles(items, { goalTitles, competencies: readCompetencies(vault) }),
    ...meetingsToMarkdownFiles(meetings),
  ];
  return zipMarkdownFiles(files, `tandem-journal-${exportedAt.toISOString().slice(0, 10)}`, exportedAt);
}
