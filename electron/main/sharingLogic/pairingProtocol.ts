import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { displayNameSchema, spaceIdSchema, spaceRoleSchema } from '../../../shared/sharing/inviteCode';
import { keyPairFromSeed, type KeyPair } from './ed25519Keys';
import type { PairingSocket } from './pairingTransport';

/**
 * The pairing conversation on an invitation's one-time connection: the acceptor sends one
 * request, the inviter sends one answer, both hang up. Each message is one frame (u32 length,
 * then JSON), at most MAX_PAIRING_FRAME bytes, parsed with zod from `unknown`.
 */

export const PAIRING_VERSION = 1;
export const MAX_PAIRING_FRAME = 4096;
export const PAIRING_TIMEOUT_MS = 30_000;

const hex32 = z.string().regex(/^[0-9a-f]{64}$/);

export const pairingRequestSchema = z.object({
  type: z.literal('pair-request'),
  version: z.literal(PAIRING_VERSION),
  spaceId: spaceIdSchema,
  /** HMAC of the one-time secret over both keys and the space (see `pairingProof`). */
  proof: hex32,
  name: displayNameSchema,
  role: spaceRoleSchema,
});
export type PairingRequest = z.infer<typeof pairingRequestSchema>;

export const refusalReasonSchema = z.enum(['unknown', 'expired', 'used', 'proof', 'self', 'role', 'busy']);
export type RefusalReason = z.infer<typeof refusalReasonSchema>;

export const pairingAnswerSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('pair-accepted'),
    name: displayNameSchema,
    /** Fresh random secret; the space's swarm topic is derived from it and the space id. */
    topicSecret: hex32,
  }),
  z.object({ type: z.literal('pair-refused'), reason: refusalReasonSchema }),
]);
export type PairingAnswer = z.infer<typeof pairingAnswerSchema>;

/** Binds the secret to this acceptor's proven key, so a proof overheard is useless to anyone else. */
export function pairingProof(input: {
  secret: string;
  invitationPublicKey: string;
  acceptorPublicKey: string;
  spaceId: string;
}): string {
  return createHmac('sha256', Buffer.from(input.secret, 'hex'))
    .update('tandem-pair-v1\0')
    .update(Buffer.from(input.invitationPublicKey, 'hex'))
    .update(Buffer.from(input.acceptorPublicKey, 'hex'))
    .update(input.spaceId)
    .digest('hex');
}

export function proofMatches(expected: string, received: string): boolean {
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(received, 'hex'));
}

/** The space's Hyperswarm topic (hex): unguessable without the secret both sides now hold. */
export function spaceTopic(spaceId: string, topicSecret: string): string {
  return createHash('sha256')
    .update('tandem-space-topic-v1\0')
    .update(spaceId)
    .update('\0')
    .update(Buffer.from(topicSecret, 'hex'))
    .digest('hex');
}

/**
 * An invitation's one-time key pair and secret, derived from the identity's secret key and a
 * random seed. Only the seed is written to disk, so invitations.json holds nothing that lets a
 * reader of the file answer on an invitation.
 */
export function deriveInvitationKeys(
  identity: KeyPair,
  seedHex: string,
): { keyPair: KeyPair; secret: string } {
  const derive = (label: string): Buffer =>
    createHmac('sha256', identity.secretKey).update(label).update(Buffer.from(seedHex, 'hex')).digest();
  return {
    keyPair: keyPairFromSeed(derive('tandem-invitation-key\0')),
    secret: derive('tandem-invitation-secret\0').subarray(0, 16).toString('hex'),
  };
}

export function writeFrame(socket: PairingSocket, message: PairingRequest | PairingAnswer): void {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length, 0);
  socket.write(Buffer.concat([header, body]));
}

/**
 * The first frame's JSON, parsed from `unknown` by the caller. Rejects on an oversized length,
 * bad JSON, a closed socket or the timeout; it never waits for more than one frame.
 */
export function readFrame(socket: PairingSocket, timeoutMs = PAIRING_TIMEOUT_MS): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    const finish = (error: Error | null, value?: unknown): void => {
      clearTimeout(timer);
      socket.off('data', onData);
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer): void => {
      buffered = Buffer.concat([buffered, chunk]);
      if (buffered.length < 4) return;
      const length = buffered.readUInt32BE(0);
      if (length > MAX_PAIRING_FRAME) return finish(new Error('pairing message too large'));
      if (buffered.length < 4 + length) return;
      try {
        finish(null, JSON.parse(buffered.subarray(4, 4 + length).toString('utf8')));
      } catch {
        finish(new Error('pairing message is not JSON'));
      }
    };
    const timer = setTimeout(() => finish(new Error('pairing timed out')), timeoutMs);
    socket.on('data', onData);
    socket.on('error', (error) => finish(error));
    socket.on('close', () => finish(new Error('connection closed')));
  });
}
