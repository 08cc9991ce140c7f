import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { OpenDocument } from '../../data/DocumentStore';
import type { GrowthRepository } from '../growth/GrowthRepository';

export type GrowthDocumentState =
  { status: 'loading' } | { status: 'ready'; item: OpenDocument } | { status: 'damaged'; message: string };

/**
 * Opens a goal's or feedback note's item document while it is shown, and releases it afterwards.
 * Pass null for an id the index does not know: opening it would create an empty document.
 */
export function useGrowthDocument(growth: GrowthRepository, id: string | null): GrowthDocumentState {
  const [state, setState] = useState<{ id: string | null; value: GrowthDocumentState }>({
    id,
    value: { status: 'loading' },
  });
  useEffect(() => {
    if (id === null) return;
    let active = true;
    const [item, release] = growth.open(id);
    item.ready.then(
      () => active && setState({ id, value: { status: 'ready', item } }),
      (error: unknown) =>
        active &&
        setState({
          id,
          value: { status: 'damaged', message: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      active = false;
      release();
    };
  }, [growth, id]);
  return state.id === id ? state.value : { status: 'loading' };
}

/**
 * A value read from a whole item document, recomputed after each update to it. Goals keep their
 * fields in a map and their competencies in an array, so this listens to the document rather
 * than to one shared type (as useYSnapshot does). `read` must be stable.
 */
export function useDocSnapshot<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const version = useRef(0);
  const cache = useRef<{ doc: Y.Doc; read: (doc: Y.Doc) => T; version: number; value: T } | null>(null);
  const subscribe = useCallback(
    (notify: () => void) => {
      const onUpdate = () => {
        version.current++;
        notify();
      };
      doc.on('update', onUpdate);
      return () => doc.off('update', onUpdate);
    },
    [doc],
  );
  const getSnapshot = useCallback((): T => {
    const cached = cache.current;
    if (cached?.doc === doc && cached.read === read && cached.version === version.current)
      return cached.value;
    const value = read(doc);
    cache.current = { doc, read, version: version.current, value };
    return value;
  }, [doc, read]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
