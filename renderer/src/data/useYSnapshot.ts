import { useCallback, useRef, useSyncExternalStore } from 'react';
import { typeChangeCount, type ObservableType } from './changeCounter';

interface Cached<T> {
  type: ObservableType | null;
  read: () => T;
  version: number;
  value: T;
}

/**
 * Reads a value derived from a Yjs type and re-renders when the type (or anything below it)
 * changes. The snapshot is cached and recomputed only after a change, so React sees a stable
 * value between changes (as tldraw's `useValue` and Keystatic's `useYJsValue` do).
 * `read` must be stable (module-level or wrapped in useCallback).
 */
export function useYSnapshot<T>(type: ObservableType | null, read: () => T): T {
  const cache = useRef<Cached<T> | null>(null);

  const subscribe = useCallback(
    (notify: () => void) => {
      if (!type) return () => undefined;
      type.observeDeep(notify);
      return () => type.unobserveDeep(notify);
    },
    [type],
  );

  const getSnapshot = useCallback((): T => {
    const version = type ? typeChangeCount(type) : 0;
    const cached = cache.current;
    if (cached?.type === type && cached.read === read && cached.version === version) return cached.value;
    const value = read();
    cache.current = { type, read, version, value };
    return value;
  }, [type, read]);

  return useSyncExternalStore(subscribe, getSnapshot);
}
