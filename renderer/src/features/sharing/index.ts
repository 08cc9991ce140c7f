// Sharing as other features show it: the Share control of a goal or plan, and a space's status.
export { ShareControl } from './ShareControl';
export type { OfferPreview } from './ShareOfferPreview';
export { spaceStatusLabel, type SpaceSyncFacts } from './spaceStatus';
export { defaultSharingClient, type SharingClient } from './sharingClient';
export { useItemSpace, type ItemSpace } from './useItemSpace';
