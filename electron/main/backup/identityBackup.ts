import type { IdentitySecretStore } from './identitySecret';
import { isConsistentKeyPair, type KeyPair } from '../sharingLogic/ed25519Keys';
import type { IdentityStore } from '../sharingLogic/identity';

/**
 * The sharing identity as backup sees it (electron/main/backup): the 64-byte Ed25519 secret key
 * (seed followed by public key) read out of the IdentityStore, and put back in its place on
 * restore, sealed by the same protector. A restored key is checked before it is stored, so
 * garbage never replaces a working identity, and the installation ends up with the same public
 * key and fingerprint as the one backed up. Nothing here logs or echoes key bytes.
 */

const SECRET_KEY_BYTES = 64;

/** The key pair a backed-up secret key stands for, or why it is not one. */
export function keyPairFromBackupSecret(secret: Uint8Array): { pair: KeyPair } | { problem: string } {
  if (secret.byteLength !== SECRET_KEY_BYTES) {
    return {
      problem: `The identity keys in this backup are not an Ed25519 secret key (${secret.byteLength} bytes instead of ${SECRET_KEY_BYTES}).`,
    };
  }
  const secretKey = Buffer.from(secret);
  const pair = { publicKey: Buffer.from(secretKey.subarray(32)), secretKey };
  if (!isConsistentKeyPair(pair)) {
    return {
      problem: 'The identity keys in this backup are damaged: the secret key does not match its public key.',
    };
  }
  return { pair };
}

export function identityBackupStore(identity: IdentityStore): IdentitySecretStore {
  return {
    exists: async () => (await identity.existingKeyPair()) !== null,
    read: async () => {
      const pair = await identity.existingKeyPair();
      // A copy: the caller may wipe or keep it without touching the store's own key.
      return pair === null ? null : new Uint8Array(pair.secretKey);
    },
    problemWith: async (secret) => {
      const restored = keyPairFromBackupSecret(secret);
      if ('problem' in restored) return restored.problem;
      return identity.replacementProblem();
    },
    write: async (secret) => {
      const restored = keyPairFromBackupSecret(secret);
      if ('problem' in restored) throw new Error(restored.problem);
      await identity.replaceKeyPair(restored.pair);
    },
  };
}
