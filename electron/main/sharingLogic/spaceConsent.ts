import { z } from 'zod';
import { itemIdOfCommentsDoc } from '../../../shared/schema/comments';
import { itemDocId } from '../../../shared/schema/ids';
import { isMeetingOfSpace, meetingIdOfDoc } from '../../../shared/schema/meetingIds';
import { spaceIdSchema } from '../../../shared/sharing/inviteCode';
import {
  itemKindSchema,
  MAX_TITLE_LENGTH,
  offerableDocIdSchema,
  sharingSwitchSchema,
  type SpaceAnnouncement,
} from '../../../shared/sync/spaceAnnouncement';

/**
 * The consent records of one installation and the pure rules over them (docs/ARCHITECTURE.md, Consent and sync). Consent is
 * this side's local state only: what the peer announces can narrow what flows (decline, pause,
 * withdraw) and add proposals waiting for this user's answer, never widen what is sent.
 */

const hex32Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 32 bytes of lowercase hex');

export const sharedItemSchema = z.object({
  kind: itemKindSchema,
  title: z.string().max(MAX_TITLE_LENGTH),
  offeredBy: z.enum(['me', 'peer']),
  /**
   * proposed: offered, no answer yet · accepted: the receiving side said yes · declined: the
   * receiving side said no · withdrawn: the offering side took it back (unshared).
   */
  state: z.enum(['proposed', 'accepted', 'declined', 'withdrawn']),
});
export type SharedItem = z.infer<typeof sharedItemSchema>;
export type SharedItemState = SharedItem['state'];

export const spaceRecordSchema = z.object({
  spaceId: spaceIdSchema,
  /** Hyperswarm topic both sides join; replaced by a random one when leaving. */
  topic: hex32Schema,
  myRole: z.enum(['employee', 'manager']),
  peerName: z.string().trim().min(1).max(80),
  /** The pinned Noise static key: the only key accepted for this space. */
  peerPublicKey: hex32Schema,
  /** My switch. */
  sharing: sharingSwitchSchema,
  /** The peer's switch as last announced; 'unknown' (never heard) counts as paused. */
  peerSharing: z.enum(['on', 'paused', 'unknown']),
  /**
   * The peer said it left the space (its switch then reads 'paused'). Final: its key is no
   * longer accepted for this space, and nothing it announces later reopens it.
   */
  peerLeft: z.boolean().optional(),
  left: z.boolean(),
  /** Keyed by document id (`item:<id>`). */
  items: z.record(offerableDocIdSchema, sharedItemSchema),
});
export type SpaceRecord = z.infer<typeof spaceRecordSchema>;

export const consentFileSchema = z.object({
  version: z.literal(1),
  spaces: z.array(spaceRecordSchema),
});
export type ConsentFile = z.infer<typeof consentFileSchema>;

export const spaceDocIdFor = (spaceId: string): `space:${string}` => `space:${spaceId}`;

export function bothSwitchesOn(space: SpaceRecord): boolean {
  return !space.left && space.peerLeft !== true && space.sharing === 'on' && space.peerSharing === 'on';
}

/** Either side left: final for this space (only a new invitation brings the person back). */
export function isOver(space: SpaceRecord): boolean {
  return space.left || space.peerLeft === true;
}

/** May the bytes of `docId` be exchanged with this space's peer right now? */
export function spaceMayExchange(space: SpaceRecord | undefined, docId: string): boolean {
  return !!space && bothSwitchesOn(space) && spaceCovers(space, docId);
}

/** Kinds that stay their author's alone once shared: the other person reads them, never writes. */
const AUTHOR_ONLY_KINDS: readonly string[] = ['reflection', 'framework', 'shared-ratings'];

/**
 * May a change from the peer to `docId` be taken in? Everything that may be exchanged, except a
 * reflection, career framework or shared ratings this side offered: a shared reflection stays
 * its writer's words (issue 17, point 1), a framework its manager's and a rating its rater's
 * (issue 18, points 1 and 2), read-only for the other person however their installation behaves.
 */
export function spaceTakesIn(space: SpaceRecord | undefined, docId: string): boolean {
  if (!spaceMayExchange(space, docId) || !space) return false;
  // Both people comment on a shared item, a reflection too (what they may write: commentGuard.ts).
  if (itemIdOfCommentsDoc(docId) !== null) return true;
  if (!Object.prototype.hasOwnProperty.call(space.items, docId)) return true;
  const item = space.items[docId];
  return !(item !== undefined && item.offeredBy === 'me' && AUTHOR_ONLY_KINDS.includes(item.kind));
}

/**
 * Whether a document belongs to what this space shares, switches aside: the space document, the
 * agenda of one of its meetings, or an item both people agreed to share.
 *
 * A meeting agenda (`meeting:<id>`) belongs to a space when its id is on the space's meeting
 * chain (shared/schema/meetingIds.ts), which follows from the ids alone — never from what the
 * peer wrote into a document — so a peer cannot name another space's meeting and have it sent.
 * Private meeting notes (`meeting-private:<id>`) never match. An item's comments
 * (`comments:<itemId>`) belong exactly when the item does: they start and stop with it.
 */
export function spaceCovers(space: SpaceRecord, docId: string): boolean {
  if (docId === spaceDocIdFor(space.spaceId)) return true;
  const meetingId = meetingIdOfDoc(docId);
  if (meetingId !== null) return isMeetingOfSpace(space.spaceId, meetingId);
  const commentedItemId = itemIdOfCommentsDoc(docId);
  if (commentedItemId !== null) return spaceCovers(space, itemDocId(commentedItemId));
  // Own-property lookup only: a docId such as "__proto__" must not find anything.
  if (!Object.prototype.hasOwnProperty.call(space.items, docId)) return false;
  return space.items[docId]?.state === 'accepted';
}

/** What this side announces to the peer for one space. */
export function announcementFor(space: SpaceRecord): SpaceAnnouncement {
  if (space.left) return { spaceId: space.spaceId, sharing: 'left' };
  if (space.sharing === 'paused') return { spaceId: space.spaceId, sharing: 'paused' };
  const offers: { docId: string; kind: string; title: string }[] = [];
  const accepts: string[] = [];
  const declines: string[] = [];
  for (const [docId, item] of Object.entries(space.items)) {
    if (item.offeredBy === 'me') {
      if (item.state !== 'withdrawn') offers.push({ docId, kind: item.kind, title: item.title });
    } else if (item.state === 'accepted') accepts.push(docId);
    else if (item.state === 'declined') declines.push(docId);
  }
  return { spaceId: space.spaceId, sharing: 'on', offers, accepts, declines };
}

export interface ReconcileContext {
  /**
   * Document ids this side must never take from a peer: its own items (in any space, or only in
   * the local vault). A peer that offers one of these could otherwise get this user to "accept"
   * their own private document and so pull it out.
   */
  isOwnDocument: (docId: string) => boolean;
}

/**
 * Folds the peer's announcement into this side's record. Returns the new record (the input is
 * not changed), or the same object when nothing changed.
 */
export function reconcileAnnouncement(
  space: SpaceRecord,
  announcement: SpaceAnnouncement,
  context: ReconcileContext,
): SpaceRecord {
  // "Left" is final on this side, whoever left: a later "on" from the same key changes nothing.
  if (isOver(space)) return space;
  const next: SpaceRecord = {
    ...space,
    peerSharing: announcement.sharing === 'on' ? 'on' : 'paused',
    items: { ...space.items },
  };
  if (announcement.sharing === 'left') next.peerLeft = true;
  // A paused peer says nothing about items: keep what was known.
  if (announcement.sharing === 'on') {
    const offered = new Map(announcement.offers.map((offer) => [offer.docId, offer]));
    const accepted = new Set(announcement.accepts);
    const declined = new Set(announcement.declines);
    for (const [docId, item] of Object.entries(next.items)) {
      if (item.offeredBy === 'me') {
        if (item.state === 'withdrawn') continue;
        const state = accepted.has(docId) ? 'accepted' : declined.has(docId) ? 'declined' : 'proposed';
        if (state !== item.state) next.items[docId] = { ...item, state };
      } else {
        const offer = offered.get(docId);
        if (!offer) {
          if (item.state !== 'withdrawn') next.items[docId] = { ...item, state: 'withdrawn' };
        } else {
          // Re-offered after a withdrawal: ask again rather than resume silently.
          const state = item.state === 'withdrawn' ? 'proposed' : item.state;
          if (state !== item.state || offer.title !== item.title || offer.kind !== item.kind) {
            next.items[docId] = { ...item, kind: offer.kind, title: offer.title, state };
          }
        }
      }
    }
    for (const offer of announcement.offers) {
      if (Object.prototype.hasOwnProperty.call(next.items, offer.docId)) continue;
      if (context.isOwnDocument(offer.docId)) continue;
      next.items[offer.docId] = {
        kind: offer.kind,
        title: offer.title,
        offeredBy: 'peer',
        state: 'proposed',
      };
    }
  }
  return recordsEqual(space, next) ? space : next;
}

function recordsEqual(a: SpaceRecord, b: SpaceRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
