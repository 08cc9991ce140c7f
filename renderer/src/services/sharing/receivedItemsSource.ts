import { spacesResultSchema, type SpaceView } from '../../../../shared/sharing/sharingIpc';
import { mainEventsFromPreload } from '../../data/mainEventsClient';
import type { ReceivedItem, ReceivedItems } from './receivedItem';

/**
 * Asks main for the spaces now and whenever they change, and reports the items the other
 * person shared with this user. Loaded on first use (useReceivedItems), so the journal's first
 * screen does not wait for the sharing schemas.
 */
export function watchReceivedItems(onChange: (items: ReceivedItems) => void): () => void {
  const sharing = window.tandem?.sharing;
  if (!sharing) return () => undefined;
  let active = true;
  const refresh = () => {
    sharing.listSpaces({}).then(
      (reply) => {
        const parsed = spacesResultSchema.safeParse(reply);
        if (active && parsed.success) onChange(receivedItemsOf(parsed.data.spaces));
      },
      () => undefined,
    );
  };
  refresh();
  const stop = mainEventsFromPreload()?.onSpacesChanged(refresh);
  return () => {
    active = false;
    stop?.();
  };
}

export function receivedItemsOf(spaces: readonly SpaceView[]): ReceivedItems {
  const out = new Map<string, ReceivedItem>();
  for (const space of spaces) {
    for (const item of space.items) {
      if (item.offeredBy !== 'peer' || item.state === 'proposed') continue;
      out.set(item.docId, { spaceId: space.spaceId, writer: space.peerName, state: item.state });
    }
  }
  return out;
}
