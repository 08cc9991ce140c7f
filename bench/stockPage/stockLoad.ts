import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/**
 * The yardstick: the same vault opened by stock y-indexeddb in an otherwise empty page, from a
 * plain copy of its own (the app's database is encrypted, which stock y-indexeddb cannot read). Built for the browser by bench/stockPage.ts; typed against only what it touches, as
 * bench/ is compiled without DOM typings.
 */
interface PageRoot {
  document: { documentElement: { dataset: Record<string, string | undefined> } };
}

const root = (globalThis as unknown as PageRoot).document.documentElement;
const doc = new Y.Doc();
const persistence = new IndexeddbPersistence('bench-stock/vault', doc);
void persistence.whenSynced.then(() => {
  performance.mark('stock:vault-synced');
  root.dataset.entries = String(doc.getMap('entries').size);
  root.dataset.stockState = 'ready';
});
