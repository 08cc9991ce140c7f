import * as Y from 'yjs';
import { itemDocId } from '../../../../shared/schema/ids';
import { JournalImportError, type JournalExport } from '../../../../shared/export/journalJson';
import {
  importCompetencies,
  importProfile,
  indexImportedItem,
  isJournalEmpty,
  writeImportedItem,
} from '../../../../shared/export/jsonImport';
import type { DocumentStore } from '../../data/DocumentStore';
import { forEachWithProgress, throwIfCancelled, type TaskControl } from './taskProgress';

/**
 * A parsed JSON export into this (empty) journal. Each item is built in memory first —
 * cancelling then changes nothing — and only then saved, item documents first and the vault
 * index last in one transaction, so the journal shows the import all at once.
 */
export async function importJournal(
  store: DocumentStore,
  vault: Y.Doc,
  data: JournalExport,
  control: TaskControl,
): Promise<{ imported: number }> {
  if (!isJournalEmpty(vault)) {
    throw new JournalImportError(
      'not-empty',
      'Importing needs an empty journal, so nothing is mixed up or overwritten. This journal already has ' +
        'entries; to bring a journal back as it was, restore a full backup instead. Nothing was imported.',
    );
  }
  const built = await forEachWithProgress(
    data.items,
    (item) => {
      const doc = new Y.Doc();
      writeImportedItem(doc, item);
      return Promise.resolve({ item, update: Y.encodeStateAsUpdate(doc), doc });
    },
    control,
    'backup.phase.readingExport',
  );
  throwIfCancelled(control.signal);
  // From here on the import is saved; it is no longer cancelled half-way.
  control.onCommitted?.();
  await forEachWithProgress(
    built,
    async ({ item, update }) => {
      const [opened, release] = store.open(itemDocId(item.id));
      try {
        await opened.ready;
        Y.applyUpdate(opened.doc, update);
      } finally {
        release();
      }
    },
    { onProgress: control.onProgress },
    'backup.phase.savingImported',
  );
  vault.transact(() => {
    importProfile(vault, data.profile);
    importCompetencies(vault, data.competencies);
    for (const { item, doc } of built) indexImportedItem(vault, doc, item.kind);
  });
  for (const { doc } of built) doc.destroy();
  await store.flushAll();
  return { imported: built.length };
}
