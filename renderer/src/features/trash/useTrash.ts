import { useCallback } from 'react';
import type * as Y from 'yjs';
import { readTrash, type TrashItem } from '../../../../shared/trash/trash';
import { useDocSnapshot } from '../../data/useDocSnapshot';

/** The deleted items in the vault, most recently deleted first, kept current as it changes. */
export function useTrash(vault: Y.Doc): TrashItem[] {
  const read = useCallback((doc: Y.Doc) => readTrash(doc), []);
  return useDocSnapshot(vault, read);
}
