import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocPersistence } from '../../../renderer/src/data/DocPersistence';
import { sealLegacyDatabases } from '../../../renderer/src/data/sealLegacyDatabases';
import { createWindowCipher, type WindowCipher } from '../../../renderer/src/data/windowCipher';
import { SearchIndexStore } from '../../../renderer/src/services/search/searchIndexStore';
import { appendRawRecord, readUpdateRecords } from './idbRecords';

/**
 * The window's IndexedDB encrypted at rest (real WebCrypto, real IndexedDB in jsdom): every
 * stored record is sealed, a record that fails authentication is quarantined while the rest of
 * the document opens, and a profile from before encryption is sealed once, losing nothing.
 */

const CANARY = 'CanaryWindowRecord9q';
let counter = 0;
const freshPrefix = () => `test-sealed-${Date.now()}-${counter++}/`;
const keyBytes = () => crypto.getRandomValues(new Uint8Array(32));

const holdsCanary = (records: Uint8Array[]) =>
  records.some((r) => Buffer.from(r.buffer, r.byteOffset, r.byteLength).includes(Buffer.from(CANARY)));

async function open(
  name: string,
  cipher: WindowCipher | null,
): Promise<{ doc: Y.Doc; persistence: DocPersistence }> {
  const doc = new Y.Doc();
  const persistence = new DocPersistence(name, doc, cipher);
  await persistence.whenLoaded;
  return { doc, persistence };
}

describe('sealed IndexedDB records', () => {
  it('stores only sealed records, through edits and a compaction, and loads them back', async () => {
    const cipher = await createWindowCipher(keyBytes());
    const name = `${freshPrefix()}item:Entry1`;
    const first = await open(name, cipher);
    first.doc.getText('body').insert(0, `${CANARY} first edit`);
    await first.persistence.flush();
    first.doc.getText('body').insert(0, 'Second. ');
    await first.persistence.flush();
    expect(holdsCanary(await readUpdateRecords(name))).toBe(false);
    first.doc.destroy();

    const again = await open(name, cipher);
    expect(again.doc.getText('body').toJSON()).toBe(`Second. ${CANARY} first edit`);
    expect(again.persistence.recovery).toBeNull();
    // Another key opens nothing: every record fails authentication, and all are kept aside.
    const otherKey = await open(name, await createWindowCipher(keyBytes()));
    expect(otherKey.doc.getText('body').toJSON()).toBe('');
    expect(otherKey.persistence.recovery?.damagedRecords).toBe(2);
  });

  it('quarantines a record that fails authentication (a flipped bit) and opens the rest', async () => {
    const cipher = await createWindowCipher(keyBytes());
    const name = `${freshPrefix()}vault`;
    const first = await open(name, cipher);
    first.doc.getMap('m').set('kept', 'this survives');
    await first.persistence.flush();
    first.doc.getMap('m').set('lost', 'this record is damaged');
    await first.persistence.flush();
    first.doc.destroy();
    const [good, victim] = await readUpdateRecords(name);
    const flipped = Uint8Array.from(victim!);
    flipped[flipped.length - 3]! ^= 0x10;
    // Rewrite the store as: the good record, then the damaged one.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction(['updates'], 'readwrite');
      tx.objectStore('updates').clear();
      tx.oncomplete = () => resolve();
    });
    db.close();
    await appendRawRecord(name, good!);
    await appendRawRecord(name, flipped);

    const reopened = await open(name, cipher);
    expect(reopened.persistence.state).toBe('saved');
    expect(reopened.doc.getMap('m').toJSON()).toEqual({ kept: 'this survives' });
    expect(reopened.persistence.recovery).toMatchObject({ recoveredRecords: 1, damagedRecords: 1 });
    const aside = reopened.persistence.recovery!.quarantineDb;
    expect(aside.startsWith(`tandem-quarantine/${name}/`)).toBe(true);
    // The damaged record is kept aside byte for byte (still sealed), never dropped.
    expect((await readUpdateRecords(aside)).map((r) => Array.from(r))).toContainEqual(Array.from(flipped));
  });

  it('seals a profile written before encryption once, keeping every document and dropping the plain search index', async () => {
    const prefix = freshPrefix();
    const plain = await open(`${prefix}item:Old`, null);
    plain.doc.getText('body').insert(0, `${CANARY} from before`);
    await plain.persistence.flush();
    plain.doc.getText('body').insert(0, 'Edited. ');
    await plain.persistence.flush();
    plain.doc.destroy();
    const index = new SearchIndexStore({ dbName: `${prefix}search-index` });
    await index.save({ formatVersion: 1, indexedUpdatedAt: {}, index: `{"${CANARY}":1}` });
    index.close();
    expect(holdsCanary(await readUpdateRecords(`${prefix}item:Old`))).toBe(true);

    const cipher = await createWindowCipher(keyBytes());
    const progress: string[] = [];
    const result = await sealLegacyDatabases(prefix, cipher, (done, total) =>
      progress.push(`${done}/${total}`),
    );
    expect(result).toEqual({ sealed: 1, failed: [] });
    expect(progress).toEqual(['1/2', '2/2']);
    const records = await readUpdateRecords(`${prefix}item:Old`);
    expect(records).toHaveLength(1);
    expect(holdsCanary(records)).toBe(false);
    const sealedIndex = new SearchIndexStore({
      dbName: `${prefix}search-index`,
      cipher: Promise.resolve(cipher),
    });
    expect(await sealedIndex.load()).toBeUndefined();

    const reopened = await open(`${prefix}item:Old`, cipher);
    expect(reopened.doc.getText('body').toJSON()).toBe(`Edited. ${CANARY} from before`);
    // Running it again (a restart after a crash) changes nothing.
    expect(await sealLegacyDatabases(prefix, cipher)).toEqual({ sealed: 0, failed: [] });
  });

  it('keeps the search index sealed and reads it back', async () => {
    const cipher = Promise.resolve(await createWindowCipher(keyBytes()));
    const dbName = `${freshPrefix()}search-index`;
    const store = new SearchIndexStore({ dbName, cipher });
    const value = { formatVersion: 3, indexedUpdatedAt: { a: 1 }, index: `{"terms":"${CANARY}"}` };
    await store.save(value);
    expect(await store.load()).toEqual(value);
    store.close();
    const raw = await new Promise<unknown>((resolve) => {
      const req = indexedDB.open(dbName);
      req.onsuccess = () => {
        const get = req.result.transaction('indexes').objectStore('indexes').get('journal');
        get.onsuccess = () => {
          req.result.close();
          resolve(get.result);
        };
      };
    });
    expect(holdsCanary([raw as Uint8Array])).toBe(false);
  });
});
