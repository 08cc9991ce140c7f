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
import { DocPersistence } from '../../data/DocPersistence';
import type { DocumentStore, OpenDocument } from '../../data/DocumentStore';
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

/** Every document's whole state, as the live store has it (open documents included as edited). */
export async function collectBackupDocuments(
  store: DocumentStore,
  vault: OpenDocument,
  control: TaskControl,
): Promise<BackupDocument[]> {
  await store.flushAll();
  const ids = await listDocumentIds(vault);
  return forEachWithProgress(
    ids,
    async (docId) => ({ docId, update: await store.peek(docId, (doc) => Y.encodeStateAsUpdate(doc)) }),
    control,
    'Reading your journal',
  );
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
  });
}

async function writeDocument(dbName: string, update: Uint8Array): Promise<void> {
  const doc = new Y.Doc();
  const persistence = new DocPersistence(dbName, doc);
  try {
    await persistence.whenLoaded;
    Y.applyUpdate(doc, update);
    await persistence.flush();
    if (persistence.state === 'error') throw persistence.error ?? new Error(`Could not save ${dbName}`);
  } finally {
    doc.destroy();
  }
}

/**
 * Replaces this profile's local documents with `documents`: every document database under the
 * prefix is deleted, then each document is written as one update (its state vector is the
 * backup's). The caller has closed the store first, so nothing writes the old state back.
 */
export async function replaceLocalDocuments(
  prefix: string,
  documents: readonly BackupDocument[],
  control: Omit<TaskControl, 'signal'>,
): Promise<void> {
  // Every backup document's database goes too, even where the browser cannot list databases.
  const existing = [...new Set([...(await localDocIds(prefix)), ...documents.map((d) => d.docId)])];
  await forEachWithProgress(
    existing,
    (docId) => deleteDatabase(`${prefix}${docId}`),
    control,
    'Clearing the old copy',
  );
  await forEachWithProgress(
    documents,
    ({ docId, update }) => writeDocument(`${prefix}${docId}`, update),
    control,
    'Restoring documents',
  );
}
