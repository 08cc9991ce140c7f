import * as idb from 'lib0/indexeddb';
import * as Y from 'yjs';
import { openStoredUpdate, sealUpdate } from './sealedUpdates';
import type { WindowCipher } from './windowCipher';

/**
 * What to do when a document's stored updates do not decode (or fail authentication: damaged,
 * or written with another key): copy every stored record aside,
 * byte for byte, into a quarantine database (nothing is ever deleted), then rebuild the
 * document from the records that still decode on their own. The caller then reconciles with
 * the disk mirror, which usually fills in whatever the damaged records held.
 */

export interface DamageReport {
  /** Stored records that decoded and were kept. */
  recoveredRecords: number;
  /** Stored records that did not decode; their bytes are in the quarantine database. */
  damagedRecords: number;
  /** IndexedDB database holding the original records, untouched. */
  quarantineDb: string;
}

const UPDATES_STORE = 'updates';

/** `tandem-quarantine/<db name>/<time>`: one per incident, so a second one never overwrites the first. */
export function quarantineDbName(dbName: string, at: Date): string {
  return `${quarantinePrefix(dbName)}${at.toISOString()}`;
}

/** What every quarantine database made of `dbName` is named with (a purge deletes them all). */
export function quarantinePrefix(dbName: string): string {
  return `tandem-quarantine/${dbName}/`;
}

interface StoredRecord {
  k: IDBValidKey;
  v: unknown;
}

async function readRecords(db: IDBDatabase): Promise<StoredRecord[]> {
  const [store] = idb.transact(db, [UPDATES_STORE], 'readonly');
  if (!store) throw new Error('the updates store is missing');
  return idb.getAllKeysValues(store);
}

async function copyAside(name: string, records: readonly StoredRecord[]): Promise<void> {
  const aside = await idb.openDB(name, (created) => idb.createStores(created, [[UPDATES_STORE]]));
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = aside.transaction([UPDATES_STORE], 'readwrite');
      const store = tx.objectStore(UPDATES_STORE);
      for (const record of records) store.put(record.v, record.k);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('could not copy the damaged data aside'));
      tx.onabort = () => reject(tx.error ?? new Error('copying the damaged data aside was aborted'));
    });
  } finally {
    aside.close();
  }
}

/**
 * Applies each record on its own to a scratch doc; a record that does not open (authenticate)
 * or throws while applying is counted as damaged.
 */
async function salvage(
  records: readonly StoredRecord[],
  cipher: WindowCipher | null,
  context: string,
): Promise<{
  state: Uint8Array;
  recovered: number;
  damaged: number;
}> {
  const scratch = new Y.Doc();
  let recovered = 0;
  let damaged = 0;
  for (const record of records) {
    let v: Uint8Array;
    try {
      v = await openStoredUpdate(record.v, cipher, context);
    } catch {
      damaged++;
      continue;
    }
    // Decode into a throwaway doc first: a record that fails half-way must not leave half its
    // structs in the document being rebuilt.
    try {
      const probe = new Y.Doc();
      Y.applyUpdate(probe, Y.encodeStateAsUpdate(scratch));
      Y.applyUpdate(probe, v);
      probe.destroy();
      Y.applyUpdate(scratch, v);
      recovered++;
    } catch {
      damaged++;
    }
  }
  const state = Y.encodeStateAsUpdate(scratch);
  scratch.destroy();
  return { state, recovered, damaged };
}

/** Replaces every stored record with one: the salvaged state. One transaction, so all or nothing. */
async function replaceRecords(db: IDBDatabase, sealedState: Uint8Array): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction([UPDATES_STORE], 'readwrite');
    const store = tx.objectStore(UPDATES_STORE);
    store.clear();
    store.add(sealedState);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('could not rewrite the repaired data'));
    tx.onabort = () => reject(tx.error ?? new Error('rewriting the repaired data was aborted'));
  });
}

/**
 * Quarantines and repairs the document stored in `db`. Throws (leaving the stored bytes as they
 * were) when the copy aside cannot be made: nothing is rewritten without a copy kept first.
 */
export async function quarantineAndSalvage(
  db: IDBDatabase,
  dbName: string,
  cipher: WindowCipher | null = null,
  now = new Date(),
): Promise<{ report: DamageReport; state: Uint8Array }> {
  const records = await readRecords(db);
  const quarantineDb = quarantineDbName(dbName, now);
  // The records go aside as they are stored: sealed records stay sealed there.
  await copyAside(quarantineDb, records);
  const { state, recovered, damaged } = await salvage(records, cipher, dbName);
  await replaceRecords(db, await sealUpdate(state, cipher, dbName));
  return { report: { recoveredRecords: recovered, damagedRecords: damaged, quarantineDb }, state };
}
