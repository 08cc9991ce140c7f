import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** Any Yjs shared type: deep observation is all this hook needs of it. */
type ObservableType = Pick<Y.AbstractType<Y.YEvent<never>>, 'observeDeep' | 'unobserveDeep'>;

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
  const version = useRef(0);

  const subscribe = useCallback(
    (notify: () => void) => {
      if (!type) return () => undefined;
      const onChange = () => {
        version.current++;
        notify();
      };
      type.observeDeep(onChange);
      return () => type.unobserveDeep(onChange);
    },
    [type],
  );

  const getSnapshot = useCallback((): T => {
    const cached = cache.current;
    if (cached?.type === type && cached.read === read && cached.version === version.current)
      return cached.value;
    const value = read();
    cache.current = { type, read, version: version.current, value };
    return value;
  }, [type, read]);

  return useSyncExternalStore(subscribe, getSnapshot);
}
