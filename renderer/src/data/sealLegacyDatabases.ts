import * as Y from 'yjs';
import { looksSealed } from '../../../shared/atRest/sealedRecord';
import { UPDATES_STORE } from './sealedUpdates';
import { asBytes, type WindowCipher } from './windowCipher';

/**
 * The first start with encryption: every document database of this profile that still holds
 * plain records is rewritten as one sealed record, in one transaction per database (a crash
 * leaves it plain or sealed, both readable by the next start, which runs this again). A plain
 * search index is deleted: it is a cache and is rebuilt sealed. Sealed records that fail
 * authentication are left for the document's own load to quarantine.
 */

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

function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(`Could not open ${name}`));
  });
}

/** True when the database held plain records and now holds one sealed record instead. */
async function sealDocumentDatabase(db: IDBDatabase, name: string, cipher: WindowCipher): Promise<boolean> {
  if (!db.objectStoreNames.contains(UPDATES_STORE)) return false;
  const values = await request(
    db.transaction([UPDATES_STORE], 'readonly').objectStore(UPDATES_STORE).getAll(),
  );
  const records = values.map(asBytes);
  if (records.every((r) => r === null || looksSealed(r))) return false;
  const updates: Uint8Array[] = [];
  for (const record of records) {
    if (record === null) continue;
    // A sealed record that does not open stays: the document's load will quarantine it.
    if (looksSealed(record)) updates.push(await cipher.open(record, name));
    else updates.push(record);
  }
  const sealed = await cipher.seal(Y.mergeUpdates(updates), name);
  const tx = db.transaction([UPDATES_STORE], 'readwrite');
  const done = committed(tx);
  const store = tx.objectStore(UPDATES_STORE);
  store.clear();
  store.add(sealed);
  await done;
  return true;
}

async function dropPlainSearchIndex(db: IDBDatabase): Promise<void> {
  const storeName = [...db.objectStoreNames][0];
  if (storeName === undefined) return;
  const reading = db.transaction([storeName], 'readonly').objectStore(storeName);
  const [keys, values] = await Promise.all([request(reading.getAllKeys()), request(reading.getAll())]);
  const plain = keys.filter((_, i) => {
    const bytes = asBytes(values[i]);
    return bytes === null || !looksSealed(bytes);
  });
  if (plain.length === 0) return;
  const tx = db.transaction([storeName], 'readwrite');
  const done = committed(tx);
  for (const key of plain) tx.objectStore(storeName).delete(key);
  await done;
}

export async function sealLegacyDatabases(
  prefix: string,
  cipher: WindowCipher,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<{ sealed: number; failed: string[] }> {
  if (typeof indexedDB.databases !== 'function') return { sealed: 0, failed: [] };
  const names = (await indexedDB.databases()).flatMap((d) => (d.name?.startsWith(prefix) ? [d.name] : []));
  let sealed = 0;
  const failed: string[] = [];
  for (const [index, name] of names.entries()) {
    const db = await openExisting(name);
    try {
      if (name === `${prefix}search-index`) await dropPlainSearchIndex(db);
      else if (await sealDocumentDatabase(db, name, cipher)) sealed++;
    } catch {
      // Left as it is (nothing was written): the document's own load reports and repairs it.
      failed.push(name);
    } finally {
      db.close();
    }
    onProgress(index + 1, names.length);
  }
  return { sealed, failed };
}
