import { useEffect } from 'react';
import { touchReflection } from '../../../../shared/schema/reflection';
import type { OpenDocument } from '../../data/DocumentStore';
import { MIRROR_ORIGIN } from '../../data/MirrorLink';

const REINDEX_DELAY_MS = 400;

/**
 * While an entry is open, keeps its vault record (title, tags, excerpt, word count) and anything
 * else that indexes it up to date, a moment after the user stops typing rather than on every key.
 */
export function useEntryIndexing(
  item: OpenDocument | null,
  now: () => number,
  onSettled: (item: OpenDocument) => void,
): void {
  useEffect(() => {
    if (!item) return;
    const { doc, persistence } = item;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let editedLocally = false;
    const settle = () => {
      timer = null;
      if (editedLocally) {
        editedLocally = false;
        touchReflection(doc, now());
      }
      onSettled(item);
    };
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      const local = origin !== MIRROR_ORIGIN && !persistence.isOwnOrigin(origin) && origin !== settle;
      if (!local) return;
      editedLocally = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => doc.transact(settle, settle), REINDEX_DELAY_MS);
    };
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      if (timer) {
        clearTimeout(timer);
        doc.transact(settle, settle);
      }
    };
  }, [item, now, onSettled]);
}
