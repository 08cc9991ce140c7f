import { z } from 'zod';
import { FEEDBACK_SCHEMA_VERSION } from '../schema/feedback';
import { GOAL_SCHEMA_VERSION } from '../schema/goal';
import { MEETING_SCHEMA_VERSION } from '../schema/meeting';
import { MEETING_PRIVATE_SCHEMA_VERSION } from '../schema/meetingPrivate';
import { PLAN_SCHEMA_VERSION } from '../schema/plan';
import { REFLECTION_SCHEMA_VERSION } from '../schema/reflection';
import { SPACE_SCHEMA_VERSION } from '../schema/space';
import { VAULT_SCHEMA_VERSION } from '../schema/vault';

/**
 * What each side says about itself when a connection starts (a Hello frame): its app version and
 * the schema version it writes for each kind of document. The two people will not update on the
 * same day; knowing the other side is newer, this side can say so, and it keeps (never rewrites)
 * what the newer side wrote. An older peer skips the frame type it does not know.
 */

export const peerVersionsSchema = z.object({
  app: z.string().min(1).max(40),
  schemas: z
    .record(z.string().regex(/^[a-z][a-z-]{0,31}$/), z.number().int().nonnegative().max(1_000_000))
    .refine((schemas) => Object.keys(schemas).length <= 32, 'too many schemas'),
});
export type PeerVersions = z.infer<typeof peerVersionsSchema>;

/** The schema version this installation writes, per document kind. */
export const OWN_SCHEMAS: Readonly<Record<string, number>> = {
  vault: VAULT_SCHEMA_VERSION,
  reflection: REFLECTION_SCHEMA_VERSION,
  goal: GOAL_SCHEMA_VERSION,
  plan: PLAN_SCHEMA_VERSION,
  feedback: FEEDBACK_SCHEMA_VERSION,
  space: SPACE_SCHEMA_VERSION,
  meeting: MEETING_SCHEMA_VERSION,
  'meeting-private': MEETING_PRIVATE_SCHEMA_VERSION,
};

/** True when the peer writes some kind of document with a newer schema than this installation reads. */
export function isNewerThanOurs(peer: PeerVersions): boolean {
  return Object.entries(peer.schemas).some(([kind, version]) => version > (OWN_SCHEMAS[kind] ?? 0));
}
