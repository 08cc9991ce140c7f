import { VAULT_DOC_ID } from '../../../shared/schema/ids';
import { migrateVault } from '../../../shared/schema/vault';
import { DocumentStore, type OpenDocument } from '../data/DocumentStore';
import { mirrorFromPreload, type MirrorClient } from '../data/mirrorClient';
import { JournalRepository } from '../features/journal/JournalRepository';
import { JournalSearchService } from '../features/search/JournalSearchService';
import { SearchIndexStore } from '../features/search/searchIndexStore';

/** Everything the UI needs, created once at boot and handed down through context. */
export interface AppServices {
  store: DocumentStore;
  vault: OpenDocument;
  journal: JournalRepository;
  search: JournalSearchService;
  now: () => number;
}

export interface BootOptions {
  mirror?: MirrorClient | null;
  dbPrefix?: string;
  now?: () => number;
  closeDelayMs?: number;
}

/**
 * Opens the vault index — and only the index: item documents open when an entry is opened.
 * Rejects with DocumentDamagedError when the vault's stored data cannot be decoded.
 */
export async function bootServices(options: BootOptions = {}): Promise<AppServices> {
  const dbPrefix = options.dbPrefix ?? 'tandem/';
  const store = new DocumentStore({
    mirror: options.mirror === undefined ? mirrorFromPreload() : options.mirror,
    dbPrefix,
    ...(options.closeDelayMs === undefined ? {} : { closeDelayMs: options.closeDelayMs }),
  });
  const [vault] = store.open(VAULT_DOC_ID, { deferMirror: true });
  await vault.ready;
  migrateVault(vault.doc);
  const now = options.now ?? Date.now;
  // Closing the window: write what is batched now, while the page can still start transactions.
  window.addEventListener('pagehide', () => void store.flushAll());
  const search = new JournalSearchService({
    store: new SearchIndexStore({ dbName: `${dbPrefix}search-index` }),
  });
  return { store, vault, journal: new JournalRepository(store, vault.doc, now), search, now };
}
