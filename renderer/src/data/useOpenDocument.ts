import { useEffect, useEffectEvent, useState } from 'react';
import { DocumentDamagedError } from './DocPersistence';
import type { OpenDocument } from './DocumentStore';

/** `damage` says why, for the window's own sentence, when the stored data was damaged. */
export type OpenDocumentState =
  | { status: 'loading' }
  | { status: 'ready'; item: OpenDocument }
  | { status: 'damaged'; message: string; damage?: { reason: string; repairReason: string | undefined } };

const loading: OpenDocumentState = { status: 'loading' };

/**
 * Opens the item document named by `key` while the component is mounted, and releases it when
 * the component unmounts or the key changes; a null key opens nothing. `open` (for instance a
 * repository's) is called with the key; opening an id the vault index does not know would create
 * an empty document, so pass only known ids. Until the new document is loaded the state is
 * 'loading', never the previous key's document.
 */
export function useOpenDocument(
  key: string | null,
  open: (key: string) => [OpenDocument, () => void],
): OpenDocumentState {
  const [state, setState] = useState<{ key: string | null; value: OpenDocumentState }>({
    key,
    value: loading,
  });
  const openItem = useEffectEvent(open);
  useEffect(() => {
    if (key === null) return;
    let active = true;
    const [item, release] = openItem(key);
    item.ready.then(
      () => active && setState({ key, value: { status: 'ready', item } }),
      (error: unknown) =>
        active &&
        setState({
          key,
          value: {
            status: 'damaged',
            message: error instanceof Error ? error.message : String(error),
            ...(error instanceof DocumentDamagedError
              ? { damage: { reason: error.reason, repairReason: error.repairReason } }
              : {}),
          },
        }),
    );
    return () => {
      active = false;
      release();
    };
  }, [key]);
  return state.key === key ? state.value : loading;
}
