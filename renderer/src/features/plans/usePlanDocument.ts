import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readPlan, type Plan } from '../../../../shared/schema/plan';
import type { OpenDocument } from '../../data/DocumentStore';
import type { GrowthRepository } from '../growth/GrowthRepository';

export type PlanDocumentState =
  { status: 'loading' } | { status: 'ready'; item: OpenDocument } | { status: 'damaged'; message: string };

/**
 * Opens a plan's item document while it is shown, and releases it afterwards. Only pass ids the
 * vault index knows: opening an unknown id would create an empty document.
 */
export function usePlanDocument(growth: GrowthRepository, id: string): PlanDocumentState {
  const [state, setState] = useState<{ id: string; value: PlanDocumentState }>({
    id,
    value: { status: 'loading' },
  });
  useEffect(() => {
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
 * The plan in a document, re-read after every update to it. A plan spans a meta map and five
 * lists, so this listens to the whole document rather than one shared type (as useYSnapshot does).
 */
export function usePlan(doc: Y.Doc): Plan | null {
  const version = useRef(0);
  const cache = useRef<{ doc: Y.Doc; version: number; value: Plan | null } | null>(null);
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
  const getSnapshot = useCallback((): Plan | null => {
    const cached = cache.current;
    if (cached?.doc === doc && cached.version === version.current) return cached.value;
    const value = readPlan(doc);
    cache.current = { doc, version: version.current, value };
    return value;
  }, [doc]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
