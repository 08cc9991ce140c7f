import * as Y from 'yjs';
import { openStoredUpdate, sealUpdate } from '../../data/sealedUpdates';
import type { WindowCipher } from '../../data/windowCipher';

/**
 * A document's stored state read and written straight in y-indexeddb's layout (an `updates`
 * store of Yjs updates, and `custom`), without building a Y.Doc: a backup or restore of five
 * hundred documents spends its time in IndexedDB, not in decoding and re-encoding each one.
 */

const UPDATES = 'updates';
const CUSTOM = 'custom';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write was aborted'));
  });
}

/** Opens a database only if it exists with y-indexeddb's stores; null otherwise (nothing is created). */
function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    let created = false;
    req.onupgradeneeded = () => {
      created = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      const db = req.result;
      if (db.objectStoreNames.contains(UPDATES)) return resolve(db);
      db.close();
      resolve(null);
    };
    req.onerror = () => (created ? resolve(null) : reject(req.error ?? new Error(`Could not open ${name}`)));
  });
}

/**
 * All stored updates of a database merged into one, or null when it holds none. Throws if they
 * do not open (authenticate) or decode.
 */
export async function readStoredUpdate(
  name: string,
  cipher: WindowCipher | null,
): Promise<Uint8Array | null> {
  const db = await openExisting(name);
  if (!db) return null;
  try {
    const tx = db.transaction([UPDATES], 'readonly');
    const records = (await request(tx.objectStore(UPDATES).getAll())) as unknown[];
    const updates = await Promise.all(
      records.filter((r) => ArrayBuffer.isView(r)).map((r) => openStoredUpdate(r, cipher, name)),
    );
    const [only] = updates;
    if (only === undefined) return null;
    return updates.length === 1 ? only : Y.mergeUpdates(updates);
  } finally {
    db.close();
  }
}

/** Replaces a database's content with one update, sealed (creating it in y-indexeddb's layout if need be). */
export async function writeStoredUpdate(
  name: string,
  update: Uint8Array,
  cipher: WindowCipher | null,
): Promise<void> {
  const sealed = await sealUpdate(update, cipher, name);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => {
      const created = req.result;
      if (!created.objectStoreNames.contains(UPDATES))
        created.createObjectStore(UPDATES, { autoIncrement: true });
      if (!created.objectStoreNames.contains(CUSTOM)) created.createObjectStore(CUSTOM);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(`Could not open ${name}`));
  });
  try {
    const stores = db.objectStoreNames.contains(CUSTOM) ? [UPDATES, CUSTOM] : [UPDATES];
    const tx = db.transaction(stores, 'readwrite');
    const done = committed(tx);
    for (const store of stores) tx.objectStore(store).clear();
    tx.objectStore(UPDATES).add(sealed);
    await done;
  } finally {
    db.close();
  }
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error(`Could not delete ${name}`));
  });
}
