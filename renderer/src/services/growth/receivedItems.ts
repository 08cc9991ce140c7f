import { commentsDocId } from '../../../../shared/schema/comments';
import type { SpaceView } from '../../../../shared/sharing/sharingIpc';
import type { DocumentStore } from '../../data/DocumentStore';
import type { MainEventsClient } from '../../data/mainEventsClient';
import { followRemoteUpdates } from '../../data/remoteUpdates';
import type { GrowthRepository, ReceivedKind } from './GrowthRepository';

/**
 * Goals, plans and reflections that arrive from the other person in a space: their edits are applied as
 * they come (see followRemoteUpdates) and the vault's index entries are re-derived from the
 * documents, so Goals & plans, the plan list and the overview show them — for an item this
 * user accepted, the same entry a goal or plan they made themselves has.
 *
 * An accepted item whose content arrived while no window was open is only in main's mirror:
 * whenever the spaces change (and once at start) each accepted goal or plan the index lacks is
 * opened for the moment, merged with the mirror and indexed. One whose content has not arrived
 * yet gets its entry with its first update. Each pass also tells the store which documents are
 * shared now, so their edits reach main (and the other person) promptly.
 */
export function followReceivedItems(options: {
  store: DocumentStore;
  growth: GrowthRepository;
  events: MainEventsClient;
  listSpaces: () => Promise<SpaceView[]>;
  log?: (message: string) => void;
}): () => void {
  const { store, growth, events } = options;
  const log = options.log ?? ((message: string) => console.warn(message));
  const stopUpdates = followRemoteUpdates({
    store,
    events,
    onApplied: (docId, doc) => void growth.reindexReceived(docId, doc),
    onError: (docId, error) => log(`Could not apply a change from your peer to ${docId}: ${String(error)}`),
  });

  // One pass at a time; changes during a pass ask for (at most) one more after it.
  let passes: Promise<void> = Promise.resolve();
  let queued = false;
  const indexAccepted = (): void => {
    if (queued) return;
    queued = true;
    passes = passes.then(async () => {
      queued = false;
      try {
        const spaces = await options.listSpaces();
        store.setSharedDocuments(sharedDocIds(spaces));
        for (const docId of acceptedFromPeer(spaces, growth)) {
          await store.readReconciled(docId, (doc) => growth.reindexReceived(docId, doc));
        }
      } catch (error) {
        log(`Could not index the items shared with you: ${String(error)}`);
      }
    });
  };
  const stopSpaces = events.onSpacesChanged(indexAccepted);
  indexAccepted();
  return () => {
    stopUpdates();
    stopSpaces();
  };
}

/** Documents of goals, plans, reflections and frameworks the peer offered and this user accepted, not yet indexed. */
export function acceptedFromPeer(spaces: readonly SpaceView[], growth: GrowthRepository): string[] {
  const out = new Set<string>();
  for (const space of spaces) {
    for (const item of space.items) {
      if (item.offeredBy !== 'peer' || item.state !== 'accepted') continue;
      if (!isReceivedKind(item.kind)) continue;
      if (!growth.isIndexed(item.kind, item.docId.slice('item:'.length))) out.add(item.docId);
    }
  }
  return [...out];
}

const RECEIVED_KINDS: readonly string[] = [
  'goal',
  'plan',
  'reflection',
  'framework',
] satisfies ReceivedKind[];
const isReceivedKind = (kind: string): kind is ReceivedKind => RECEIVED_KINDS.includes(kind);

/** Every item that flows in some space right now (accepted, whoever offered it). */
export function sharedDocIds(spaces: readonly SpaceView[]): string[] {
  return spaces.flatMap((space) =>
    space.sharing === 'on'
      ? space.items
          .filter((i) => i.state === 'accepted')
          // An item's comments travel with it (shared/schema/comments.ts).
          .flatMap((i) => [i.docId, commentsDocId(i.docId.slice('item:'.length))])
      : [],
  );
}
