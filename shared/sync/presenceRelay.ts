import { z } from 'zod';
import { presenceSchema } from './awarenessFields';

/**
 * Presence as it crosses between the renderer and main (the `tandem:presence:set` channel and
 * the `remotePresence` event): the same three fields the wire carries (awarenessFields.ts).
 * The renderer keeps its own awareness shape (`{ user: { name, color }, cursor }`, which
 * y-tiptap's caret plugin reads) and maps to and from this one at the boundary.
 */

/** This user's presence in one document, or null when they leave it; nothing beyond the three fields. */
export const localPresenceSchema = presenceSchema.strict().nullable();

/** Most awareness clients one document reports at once (the wire refuses more than 1000). */
export const MAX_REMOTE_PEOPLE = 100;

/** One of the other person's awareness clients in a document, by its awareness client id. */
export const remotePersonSchema = presenceSchema.extend({
  clientId: z.number().int().nonnegative().max(0xffffffff),
});
export type RemotePerson = z.infer<typeof remotePersonSchema>;

/** Everyone else present in a document; empty once they have all left. */
export const remotePeopleSchema = z.array(remotePersonSchema).max(MAX_REMOTE_PEOPLE);
