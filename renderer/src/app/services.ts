import { VAULT_DOC_ID } from '../../../shared/schema/ids';
import { migrateVault } from '../../../shared/schema/vault';
import type { DocumentStore } from '../data/DocumentStore';
import type { AppServices } from '../services/AppServicesContext';
import { GrowthRepository } from '../services/growth/GrowthRepository';
import { JournalRepository } from '../services/journal/JournalRepository';
import { JournalSearchService } from '../services/search/JournalSearchService';
import { SearchIndexStore } from '../services/search/searchIndexStore';
import { openStore, type BootOptions, type OpenedStore } from './openStore';

export type { BootOptions } from './openStore';

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
    store: new SearchIndexStore({
      dbName: `${options.dbPrefix ?? 'tandem/'}search-index`,
      cipher: store.cipher,
    }),
  });
  const growth = new GrowthRepository(store, vault.doc, now);
  followPeers(store, growth);
  const services: AppServices = {
    store,
    vault,
    journal: new JournalRepository(store, vault.doc, now),
    growth,
    search,
    now,
  };
  purgeExpiredTrash(services);
  return services;
}

/**
 * Items in the trash for 30 days go for good, once the vault has merged main's copy. Not part
 * of the first screen: the trash's code loads after boot, like sharing's.
 */
function purgeExpiredTrash(services: AppServices): void {
  setTimeout(() => {
    void services.store
      .whenReconciled(VAULT_DOC_ID)
      .then(() => import('../features/trash/purgeTrash'))
      .then((trash) => trash.purgeExpiredTrash(services))
      .catch((error: unknown) => console.warn(`Could not empty the trash: ${String(error)}`));
  }, 0);
}

/**
 * The other person's edits and shared items reach documents and lists live (in Electron, where
 * main sends events). Sharing is not part of the first screen, so its code loads after boot;
 * anything it missed meanwhile is in main's mirror, which documents merge when they open.
 */
function followPeers(store: DocumentStore, growth: GrowthRepository): void {
  if (!window.tandem?.events) return;
  // Asked for once the first screen is rendered (startApp renders in this task): asking now
  // adds a preload link per file to the page, which the journal list measurably waited for.
  setTimeout(() => {
    import('../services/growth/followPeers').then(
      (module) => module.followPeers(store, growth),
      (error: unknown) => console.warn(`Could not load sharing: ${String(error)}`),
    );
  }, 0);
}

export function bootServices(options: BootOptions = {}): Promise<AppServices> {
  return finishBoot(openStore(options));
}
