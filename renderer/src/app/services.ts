import { migrateVault } from '../../../shared/schema/vault';
import { spacesResultSchema } from '../../../shared/sharing/sharingIpc';
import type { DocumentStore, OpenDocument } from '../data/DocumentStore';
import { mainEventsFromPreload } from '../data/mainEventsClient';
import { GrowthRepository } from '../features/growth/GrowthRepository';
import { followReceivedItems } from '../features/growth/receivedItems';
import { JournalRepository } from '../features/journal/JournalRepository';
import { JournalSearchService } from '../features/search/JournalSearchService';
import { SearchIndexStore } from '../features/search/searchIndexStore';
import { openStore, type BootOptions, type OpenedStore } from './openStore';

export type { BootOptions } from './openStore';

/** Everything the UI needs, created once at boot and handed down through context. */
export interface AppServices {
  store: DocumentStore;
  vault: OpenDocument;
  journal: JournalRepository;
  growth: GrowthRepository;
  search: JournalSearchService;
  now: () => number;
}

/**
 * Waits for the vault index — and only the index: item documents open when an entry is opened —
 * then migrates it and builds the services around it.
 * Rejects with DocumentDamagedError when the vault's stored data cannot be decoded.
 */
export async function finishBoot({ store, vault, options }: OpenedStore): Promise<AppServices> {
  await vault.ready;
  migrateVault(vault.doc);
  const now = options.now ?? Date.now;
  // Closing the window: write what is batched now, while the page can still start transactions.
  window.addEventListener('pagehide', () => void store.flushAll());
  const search = new JournalSearchService({
    store: new SearchIndexStore({ dbName: `${options.dbPrefix ?? 'tandem/'}search-index` }),
  });
  const growth = new GrowthRepository(store, vault.doc, now);
  followPeers(store, growth);
  return {
    store,
    vault,
    journal: new JournalRepository(store, vault.doc, now),
    growth,
    search,
    now,
  };
}

/** The other person's edits and shared items reach documents and lists live (Electron only). */
function followPeers(store: DocumentStore, growth: GrowthRepository): void {
  const events = mainEventsFromPreload();
  const sharing = window.tandem?.sharing;
  if (!events || !sharing) return;
  const listSpaces = async () => spacesResultSchema.parse(await sharing.listSpaces({})).spaces;
  followReceivedItems({ store, growth, events, listSpaces });
}

export function bootServices(options: BootOptions = {}): Promise<AppServices> {
  return finishBoot(openStore(options));
}
