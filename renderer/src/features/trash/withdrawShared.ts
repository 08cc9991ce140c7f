import { spacesResultSchema, type SpaceView } from '../../../../shared/sharing/sharingIpc';

/** What the trash needs of sharing: the spaces, and stopping one item in one of them. */
export interface TrashSharing {
  listSpaces(): Promise<SpaceView[]>;
  unshareItem(spaceId: string, docId: string): Promise<void>;
}

/** The preload's sharing channels, answers parsed; null outside Electron (nothing is shared). */
export function trashSharingFromPreload(): TrashSharing | null {
  const api = window.tandem?.sharing;
  if (!api) return null;
  return {
    listSpaces: async () => spacesResultSchema.parse(await api.listSpaces({})).spaces,
    unshareItem: async (spaceId, docId) => {
      await api.unshareItem({ spaceId, docId });
    },
  };
}

const flowing = (state: string) => state === 'proposed' || state === 'accepted';

/** The people an item is shared with right now (offered or flowing), by the space it is in. */
export function sharedWith(
  spaces: readonly SpaceView[],
  docId: string,
): { spaceId: string; peerName: string }[] {
  return spaces.flatMap((space) =>
    space.items.some((item) => item.docId === docId && flowing(item.state))
      ? [{ spaceId: space.spaceId, peerName: space.peerName }]
      : [],
  );
}

/**
 * Before an item is purged it is withdrawn from every space it is in, through the consent
 * model like Stop sharing: the other person is told, and keeps what they already received.
 */
export async function withdrawFromSpaces(
  sharing: TrashSharing | null,
  docIds: readonly string[],
): Promise<void> {
  if (!sharing || docIds.length === 0) return;
  const spaces = await sharing.listSpaces();
  for (const docId of docIds) {
    for (const { spaceId } of sharedWith(spaces, docId)) await sharing.unshareItem(spaceId, docId);
  }
}
