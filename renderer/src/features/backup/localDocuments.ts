import * as Y from 'yjs';
import { docIdSchema } from '../../../../shared/ipc/contract';
import type { BackupDocument } from '../../../../shared/export/backupArchive';
import {
  readFeedbackSummaries,
  readGoalSummaries,
  readPlanSummaries,
} from '../../../../shared/schema/growthIndex';
import { itemDocId, VAULT_DOC_ID } from '../../../../shared/schema/ids';
import { readVaultEntries } from '../../../../shared/schema/vault';
import type { DocumentStore, OpenDocument } from '../../data/DocumentStore';
import type { WindowCipher } from '../../data/windowCipher';
import { deleteDatabase, readStoredUpdate, writeStoredUpdate } from './storedUpdates';
import { forEachWithProgress, type TaskControl } from './taskProgress';

/**
 * Every document of this profile as Yjs state (for a backup), and the inverse: replacing this
 * profile's local documents with a backup's. The profile's IndexedDB databases are named
 * `<prefix><docId>`; the prefix is read off the vault's own database name.
 */

export function profilePrefix(vault: OpenDocument): string {
  return vault.persistence.dbName.slice(0, -VAULT_DOC_ID.length);
}

/** Databases that hold no document (the search index) are not documents to back up. */
const NOT_DOCUMENTS = new Set(['search-index']);

async function localDocIds(prefix: string): Promise<string[]> {
  if (typeof indexedDB.databases !== 'function') return [];
  const names = (await indexedDB.databases()).flatMap((db) => (db.name?.startsWith(prefix) ? [db.name] : []));
  return names
    .map((name) => name.slice(prefix.length))
    .filter((id) => !NOT_DOCUMENTS.has(id) && docIdSchema.safeParse(id).success);
}

/** The vault, everything it indexes (deleted items too: they can still be restored), and any other stored document (spaces). */
export async function listDocumentIds(vault: OpenDocument): Promise<string[]> {
  const ids = new Set<string>([VAULT_DOC_ID]);
  const { entries, unreadableIds } = readVaultEntries(vault.doc);
  for (const id of [...entries.map((e) => e.id), ...unreadableIds]) ids.add(itemDocId(id));
  for (const summary of [
    ...readGoalSummaries(vault.doc),
    ...readPlanSummaries(vault.doc),
    ...readFeedbackSummaries(vault.doc),
  ]) {
    ids.add(itemDocId(summary.id));
  }
  for (const id of await localDocIds(profilePrefix(vault))) ids.add(id);
  return [...ids];
}

/** The window's side of a backup: what its database holds, and what it has but cannot read. */
export interface WindowDocuments {
  documents: BackupDocument[];
  /** Damaged here beyond repair; main includes its disk copy of each, or names it as left out. */
  unreadable: string[];
}

/**
 * Every document's whole state as the live store has it. Open documents are flushed first, so
 * what IndexedDB holds is what is on screen; each database's stored updates are then merged as
 * they are (no Y.Doc is built). A document whose stored bytes do not merge goes through the
 * store, which repairs what it can; one it cannot read is listed for main, whose disk copy of
 * every document (and of those this window never had) completes the backup.
 */
export async function collectBackupDocuments(
  store: DocumentStore,
  vault: OpenDocument,
  control: TaskControl,
): Promise<WindowDocuments> {
  await store.flushAll();
  const cipher = await store.cipher;
  const prefix = profilePrefix(vault);
  const ids = await listDocumentIds(vault);
  const unreadable: string[] = [];
  const read = await forEachWithProgress(
    ids,
    async (docId) => {
      let update: Uint8Array | null;
      try {
        update = await readStoredUpdate(`${prefix}${docId}`, cipher);
      } catch {
        update = await store
          .peek(docId, (doc) => Y.encodeStateAsUpdate(doc))
          .catch(() => {
            unreadable.push(docId);
            return null;
          });
      }
      return update === null ? null : { docId, update };
    },
    control,
    'backup.phase.readingJournal',
    16,
  );
  return { documents: read.filter((d): d is BackupDocument => d !== null), unreadable };
}

/**
 * Replaces this profile's local documents with `documents`: each one's database is emptied
 * and given the backup's state as its one update (so its state vector is the backup's), and
 * documents the backup does not have are deleted. The caller has closed the store first, so
 * nothing writes the old state back.
 */
export async function replaceLocalDocuments(
  prefix: string,
  documents: readonly BackupDocument[],
  cipher: WindowCipher | null,
  control: Omit<TaskControl, 'signal'>,
): Promise<void> {
  const keep = new Set(documents.map((d) => d.docId));
  const stale = (await localDocIds(prefix)).filter((docId) => !keep.has(docId));
  await forEachWithProgress(
    stale,
    (docId) => deleteDatabase(`${prefix}${docId}`),
    control,
    'backup.phase.clearingOld',
  );
  await forEachWithProgress(
    documents,
    ({ docId, update }) => writeStoredUpdate(`${prefix}${docId}`, update, cipher),
    control,
    'backup.phase.restoringDocuments',
    16,
  );
}
