import * as Y from 'yjs';
import { asBytes, type WindowCipher } from './windowCipher';

/**
 * y-indexeddb's load and compaction (`fetchUpdates`, `storeState`) over sealed records: the same
 * layout (an auto-increment `updates` store of Yjs updates, `_dbref` the first key not yet
 * applied, `_dbsize` the record count), with each value encrypted (windowCipher.ts). y-indexeddb
 * applies stored values synchronously inside its read, so there is no place in it for WebCrypto,
 * which is asynchronous; these two functions are the whole difference. Without a cipher (unit
 * tests of the layout) values are stored as they are.
 */

export const UPDATES_STORE = 'updates';

/** The fields y-indexeddb keeps on a persistence object; the same meaning here. */
export interface UpdateLogFields {
  db: IDBDatabase | null;
  doc: Y.Doc;
  _dbref: number;
  _dbsize: number;
  _destroyed: boolean;
}

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

/** A stored value as a Yjs update: opened with the cipher, or taken as it is without one. */
export async function openStoredUpdate(
  value: unknown,
  cipher: WindowCipher | null,
  context: string,
): Promise<Uint8Array> {
  const bytes = asBytes(value);
  if (bytes === null) throw new Error('a stored update is not bytes');
  return cipher ? cipher.open(bytes, context) : bytes;
}

export function sealUpdate(
  update: Uint8Array,
  cipher: WindowCipher | null,
  context: string,
): Promise<Uint8Array> {
  return cipher ? cipher.seal(update, context) : Promise.resolve(update);
}

/**
 * Applies every record from `_dbref` on to the document (with `fields` as origin), then moves
 * `_dbref` past them. Rejects, applying nothing, when any record does not open or decode.
 */
export async function fetchSealedUpdates(
  fields: UpdateLogFields,
  /** A promise at first load: the records are read while the key is still on its way from main. */
  cipher: WindowCipher | null | Promise<WindowCipher | null>,
  context: string,
): Promise<void> {
  const db = fields.db;
  if (!db) throw new Error('the database is not open');
  const store = db.transaction([UPDATES_STORE], 'readonly').objectStore(UPDATES_STORE);
  const range = IDBKeyRange.lowerBound(fields._dbref, false);
  const [keys, values, count, opener] = await Promise.all([
    request(store.getAllKeys(range)),
    request(store.getAll(range)),
    request(store.count()),
    cipher,
  ]);
  const updates = await Promise.all(values.map((value) => openStoredUpdate(value, opener, context)));
  if (fields._destroyed) return;
  Y.transact(
    fields.doc,
    () => {
      for (const update of updates) Y.applyUpdate(fields.doc, update);
    },
    fields,
    false,
  );
  const last = keys[keys.length - 1];
  if (typeof last === 'number') fields._dbref = last + 1;
  fields._dbsize = count;
}

/**
 * Compaction: catches up on the log, then in one transaction stores the whole document as one
 * sealed record and deletes every record it replaces. A crash leaves the old records or the new
 * one, never neither.
 */
export async function storeSealedState(
  fields: UpdateLogFields,
  cipher: WindowCipher | null,
  context: string,
): Promise<void> {
  await fetchSealedUpdates(fields, cipher, context);
  const db = fields.db;
  if (!db || fields._destroyed) return;
  const sealed = await sealUpdate(Y.encodeStateAsUpdate(fields.doc), cipher, context);
  const tx = db.transaction([UPDATES_STORE], 'readwrite');
  const done = committed(tx);
  const store = tx.objectStore(UPDATES_STORE);
  store.add(sealed);
  store.delete(IDBKeyRange.upperBound(fields._dbref, true));
  const counted = request(store.count());
  await done;
  fields._dbsize = await counted;
}
