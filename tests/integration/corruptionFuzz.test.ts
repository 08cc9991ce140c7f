import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentMirror } from '../../electron/main/mirror/DocumentMirror';
import { findTemplate } from '../../shared/journal/templates';
import { initReflection, reflectionBody } from '../../shared/schema/reflection';
import { appendBlocks } from '../../shared/schema/richText';
import { DocPersistence } from '../../renderer/src/data/DocPersistence';
import { DocumentStore } from '../../renderer/src/data/DocumentStore';
import { seededRandom } from '../../bench/journalGenerator';
import { readUpdateRecords } from '../renderer/data/idbRecords';

/**
 * Seeded random corruptions of a real stored reflection (bit flips, torn records, garbage and
 * duplicated records) loaded through the real store with the real disk mirror: it always opens
 * (repaired from what decodes plus the disk copy, the damaged bytes quarantined), it never
 * throws, and it takes new edits. A failure names its seed: `CORRUPTION_SEED=<n>` replays it.
 */

const SEEDS = 120;
const DOC_ID = 'item:fuzzed';

let dir: string;
let mirror: DocumentMirror;
let original: Uint8Array[];

/** A real reflection written in several sittings, so it is stored as several records. */
async function writeOriginal(name: string): Promise<Uint8Array[]> {
  const doc = new Y.Doc();
  const persistence = new DocPersistence(name, doc);
  await persistence.whenLoaded;
  initReflection(doc, { id: 'fuzzed', now: 1_700_000_000_000, template: findTemplate('after-project')! });
  await persistence.flush();
  for (let sitting = 0; sitting < 6; sitting++) {
    appendBlocks(reflectionBody(doc), [
      { type: 'heading', level: 2, text: `Sitting ${sitting}` },
      {
        type: 'paragraph',
        text: `I learned to ask for feedback early — résumé, 日本語, עברית (${sitting}).`,
      },
      { type: 'taskList', items: ['Book a mentoring session', 'Draft the stretch goal'] },
    ]);
    await persistence.flush();
  }
  await mirror.append(DOC_ID, Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return readUpdateRecords(name);
}

function corrupt(records: readonly Uint8Array[], random: () => number): Uint8Array[] {
  const out = records.map((r) => Uint8Array.from(r));
  const pick = () => Math.floor(random() * out.length);
  const operations = 1 + Math.floor(random() * 3);
  for (let i = 0; i < operations; i++) {
    const kind = Math.floor(random() * 5);
    const at = pick();
    const record = out[at]!;
    if (kind === 0 && record.length > 0) {
      for (let flips = 1 + Math.floor(random() * 4); flips > 0; flips--) {
        record[Math.floor(random() * record.length)]! ^= 1 << Math.floor(random() * 8);
      }
    } else if (kind === 1) {
      out[at] = record.subarray(0, Math.floor(random() * record.length));
    } else if (kind === 2) {
      out.splice(
        at,
        0,
        Uint8Array.from({ length: 1 + Math.floor(random() * 64) }, () => random() * 256),
      );
    } else if (kind === 3) {
      out.splice(at, 0, Uint8Array.from(record));
    } else {
      out[at] = new Uint8Array(0);
    }
  }
  return out;
}

function replaceRecords(name: string, records: readonly Uint8Array[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['updates'], 'readwrite');
      const store = tx.objectStore('updates');
      store.clear();
      for (const record of records) store.add(record);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    };
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-corruption-'));
  mirror = new DocumentMirror({ documentsDir: join(dir, 'documents') });
  original = await writeOriginal('fuzz-original/item:fuzzed');
  expect(original.length).toBeGreaterThan(4);
});

afterAll(async () => {
  await mirror.whenIdle();
  await rm(dir, { recursive: true, force: true });
});

const client = () => ({
  append: async (docId: string, update: Uint8Array) => {
    await mirror.append(docId, update);
  },
  load: (docId: string) => mirror.load(docId),
  purge: (docId: string) => mirror.purge(docId),
  compactCollected: (docId: string) => mirror.compactCollected(docId),
});

const replay = process.env.CORRUPTION_SEED;
const seeds = replay ? [Number(replay)] : Array.from({ length: SEEDS }, (_, i) => i + 1);

describe('loading randomly corrupted stored data', () => {
  it(`opens, repairs and keeps working for ${seeds.length} seeded corruptions`, async () => {
    let repaired = 0;
    for (const seed of seeds) {
      const prefix = `fuzz-${seed}/`;
      // Create the database in y-indexeddb's layout, then lay the corrupted records down.
      const seedDoc = new Y.Doc();
      const seeding = new DocPersistence(`${prefix}${DOC_ID}`, seedDoc);
      await seeding.whenLoaded;
      seedDoc.destroy();
      await seeding.flush();
      const damaged = corrupt(original, seededRandom(seed));
      await replaceRecords(`${prefix}${DOC_ID}`, damaged);

      const store = new DocumentStore({ mirror: client(), dbPrefix: prefix, closeDelayMs: 0 });
      try {
        const [item] = store.open(DOC_ID);
        await expect(item.ready, `seed ${seed}: the document did not open`).resolves.toBeUndefined();
        const recovery = item.persistence.recovery;
        if (recovery) {
          repaired++;
          const aside = await readUpdateRecords(recovery.quarantineDb);
          expect(
            aside.map((r) => Array.from(r)),
            `seed ${seed}: quarantine differs`,
          ).toEqual(damaged.map((r) => Array.from(r)));
        }
        // The disk copy fills in what the damaged records held: every sitting is there again.
        await expect.poll(() => reflectionBody(item.doc).toJSON(), { timeout: 2000 }).toContain('Sitting 5');
        reflectionBody(item.doc).insert(0, [new Y.XmlText('after repair')]);
        await store.flushAll();
        await expect
          .poll(() => store.getStatus(), { message: `seed ${seed}: the new edit was not saved` })
          .toEqual({ kind: 'saved' });
      } finally {
        await store.closeAll();
      }
    }
    // Most corruptions break decoding; the run must have exercised the repair path.
    if (!replay) expect(repaired).toBeGreaterThan(seeds.length / 4);
  }, 120_000);
});
