/**
 * What the UI shows per space. `reason` is the one thing to say:
 * - 'left': the space was left; nothing flows again.
 * - 'paused': this user paused sharing.
 * - 'waiting-for-peer': the peer paused ("waiting for <peerName> to turn sharing on").
 * - 'peer-left': the peer left the space; a new invitation is needed to share again.
 * - 'offline': the peer cannot be reached right now; edits wait (see pendingChanges).
 * - 'connecting': connected, the peer's state has not arrived yet.
 * - 'syncing': exchanging what changed while apart.
 * - 'synced': up to date; changes flow live.
 */
export type SpaceSyncReason =
  'left' | 'peer-left' | 'paused' | 'waiting-for-peer' | 'offline' | 'connecting' | 'syncing' | 'synced';

export interface SpaceSyncStatus {
  spaceId: string;
  peerName: string;
  connected: boolean;
  /** Milliseconds since the epoch of the last change exchanged or sync completed, or null. */
  lastSyncedAt: number | null;
  /** Local edits to this space's documents the peer has not been sent yet. */
  pendingChanges: number;
  reason: SpaceSyncReason;
  /** The last change from the peer this side refused (too large), in words; null when none. */
  refused: string | null;
  /** The peer's app version as it said on its last connection (null until it has). */
  peerApp: string | null;
  /** The peer writes some kind of document with a newer schema than this installation reads. */
  peerIsNewer: boolean;
}
