import type { ConsentEventKind } from '../../../shared/sharing/consentRecord';
import type { SharedItem, SpaceRecord } from './spaceConsent';

/**
 * What a change of a space's consent record means as events of its consent record: who did
 * what (issue 17, point 5). Derived from the record before and after, so every path that
 * changes consent (this user's choice, the other person's announcement) is recorded the same way.
 */

export interface DerivedEvent {
  actor: 'me' | 'peer';
  event: ConsentEventKind;
  docId: string | null;
  kind: string | null;
  title: string | null;
}

export function consentEvents(before: SpaceRecord | undefined, after: SpaceRecord): DerivedEvent[] {
  const out: DerivedEvent[] = [];
  const space = (actor: 'me' | 'peer', event: ConsentEventKind) =>
    out.push({ actor, event, docId: null, kind: null, title: null });
  if (!before || (before.left && !after.left)) space('me', 'paired');
  if (before && before.sharing !== after.sharing && !after.left)
    space('me', after.sharing === 'on' ? 'resumed' : 'paused');
  if (before && before.peerSharing !== after.peerSharing && !after.peerLeft) {
    if (after.peerSharing === 'paused') space('peer', 'paused');
    else if (after.peerSharing === 'on' && before.peerSharing === 'paused') space('peer', 'resumed');
  }
  if (!before?.left && after.left) space('me', 'left');
  if (!before?.peerLeft && after.peerLeft) space('peer', 'left');
  for (const [docId, item] of Object.entries(after.items)) {
    const old: SharedItem | undefined =
      before && Object.hasOwn(before.items, docId) ? before.items[docId] : undefined;
    if (old?.state === item.state) continue;
    const event = itemEvent(old, item);
    if (event) out.push({ ...event, docId, kind: item.kind, title: item.title });
  }
  return out;
}

function itemEvent(
  old: SharedItem | undefined,
  item: SharedItem,
): { actor: 'me' | 'peer'; event: ConsentEventKind } | null {
  const offerer = item.offeredBy === 'me' ? 'me' : 'peer';
  const receiver = item.offeredBy === 'me' ? 'peer' : 'me';
  switch (item.state) {
    case 'proposed':
      return { actor: offerer, event: 'offered' };
    case 'accepted':
      return { actor: receiver, event: 'accepted' };
    case 'declined':
      // A received item this user stopped receiving, or an offer the other person said no to.
      return { actor: receiver, event: 'declined' };
    case 'withdrawn':
      return old ? { actor: offerer, event: 'withdrawn' } : null;
  }
}
