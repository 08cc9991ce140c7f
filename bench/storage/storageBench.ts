import 'fake-indexeddb/auto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as idb from 'lib0/indexeddb';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { DEFAULT_MIN_LOG_BYTES, DocumentMirror } from '../../electron/main/mirror/DocumentMirror';
import { DocPersistence } from '../../renderer/src/data/DocPersistence';
import { BIG_ENTRY_TITLE, generateJournal } from '../journalGenerator';

/**
 * Bounded storage (issue 7 item 3): a document opened and closed 100 times without edits, and
 * the bytes then stored for it, divided by its encoded state. Tandem's wrapped persistence
 * against stock y-indexeddb, and the disk mirror, also after 20,000 one-keystroke appends (it
 * compacts by size).
 *
 * Runs in Node on fake-indexeddb: the bytes each library writes are what they decide to write,
 * whichever IndexedDB engine keeps them. Prints one JSON object; bench/run.ts runs it as a child
 * process so its IndexedDB globals stay out of the browser benchmarks.
 */

const REOPENS = 100;
/** One-keystroke appends (the app batches keystrokes; this is the worst case for the log). */
const EDITS = 20_000;
export const STORAGE_TARGET_RATIO = 1.5;

async function storedBytes(dbName: string): Promise<number> {
  const db = await idb.openDB(dbName, () => undefined);
  try {
    const [store] = idb.transact(db, ['updates'], 'readonly');
    if (!store) throw new Error(`${dbName} has no updates store`);
    const values = (await idb.getAll(store)) as Uint8Array[];
    return values.reduce((sum, value) => sum + value.byteLength, 0);
  } finally {
    db.close();
  }
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function reopenWithTandem(name: string, content: Uint8Array): Promise<number> {
  const first = new Y.Doc();
  const persistence = new DocPersistence(name, first);
  await persistence.whenLoaded;
  Y.applyUpdate(first, content);
  await persistence.flush();
  first.destroy();
  for (let i = 0; i < REOPENS; i++) {
    const doc = new Y.Doc();
    const again = new DocPersistence(name, doc);
    await again.whenLoaded;
    await again.flush();
    doc.destroy();
    await again.flush();
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  return storedBytes(name);
}

/**
 * Stock y-indexeddb writes `encodeStateAsUpdate(doc)` each time it opens: two bytes when the
 * doc is empty at that moment, a full copy when it already holds content (hydrated first from
 * another source — a disk mirror, a sync provider). Both are measured.
 */
async function reopenWithStock(name: string, content: Uint8Array, prefilled: boolean): Promise<number> {
  const first = new Y.Doc();
  Y.applyUpdate(first, content);
  const persistence = new IndexeddbPersistence(name, first);
  await persistence.whenSynced;
  await persistence.destroy();
  for (let i = 0; i < REOPENS; i++) {
    const doc = new Y.Doc();
    if (prefilled) Y.applyUpdate(doc, content);
    const again = new IndexeddbPersistence(name, doc);
    await again.whenSynced;
    await again.destroy();
  }
  return storedBytes(name);
}

async function mirrorAfterReopens(dir: string, docId: string, content: Uint8Array): Promise<number> {
  const first = new DocumentMirror({ documentsDir: dir });
  await first.append(docId, content);
  await first.whenIdle();
  for (let i = 0; i < REOPENS; i++) {
    // What opening does: load the copy, and append only what it lacks (here: nothing).
    const mirror = new DocumentMirror({ documentsDir: dir });
    const { update } = await mirror.load(docId);
    const doc = new Y.Doc();
    if (update) Y.applyUpdate(doc, update);
    const missing = Y.encodeStateAsUpdate(doc, update ? Y.encodeStateVectorFromUpdate(update) : undefined);
    if (missing.byteLength > 2) await mirror.append(docId, missing);
    await mirror.whenIdle();
  }
  return folderBytes(dir);
}

async function mirrorAfterEdits(dir: string, docId: string): Promise<{ bytes: number; encoded: number }> {
  const mirror = new DocumentMirror({ documentsDir: dir });
  const doc = new Y.Doc();
  const text = doc.getText('body');
  doc.on('update', (update: Uint8Array) => void mirror.append(docId, update));
  for (let i = 0; i < EDITS; i++) text.insert(text.length, i % 12 === 11 ? ' ' : 'x');
  await mirror.whenIdle();
  return { bytes: await folderBytes(dir), encoded: Y.encodeStateAsUpdate(doc).byteLength };
}

export interface StorageReport {
  reopens: number;
  documents: {
    name: string;
    encodedBytes: number;
    tandemBytes: number;
    tandemRatio: number;
    stockBytes: number;
    stockRatio: number;
    stockPrefilledBytes: number;
    stockPrefilledRatio: number;
    mirrorBytes: number;
    mirrorRatio: number;
  }[];
  /** The mirror's log is folded into its snapshot past max(256 KiB, 2× snapshot): bounded, not 1×. */
  mirrorAfterEdits: { edits: number; bytesOnDisk: number; encodedBytes: number; boundBytes: number };
  targetRatio: number;
  verdict: 'PASS' | 'FAIL';
}

const round = (n: number): number => Math.round(n * 100) / 100;

export async function measureStorage(): Promise<StorageReport> {
  const journal = generateJournal();
  const sizes = [...journal.docs.entries()].filter(([id]) => id.startsWith('item:'));
  sizes.sort((a, b) => a[1].byteLength - b[1].byteLength);
  const typical = sizes[Math.floor(sizes.length / 2)]!;
  const biggest = sizes[sizes.length - 1]!;
  const picks: [string, Uint8Array][] = [
    ['typical weekly reflection', typical[1]],
    [`"${BIG_ENTRY_TITLE}" (largest entry)`, biggest[1]],
  ];
  const root = await mkdtemp(join(tmpdir(), 'tandem-storage-bench-'));
  try {
    const documents = [];
    for (const [i, [name, content]] of picks.entries()) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, content);
      const encoded = Y.encodeStateAsUpdate(doc).byteLength;
      const tandem = await reopenWithTandem(`storage-tandem-${i}`, content);
      const stock = await reopenWithStock(`storage-stock-${i}`, content, false);
      const stockPrefilled = await reopenWithStock(`storage-stock-prefilled-${i}`, content, true);
      const mirror = await mirrorAfterReopens(join(root, `reopen-${i}`), 'item:bench', content);
      documents.push({
        name,
        encodedBytes: encoded,
        tandemBytes: tandem,
        tandemRatio: round(tandem / encoded),
        stockBytes: stock,
        stockRatio: round(stock / encoded),
        stockPrefilledBytes: stockPrefilled,
        stockPrefilledRatio: round(stockPrefilled / encoded),
        mirrorBytes: mirror,
        mirrorRatio: round(mirror / encoded),
      });
    }
    const edits = await mirrorAfterEdits(join(root, 'edits'), 'item:typed');
    const worst = Math.max(...documents.flatMap((d) => [d.tandemRatio, d.mirrorRatio]));
    const mirrorBounded = edits.bytes <= edits.encoded + Math.max(DEFAULT_MIN_LOG_BYTES, 2 * edits.encoded);
    return {
      reopens: REOPENS,
      documents,
      mirrorAfterEdits: {
        edits: EDITS,
        bytesOnDisk: edits.bytes,
        encodedBytes: edits.encoded,
        boundBytes: edits.encoded + Math.max(DEFAULT_MIN_LOG_BYTES, 2 * edits.encoded),
      },
      targetRatio: STORAGE_TARGET_RATIO,
      verdict: worst <= STORAGE_TARGET_RATIO && mirrorBounded ? 'PASS' : 'FAIL',
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('storageBench.ts')) {
  measureStorage().then(
    (report) => process.stdout.write(`${JSON.stringify(report)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
