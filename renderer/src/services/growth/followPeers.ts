import { spacesResultSchema } from '../../../../shared/sharing/sharingIpc';
import type { DocumentStore } from '../../data/DocumentStore';
import { mainEventsFromPreload } from '../../data/mainEventsClient';
import type { GrowthRepository } from './GrowthRepository';
import { followReceivedItems } from './receivedItems';

/** Starts following the peer through the preload's events and sharing channels, if there are any. */
export function followPeers(store: DocumentStore, growth: GrowthRepository): (() => void) | null {
  const events = mainEventsFromPreload();
  const sharing = window.tandem?.sharing;
  if (!events || !sharing) return null;
  const listSpaces = async () => spacesResultSchema.parse(await sharing.listSpaces({})).spaces;
  return followReceivedItems({ store, growth, events, listSpaces });
}
