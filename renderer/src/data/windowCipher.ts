import {
  looksSealed,
  RecordAuthenticationError,
  SEALED_HEADER_BYTES,
  SEALED_IV_BYTES,
  SEALED_MAGIC,
} from '../../../shared/atRest/sealedRecord';

/**
 * AES-256-GCM (WebCrypto) over what the window keeps in IndexedDB: every document update and the
 * search index (shared/atRest/sealedRecord.ts has the layout, the same as main's). The key is the
 * window's own, derived in main from the data key; it is imported non-extractable, so the page
 * holds a handle, not the bytes.
 */

export interface WindowCipher {
  seal(plain: Uint8Array, context: string): Promise<Uint8Array>;
  /** The plaintext; rejects with RecordAuthenticationError for anything that does not authenticate. */
  open(stored: Uint8Array, context: string): Promise<Uint8Array>;
}

const encoder = new TextEncoder();

/** A copy in an ArrayBuffer of its own: WebCrypto refuses views on shared or foreign buffers. */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

export async function createWindowCipher(rawKey: Uint8Array): Promise<WindowCipher> {
  const key = await crypto.subtle.importKey('raw', own(rawKey), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return {
    async seal(plain, context) {
      const iv = crypto.getRandomValues(new Uint8Array(SEALED_IV_BYTES));
      const body = new Uint8Array(
        await crypto.subtle.encrypt(
          { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
          key,
          plain.buffer instanceof ArrayBuffer ? (plain as Uint8Array<ArrayBuffer>) : own(plain),
        ),
      );
      const out = new Uint8Array(SEALED_HEADER_BYTES + body.byteLength);
      out.set(SEALED_MAGIC, 0);
      out.set(iv, SEALED_MAGIC.byteLength);
      out.set(body, SEALED_HEADER_BYTES);
      return out;
    },
    async open(stored, context) {
      if (!looksSealed(stored)) throw new RecordAuthenticationError(context);
      const bytes = own(stored);
      try {
        return new Uint8Array(
          await crypto.subtle.decrypt(
            {
              name: 'AES-GCM',
              iv: bytes.subarray(SEALED_MAGIC.byteLength, SEALED_HEADER_BYTES),
              additionalData: encoder.encode(context),
            },
            key,
            bytes.subarray(SEALED_HEADER_BYTES),
          ),
        );
      } catch {
        throw new RecordAuthenticationError(context);
      }
    },
  };
}

/** Realm-independent: IndexedDB may hand back bytes made by another realm's Uint8Array. */
export function asBytes(value: unknown): Uint8Array | null {
  if (!ArrayBuffer.isView(value)) return null;
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}
