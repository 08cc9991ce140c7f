import type { SharedItemView, SpaceView } from '../../../../shared/sharing/sharingIpc';
import type { Translate } from '../../i18n/useT';

/**
 * What a space's sync comes down to, in the order that explains the most: my own pause first,
 * then theirs (or their not having switched sharing on yet), then the connection.
 */
export type SpaceSyncState = 'paused-by-me' | 'waiting-for-peer' | 'connected' | 'offline';

export type SpaceSyncFacts = Pick<SpaceView, 'peerName' | 'sharing' | 'peerSharing' | 'connected'>;

export function spaceSyncState(space: Omit<SpaceSyncFacts, 'peerName'>): SpaceSyncState {
  if (space.sharing === 'paused') return 'paused-by-me';
  if (space.peerSharing !== 'on') return 'waiting-for-peer';
  return space.connected ? 'connected' : 'offline';
}

/**
 * The same state in a word or two, for lists (the One-on-ones sidebar). Every place that shows a
 * space's state derives it from `spaceSyncState`, so no two of them can disagree.
 */
export function spaceStatusLabel(t: Translate, space: SpaceSyncFacts): string {
  return t('sharing.status.short', {
    state: spaceSyncState(space).replaceAll('-', '_'),
    name: space.peerName || t('sharing.status.them'),
  });
}

/** What a space card says about sync (see `spaceSyncState`), with what waits to be sent. */
export function spaceStatusText(space: SpaceView, now: number): string {
  const refused = space.refused ? ` ${space.refused}` : '';
  const newer = space.peerIsNewer
    ? ` ${space.peerName} uses a newer Tandem${space.peerApp ? ` (${space.peerApp})` : ''}: what they write ` +
      'that this version cannot edit opens read-only, and is kept as it is, until you update.'
    : '';
  return `${connectionText(space, now)}${refused}${newer}`;
}

function connectionText(space: SpaceView, now: number): string {
  const state = spaceSyncState(space);
  if (state === 'paused-by-me') return 'Sharing paused by you. Nothing is sent or received.';
  if (state === 'waiting-for-peer') return `Waiting for ${space.peerName} to turn sharing on.`;
  const pending =
    space.pendingChanges > 0
      ? ` ${space.pendingChanges} change${space.pendingChanges === 1 ? '' : 's'} waiting to be sent.`
      : '';
  if (state === 'connected') return `Connected.${pending}`;
  const last =
    space.lastSyncedAt === null ? 'Not synced yet.' : `Last synced ${ago(space.lastSyncedAt, now)}.`;
  return `Not connected: ${space.peerName}’s Tandem is offline. ${last}${pending}`;
}

function ago(at: number, now: number): string {
  const minutes = Math.round((now - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `on ${new Date(at).toLocaleDateString()}`;
}

export type ItemShareState = 'private' | 'proposed' | 'shared' | 'declined';

/** How one of my items stands in a space, for the Share control. */
export function itemShareState(item: SharedItemView | undefined): ItemShareState {
  if (!item || item.state === 'withdrawn') return 'private';
  if (item.state === 'accepted') return 'shared';
  return item.state;
}
