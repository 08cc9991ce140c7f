import type { SpaceRole } from '../../../../shared/sharing/inviteCode';
import type { SharingClient } from './sharingClient';
import { useSharing } from './useSharing';

/** Where an item is shared, as what it shares with (its comments) needs to know. */
export interface ItemSpace {
  spaceId: string;
  myRole: SpaceRole;
  peerName: string;
  /** Who offered it: this person ('me') or the other ('peer'). */
  offeredBy: 'me' | 'peer';
  /** Both people still exchange it: shared, accepted, both switches on. */
  live: boolean;
}

/**
 * The space an item is (or was) shared in, or null for a private item (one never accepted in any
 * space) and until main has answered. Withdrawn after it flowed, it is still named (`live`
 * false), so what arrived stays readable and the page can say that it stopped.
 */
export function useItemSpace(docId: string, client: SharingClient): ItemSpace | null {
  const { spaces } = useSharing(client);
  if (!spaces) return null;
  let stopped: ItemSpace | null = null;
  for (const space of spaces) {
    const item = space.items.find((i) => i.docId === docId);
    if (!item) continue;
    const base = {
      spaceId: space.spaceId,
      myRole: space.myRole,
      peerName: space.peerName,
      offeredBy: item.offeredBy,
    };
    const bothOn = space.sharing === 'on' && space.peerSharing === 'on';
    if (item.state === 'accepted') return { ...base, live: bothOn };
    if (item.state === 'withdrawn') stopped ??= { ...base, live: false };
  }
  return stopped;
}
