import { VAULT_DOC_ID } from '../../../shared/schema/ids';
import { startAtRestBoot, type AtRestBoot } from '../data/atRestBoot';
import { DocumentStore, type OpenDocument } from '../data/DocumentStore';
import { mirrorFromPreload, type MirrorClient } from '../data/mirrorClient';

export interface BootOptions {
  mirror?: MirrorClient | null;
  dbPrefix?: string;
  now?: () => number;
  closeDelayMs?: number;
}

export interface OpenedStore {
  store: DocumentStore;
  vault: OpenDocument;
  options: BootOptions;
  /** The window's key from main; the vault's read waits on it (and on the lock screen, if any). */
  atRest: AtRestBoot;
}

/**
 * The first thing the renderer does: start reading the vault index from IndexedDB. This module
 * pulls in only Yjs and the persistence layer, so the read starts while React and the rest of
 * the UI are still being loaded.
 */
export function openStore(options: BootOptions = {}): OpenedStore {
  const dbPrefix = options.dbPrefix ?? 'tandem/';
  // The key is asked for while IndexedDB opens: the two round trips overlap.
  const atRest = startAtRestBoot(dbPrefix);
  const store = new DocumentStore({
    mirror: options.mirror === undefined ? mirrorFromPreload() : options.mirror,
    cipher: atRest.cipher,
    dbPrefix,
    ...(options.closeDelayMs === undefined ? {} : { closeDelayMs: options.closeDelayMs }),
  });
  const [vault] = store.open(VAULT_DOC_ID, { deferMirror: true });
  void vault.ready.then(
    () => performance.mark('tandem:vault-loaded'),
    () => undefined,
  );
  return { store, vault, options, atRest };
}
