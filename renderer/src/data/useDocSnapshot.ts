import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { docChangeCount } from './changeCounter';

/**
 * A value read from a whole item document, recomputed after each update to it. Goals keep their
 * fields in a map and their competencies in an array, and a plan spans a meta map and five lists,
 * so this listens to the document rather than to one shared type (as useYSnapshot does). `read`
 * must be stable.
 */
export function useDocSnapshot<T>(doc: Y.Doc, read: (doc: Y.Doc) => T): T {
  const cache = useRef<{ doc: Y.Doc; read: (doc: Y.Doc) => T; version: number; value: T } | null>(null);
  const subscribe = useCallback(
    (notify: () => void) => {
      doc.on('update', notify);
      return () => doc.off('update', notify);
    },
    [doc],
  );
  const getSnapshot = useCallback((): T => {
    const version = docChangeCount(doc);
    const cached = cache.current;
    if (cached?.doc === doc && cached.read === read && cached.version === version) return cached.value;
    const value = read(doc);
    cache.current = { doc, read, version, value };
    return value;
  }, [doc, read]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
