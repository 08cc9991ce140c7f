import { itemDocId, VAULT_DOC_ID } from '../../../../shared/schema/ids';
import { expiredTrash, readTrash, removeFromVault, type TrashItem } from '../../../../shared/trash/trash';
import type { AppServices } from '../../services/AppServicesContext';
import { trashSharingFromPreload, withdrawFromSpaces, type TrashSharing } from './withdrawShared';

type PurgeServices = Pick<AppServices, 'store' | 'vault' | 'now'>;

/**
 * Removes items from the trash for good. A shared item is first withdrawn from its spaces. Per item: its document goes from IndexedDB (with any
 * quarantined copies) and from main's disk mirror, then its record leaves the vault. Last, the
 * vault is rewritten in both places without deleted content, so the item's title is in no
 * stored record. Backups read the vault and these two stores, so later ones do not hold it.
 * An interruption leaves the item in the trash (its record goes last), and purging it again
 * finishes the job.
 */
export async function purgeFromTrash(
  services: PurgeServices,
  items: readonly TrashItem[],
  sharing: TrashSharing | null = trashSharingFromPreload(),
): Promise<void> {
  if (items.length === 0) return;
  // A shared item is withdrawn first: if that fails, nothing has been removed yet.
  await withdrawFromSpaces(
    sharing,
    items.map((item) => itemDocId(item.id)),
  );
  for (const item of items) {
    await services.store.purge(itemDocId(item.id));
    removeFromVault(services.vault.doc, item.kind, item.id);
  }
  await services.store.compactCollected(VAULT_DOC_ID);
}

/** At start-up: what has been in the trash for 30 days goes. Returns how many items went. */
export async function purgeExpiredTrash(
  services: PurgeServices,
  sharing: TrashSharing | null = trashSharingFromPreload(),
): Promise<number> {
  const due = expiredTrash(readTrash(services.vault.doc), services.now());
  await purgeFromTrash(services, due, sharing);
  return due.length;
}
