import type { SharedItemView, SpaceView } from '../../../../shared/sharing/sharingIpc';
import type { ReactNode } from 'react';
import { isolate } from '../../../../shared/i18n/locales';
import type { MessageId } from '../../../../shared/i18n/messages';
import { datesIn } from '../../i18n/useDates';
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

/**
 * What a space card says about sync (see `spaceSyncState`), with what waits to be sent, as plain
 * text with the name isolated. The card itself shows `spaceStatusLine` (the name in a `<bdi>`).
 */
export function spaceStatusText(t: Translate, space: SpaceView, now: number): string {
  return statusSentences(t, space, now, isolate(space.peerName)).join(' ');
}

/** The same sentences for the card, the person's name in `bdi` (one element per sentence). */
export function spaceStatusLine(
  t: Translate,
  space: SpaceView,
  now: number,
  bdi: (name: string) => ReactNode,
): ReactNode[] {
  return statusSentences(t, space, now, bdi(space.peerName));
}

function statusSentences<N extends ReactNode>(t: Translate, space: SpaceView, now: number, name: N): N[] {
  const say = (id: MessageId, values: Record<string, ReactNode> = {}) => t.rich(id, { name, ...values }) as N;
  const sentences = [connectionText(space, now, say, t)];
  // `refused` is main's own sentence about a refused change.
  if (space.refused) sentences.push(space.refused as N);
  if (space.peerIsNewer) {
    sentences.push(say('spaceSync.peerNewer', { version: space.peerApp ? isolate(space.peerApp) : 'none' }));
  }
  return sentences;
}

function connectionText<N>(
  space: SpaceView,
  now: number,
  say: (id: MessageId, values?: Record<string, ReactNode>) => N,
  t: Translate,
): N {
  const state = spaceSyncState(space);
  if (state === 'paused-by-me') return say('spaceSync.pausedByMe');
  if (state === 'waiting-for-peer') return say('spaceSync.waiting');
  const pending = space.pendingChanges;
  if (state === 'connected') return say('spaceSync.connected', { pending });
  const synced = space.lastSyncedAt === null ? 'never' : 'yes';
  const ago = space.lastSyncedAt === null ? '' : agoText(t, space.lastSyncedAt, now);
  return say('spaceSync.offline', { synced, ago, pending });
}

/** "just now", "5 minutes ago", "2 hours ago", then "on 3 Mar 2026", in the window's language. */
function agoText(t: Translate, at: number, now: number): string {
  const minutes = Math.round((now - at) / 60_000);
  if (minutes < 1) return t('spaceSync.justNow');
  if (minutes < 60) return t.intl.formatRelativeTime(-minutes, 'minute', { numeric: 'always' });
  const hours = Math.round(minutes / 60);
  if (hours < 24) return t.intl.formatRelativeTime(-hours, 'hour', { numeric: 'always' });
  return t('spaceSync.onDay', { date: datesIn(t.intl.locale).day(at) });
}

export type ItemShareState = 'private' | 'proposed' | 'shared' | 'declined';

/** How one of my items stands in a space, for the Share control. */
export function itemShareState(item: SharedItemView | undefined): ItemShareState {
  if (!item || item.state === 'withdrawn') return 'private';
  if (item.state === 'accepted') return 'shared';
  return item.state;
}
