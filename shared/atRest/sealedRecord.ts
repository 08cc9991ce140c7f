/**
 * The layout of every record Tandem keeps encrypted at rest (docs/ARCHITECTURE.md, Encryption
 * at rest), the same in the window (WebCrypto) and in main (node:crypto):
 *
 *   [magic "TAR" + format 1 : 4 bytes][IV : 12 bytes][AES-256-GCM ciphertext + 16-byte tag]
 *
 * The associated data names where the record belongs (a database or a document), so a record
 * copied from one document into another fails authentication instead of being read as its own.
 */

export const SEALED_MAGIC = Uint8Array.of(0x54, 0x41, 0x52, 0x01);
export const SEALED_IV_BYTES = 12;
export const SEALED_TAG_BYTES = 16;
export const SEALED_HEADER_BYTES = SEALED_MAGIC.byteLength + SEALED_IV_BYTES;
/** A data key and every key derived from it: AES-256. */
export const DATA_KEY_BYTES = 32;

/** HKDF labels: main's disk mirror and the window's IndexedDB each get a key of their own. */
export const MIRROR_KEY_INFO = 'tandem/at-rest/mirror/v1';
export const WINDOW_KEY_INFO = 'tandem/at-rest/window/v1';

/** True when `bytes` starts like a sealed record (it may still fail authentication). */
export function looksSealed(bytes: Uint8Array): boolean {
  if (bytes.byteLength < SEALED_HEADER_BYTES + SEALED_TAG_BYTES) return false;
  return SEALED_MAGIC.every((b, i) => bytes[i] === b);
}

/** A record that is not sealed, or whose tag does not match its key and place. */
export class RecordAuthenticationError extends Error {
  constructor(readonly context: string) {
    super(`A stored record of ${context} failed its integrity check (damaged, or written with another key).`);
    this.name = 'RecordAuthenticationError';
  }
}
