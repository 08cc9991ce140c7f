import type * as Y from 'yjs';
import { findTemplate, type TemplateText } from '../../../../shared/journal/templates';
import { itemDocId, newItemId } from '../../../../shared/schema/ids';
import {
  initReflection,
  migrateReflection,
  reflectionBody,
  reflectionToVaultEntry,
} from '../../../../shared/schema/reflection';
import { fragmentToPlainText } from '../../../../shared/schema/richText';
import {
  patchVaultEntry,
  readVaultEntry,
  upsertVaultEntry,
  type VaultEntry,
} from '../../../../shared/schema/vault';
import type { DocumentStore, OpenDocument } from '../../data/DocumentStore';
import { formatEntryDate } from '../../ui/dates';

/**
 * Journal operations that span the vault index and item documents. Item documents are the
 * source of truth; the vault's record for each is re-derived after every change.
 */
export class JournalRepository {
  constructor(
    private readonly store: DocumentStore,
    private readonly vault: Y.Doc,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Creates an entry from a template and returns its id once its document is initialised. The
   * template's title and prompts are written in `language` (the window's), English without it.
   */
  async createEntry(templateId: string, language?: { text: TemplateText; locale: string }): Promise<string> {
    const template = findTemplate(templateId, language?.text) ?? findTemplate('blank');
    if (!template) throw new Error('The blank template is missing');
    const id = newItemId();
    const [item, release] = this.store.open(itemDocId(id));
    try {
      await item.ready;
      const now = this.now();
      initReflection(item.doc, {
        id,
        now,
        template,
        title: template.title.replace('{date}', formatEntryDate(now, language?.locale ?? 'en')),
      });
      upsertVaultEntry(this.vault, reflectionToVaultEntry(item.doc));
    } finally {
      release();
    }
    return id;
  }

  /** Opens an entry's document for editing; migrates old layouts once it has loaded. */
  openEntry(id: string): [OpenDocument, () => void] {
    const [item, release] = this.store.open(itemDocId(id));
    void item.ready.then(
      () => migrateReflection(item.doc),
      () => undefined,
    );
    return [item, release];
  }

  /** Re-derives the index record of an entry from its document, and returns it. */
  reindex(id: string, itemDoc: Y.Doc): VaultEntry {
    const current = readVaultEntry(this.vault, id);
    const entry = reflectionToVaultEntry(itemDoc, current?.deletedAt ?? null);
    upsertVaultEntry(this.vault, entry);
    return entry;
  }

  /** Plain text of an entry's body, read without keeping its document open. */
  bodyText(id: string): Promise<string> {
    return this.store.peek(itemDocId(id), (doc) => fragmentToPlainText(reflectionBody(doc)));
  }

  /** Soft delete: hidden from the journal and search, restorable with `restoreEntry`. */
  deleteEntry(id: string): void {
    patchVaultEntry(this.vault, id, { deletedAt: this.now() });
  }

  restoreEntry(id: string): void {
    patchVaultEntry(this.vault, id, { deletedAt: null });
  }
}
