import type * as Y from 'yjs';
import type { DocumentStore } from './DocumentStore';
import type { MainEventsClient } from './mainEventsClient';

/**
 * Applies the peer's edits that main forwards (docs/ARCHITECTURE.md, Consent and sync): main's sync engine has already
 * merged each one into its replica and stored it in the disk mirror, so here it only has to
 * reach the renderer's copy — open documents update live, closed ones are opened for the
 * moment so IndexedDB has the change too. `onApplied` re-derives what lists show (the vault's
 * index entries) from the document as it now is.
 *
 * Updates of one document are applied in the order they came; documents do not wait on each
 * other. Returns the unsubscribe function.
 */
export function followRemoteUpdates(options: {
  store: DocumentStore;
  events: MainEventsClient;
  onApplied?: (docId: string, doc: Y.Doc) => void;
  onError?: (docId: string, error: unknown) => void;
}): () => void {
  const queues = new Map<string, Promise<void>>();
  return options.events.onRemoteUpdate(({ docId, update }) => {
    const previous = queues.get(docId) ?? Promise.resolve();
    const next = previous
      .then(() => options.store.applyRemoteUpdate(docId, update, (doc) => options.onApplied?.(docId, doc)))
      .catch((error: unknown) => {
        // A document whose local data is damaged says so when opened; main keeps the change.
        (options.onError ?? ((id, e) => console.warn(`Could not apply a change to ${id}: ${String(e)}`)))(
          docId,
          error,
        );
      });
    queues.set(docId, next);
    void next.finally(() => {
      if (queues.get(docId) === next) queues.delete(docId);
    });
  });
}
