import { z } from 'zod';
import { spaceIdSchema } from './inviteCode';

/**
 * The consent record of a space (issue 17, point 5): every item offered, accepted, declined,
 * withdrawn, every pause, resume and leave, with who and when, kept by each side from what it
 * saw and did. Each event names the hash of the space's previous one, so a change to an event
 * already written breaks the chain visibly (electron/main/sharingLogic/consentLog.ts).
 */

export const consentEventKindSchema = z.enum([
  'paired',
  'offered',
  'accepted',
  'declined',
  'withdrawn',
  'paused',
  'resumed',
  'left',
]);
export type ConsentEventKind = z.infer<typeof consentEventKindSchema>;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex');

export const consentEventSchema = z.object({
  seq: z.number().int().nonnegative(),
  spaceId: spaceIdSchema,
  at: z.number().int().nonnegative(),
  /** Who did it: this person, or the other one (as this side learned it). */
  actor: z.enum(['me', 'peer']),
  event: consentEventKindSchema,
  docId: z.string().max(200).nullable(),
  kind: z.string().max(32).nullable(),
  title: z.string().max(200).nullable(),
  /** The hash of the space's previous event (64 zeros for the first). */
  prev: hex64,
  hash: hex64,
});
export type ConsentEvent = z.infer<typeof consentEventSchema>;

export const chainStatusSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    /** The first event that does not follow from the one before it (its position, from 1). */
    brokenAt: z.number().int().positive(),
    reason: z.string().max(300),
  }),
]);
export type ChainStatus = z.infer<typeof chainStatusSchema>;

export const consentRecordArgsSchema = z.object({ spaceId: spaceIdSchema });
export const consentRecordResultSchema = z.object({
  events: z.array(consentEventSchema),
  chain: chainStatusSchema,
});
export type ConsentRecordResult = z.infer<typeof consentRecordResultSchema>;
