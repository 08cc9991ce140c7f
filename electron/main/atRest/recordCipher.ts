import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import {
  DATA_KEY_BYTES,
  looksSealed,
  RecordAuthenticationError,
  SEALED_HEADER_BYTES,
  SEALED_IV_BYTES,
  SEALED_MAGIC,
  SEALED_TAG_BYTES,
} from '../../../shared/atRest/sealedRecord';

/**
 * AES-256-GCM over the records main keeps at rest (shared/atRest/sealedRecord.ts has the
 * layout). Synchronous: node:crypto's AES-GCM runs at memory speed, and the mirror's queue
 * already serialises each document's work.
 */

export interface RecordCipher {
  seal(plain: Uint8Array, context: string): Uint8Array;
  /** The plaintext; throws RecordAuthenticationError for anything that does not authenticate. */
  open(stored: Uint8Array, context: string): Uint8Array;
  /** True for a record written before encryption, read only while migration is still running. */
  isLegacyPlain(stored: Uint8Array): boolean;
}

/** A key of its own for one use of the data key (HKDF-SHA256, no salt: the data key is random). */
export function deriveSubkey(dataKey: Uint8Array, info: string): Buffer {
  if (dataKey.byteLength !== DATA_KEY_BYTES) throw new RangeError('A data key is 32 bytes');
  return Buffer.from(hkdfSync('sha256', dataKey, new Uint8Array(0), info, DATA_KEY_BYTES));
}

export interface RecordCipherOptions {
  /** While true, records without the sealed header are read as they are (migration). */
  acceptPlain?: () => boolean;
}

export function createRecordCipher(key: Uint8Array, options: RecordCipherOptions = {}): RecordCipher {
  if (key.byteLength !== DATA_KEY_BYTES) throw new RangeError('A record key is 32 bytes');
  const acceptPlain = options.acceptPlain ?? (() => false);
  const isLegacyPlain = (stored: Uint8Array): boolean => !looksSealed(stored) && acceptPlain();
  return {
    seal(plain, context) {
      const iv = randomBytes(SEALED_IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = cipher.update(plain);
      const final = cipher.final();
      const tag = cipher.getAuthTag();
      const out = new Uint8Array(SEALED_HEADER_BYTES + body.byteLength + final.byteLength + SEALED_TAG_BYTES);
      out.set(SEALED_MAGIC, 0);
      out.set(iv, SEALED_MAGIC.byteLength);
      out.set(body, SEALED_HEADER_BYTES);
      out.set(final, SEALED_HEADER_BYTES + body.byteLength);
      out.set(tag, out.byteLength - SEALED_TAG_BYTES);
      return out;
    },
    open(stored, context) {
      if (isLegacyPlain(stored)) return stored;
      if (!looksSealed(stored)) throw new RecordAuthenticationError(context);
      const iv = stored.subarray(SEALED_MAGIC.byteLength, SEALED_HEADER_BYTES);
      const body = stored.subarray(SEALED_HEADER_BYTES, stored.byteLength - SEALED_TAG_BYTES);
      const tag = stored.subarray(stored.byteLength - SEALED_TAG_BYTES);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(tag);
        const plain = Buffer.concat([decipher.update(body), decipher.final()]);
        return new Uint8Array(plain.buffer, plain.byteOffset, plain.byteLength);
      } catch {
        throw new RecordAuthenticationError(context);
      }
    },
    isLegacyPlain,
  };
}
