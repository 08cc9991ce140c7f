import type { ConsentEvent } from '../../../../shared/sharing/consentRecord';
import type { SpaceView } from '../../../../shared/sharing/sharingIpc';

/** One item in "what have I shared with <name>": where it stands, and whether they hold a copy. */
export interface SharedItemSummary {
  docId: string;
  title: string;
  kind: string;
  state: 'proposed' | 'accepted' | 'declined' | 'withdrawn';
  /** They received it at some point (accepted), so they keep what arrived, even if it stopped. */
  theyHoldIt: boolean;
}

/**
 * What this user has shared with the other person, from the space as it is now and its consent
 * record: every item offered, whether it still flows, and whether they hold a copy (any item
 * they ever accepted, since they keep what they received).
 */
export function sharedByMe(space: SpaceView, events: readonly ConsentEvent[]): SharedItemSummary[] {
  const everAccepted = new Set(
    events.filter((e) => e.event === 'accepted' && e.actor === 'peer' && e.docId).map((e) => e.docId),
  );
  const items = new Map<string, SharedItemSummary>();
  for (const e of events) {
    if (e.event !== 'offered' || e.actor !== 'me' || !e.docId) continue;
    items.set(e.docId, {
      docId: e.docId,
      title: e.title ?? '',
      kind: e.kind ?? '',
      state: 'proposed',
      theyHoldIt: false,
    });
  }
  for (const item of space.items) {
    if (item.offeredBy !== 'me') continue;
    items.set(item.docId, {
      docId: item.docId,
      title: item.title,
      kind: item.kind,
      state: item.state,
      theyHoldIt: false,
    });
  }
  return [...items.values()].map((item) => ({
    ...item,
    theyHoldIt: everAccepted.has(item.docId) || item.state === 'accepted',
  }));
}
