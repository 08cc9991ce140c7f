import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/**
 * Ed25519 key pairs in the layout HyperDHT and libsodium use: a 32-byte public key and a 64-byte
 * secret key (seed followed by public key). Made with Node's own crypto, so identity and
 * invitation keys need no native module or untyped package here, and `DHT.keyPair()` would give
 * the same shape.
 */

export interface KeyPair {
  publicKey: Buffer;
  secretKey: Buffer;
}

/** PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410). */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('Ed25519 key without a public part');
  return Buffer.from(jwk.x, 'base64url');
}

/** The key pair a 32-byte seed determines (same seed, same keys). */
export function keyPairFromSeed(seed: Uint8Array): KeyPair {
  if (seed.length !== 32) throw new Error('An Ed25519 seed is 32 bytes');
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = rawPublicKey(createPublicKey(privateKey));
  return { publicKey, secretKey: Buffer.concat([seed, publicKey]) };
}

export function generateKeyPair(): KeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  if (typeof jwk.d !== 'string') throw new Error('Ed25519 key without a private part');
  return keyPairFromSeed(Buffer.from(jwk.d, 'base64url'));
}

/** True when the 64-byte secret key really belongs to the public key (a damaged file is not). */
export function isConsistentKeyPair(pair: KeyPair): boolean {
  if (pair.publicKey.length !== 32 || pair.secretKey.length !== 64) return false;
  return keyPairFromSeed(pair.secretKey.subarray(0, 32)).publicKey.equals(pair.publicKey);
}
