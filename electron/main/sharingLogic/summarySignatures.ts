import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import {
  confirmationMessage,
  type ConfirmerRole,
  type SummaryConfirmation,
} from '../../../shared/schema/meetingSummary';
import type { KeyPair } from './ed25519Keys';

/**
 * Signs and checks confirmations of a meeting summary (shared/schema/meetingSummary.ts) with the
 * installation's identity key, so a confirmation stored in the shared space document says who
 * confirmed which version and cannot be made by the other person: they can write to the
 * document, but only this side's secret key makes a signature that checks under its public key.
 */

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export interface ConfirmationInput {
  spaceId: string;
  meetingId: string;
  role: ConfirmerRole;
  version: string;
  at: number;
  name: string;
  paraphrase: string | null;
}

export function signConfirmation(identity: KeyPair, input: ConfirmationInput): SummaryConfirmation {
  const key = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, identity.secretKey.subarray(0, 32)]),
    format: 'der',
    type: 'pkcs8',
  });
  const signature = sign(null, confirmationMessage(input), key).toString('hex');
  return {
    version: input.version,
    at: input.at,
    name: input.name,
    paraphrase: input.paraphrase,
    signature,
  };
}

/** True only when `signature` is this confirmation's, made by the holder of `publicKey`. */
export function confirmationChecks(
  publicKey: Uint8Array,
  input: ConfirmationInput,
  signature: string,
): boolean {
  try {
    const key = createPublicKey({
      key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(publicKey)]),
      format: 'der',
      type: 'spki',
    });
    return verify(null, confirmationMessage(input), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}

export type StoredConfirmation = Omit<ConfirmationInput, 'spaceId'> & { signature: string };

/**
 * For each stored confirmation of a space: does it check under the key of the role it claims?
 * This side's role is its own key; the other role is the key pinned for the space at pairing.
 */
export function checkConfirmations(
  space: { spaceId: string; myRole: ConfirmerRole; peerPublicKey: string },
  ownPublicKey: string,
  confirmations: readonly StoredConfirmation[],
): boolean[] {
  const own = Buffer.from(ownPublicKey, 'hex');
  const peer = Buffer.from(space.peerPublicKey, 'hex');
  return confirmations.map(({ signature, ...input }) =>
    confirmationChecks(
      input.role === space.myRole ? own : peer,
      { ...input, spaceId: space.spaceId },
      signature,
    ),
  );
}
