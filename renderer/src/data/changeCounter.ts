import type * as Y from 'yjs';

/** Any Yjs shared type: deep observation is all the counter needs of it. */
export type ObservableType = Pick<Y.AbstractType<Y.YEvent<never>>, 'observeDeep' | 'unobserveDeep'>;

interface Counter {
  value: number;
}

const docCounters = new WeakMap<Y.Doc, Counter>();
const typeCounters = new WeakMap<ObservableType, Counter>();

/**
 * How many updates a document has had since it was first read here. The hooks that cache a
 * snapshot compare against it instead of counting in their React subscription: React subscribes
 * only after the commit (a passive effect, possibly a frame later), and a change landing in that
 * gap — the disk mirror's copy arriving just after IndexedDB's — would otherwise leave the cached
 * snapshot stale forever. Counting starts at the first read, which precedes the render.
 */
export function docChangeCount(doc: Y.Doc): number {
  let counter = docCounters.get(doc);
  if (!counter) {
    const created: Counter = { value: 0 };
    doc.on('update', () => created.value++);
    docCounters.set(doc, created);
    counter = created;
  }
  return counter.value;
}

/** Like docChangeCount, for one shared type and everything below it. */
export function typeChangeCount(type: ObservableType): number {
  let counter = typeCounters.get(type);
  if (!counter) {
    const created: Counter = { value: 0 };
    type.observeDeep(() => created.value++);
    typeCounters.set(type, created);
    counter = created;
  }
  return counter.value;
}
