import { digest } from 'lib0/hash/sha256';
import { encodeBase32, groupText } from './base32';
import { bytesFromHex } from './hex';

/**
 * A short, human-comparable form of a public key: 80 bits of its SHA-256 in grouped base32
 * ("7KQ2M-9XR4T-..."). Both people see the same text for the same key, so they can compare it
 * over the phone; it is also all the renderer ever learns about a key.
 */
export function keyFingerprint(publicKeyHex: string): string {
  const hash = digest(bytesFromHex(publicKeyHex));
  return groupText(encodeBase32(hash.subarray(0, 10)), 4);
}
