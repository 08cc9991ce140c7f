import { useEffect, useState } from 'react';
import type { OpenDocument } from '../../data/DocumentStore';
import type { JournalRepository } from './JournalRepository';

export type EntryDocumentState =
  { status: 'loading' } | { status: 'ready'; item: OpenDocument } | { status: 'damaged'; message: string };

/** Opens an entry's item document while the entry is shown, and releases it afterwards. */
export function useEntryDocument(journal: JournalRepository, id: string): EntryDocumentState {
  const [state, setState] = useState<{ id: string; value: EntryDocumentState }>({
    id,
    value: { status: 'loading' },
  });
  useEffect(() => {
    let active = true;
    const [item, release] = journal.openEntry(id);
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
  }, [journal, id]);
  return state.id === id ? state.value : { status: 'loading' };
}
