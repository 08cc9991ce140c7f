import { z } from 'zod';
import { spaceIdSchema } from '../sharing/inviteCode';

/**
 * What one side tells the other about a space each time something changes and on every
 * (re)connect: its own sharing switch and its own consent decisions. State-based, so it is
 * idempotent: receiving the same announcement twice, late, or after a reconnect leads to the
 * same result, and nothing needs to be replayed.
 *
 * While the sender is paused (or has left) the lists are left out entirely: it reveals nothing
 * (not even titles), and the receiver keeps its item records as they were.
 */

export const MAX_ANNOUNCED_ITEMS = 500;
export const MAX_TITLE_LENGTH = 200;

/** Only item documents can be offered; `space:` is implied, `vault` and private notes never are. */
export const offerableDocIdSchema = z
  .string()
  .max(200)
  .regex(/^item:[A-Za-z0-9_-]{1,64}$/, 'must be an item document id');

export const itemKindSchema = z.string().regex(/^[a-z][a-z-]{0,31}$/, 'must be an item kind');

export const sharingSwitchSchema = z.enum(['on', 'paused']);
export type SharingSwitch = z.infer<typeof sharingSwitchSchema>;

export const announcedOfferSchema = z.object({
  docId: offerableDocIdSchema,
  kind: itemKindSchema,
  title: z.string().max(MAX_TITLE_LENGTH),
});
export type AnnouncedOffer = z.infer<typeof announcedOfferSchema>;

const docIdListSchema = z.array(offerableDocIdSchema).max(MAX_ANNOUNCED_ITEMS);

export const spaceAnnouncementSchema = z.discriminatedUnion('sharing', [
  z.object({ spaceId: spaceIdSchema, sharing: z.literal('paused') }).strict(),
  /** The sender left the space for good (its last word before the connection drops). */
  z.object({ spaceId: spaceIdSchema, sharing: z.literal('left') }).strict(),
  z
    .object({
      spaceId: spaceIdSchema,
      sharing: z.literal('on'),
      /** Items the sender offers into the space (not withdrawn), with what the other side shows. */
      offers: z.array(announcedOfferSchema).max(MAX_ANNOUNCED_ITEMS),
      /** The other side's offers the sender accepted. */
      accepts: docIdListSchema,
      /** The other side's offers the sender declined. */
      declines: docIdListSchema,
    })
    .strict(),
]);
export type SpaceAnnouncement = z.infer<typeof spaceAnnouncementSchema>;
