import { hkdfSync, randomBytes } from 'node:crypto';
import { RecordAuthenticationError } from '../../../shared/atRest/sealedRecord';
import { createRecordCipher } from './recordCipher';

/**
 * The recovery key: a second wrap of the same data key, for when the passphrase is forgotten or
 * the keystore that sealed the key is gone (a new computer, a reset account). 160 random bits,
 * written as 32 Crockford base-32 characters in groups of four, so it can be printed or copied
 * by hand without ambiguous letters. With that much entropy no slow key derivation is needed:
 * HKDF-SHA256 turns it into the key that seals the data key with AES-256-GCM, so a wrong
 * recovery key fails the tag instead of yielding a wrong data key.
 */

const RECOVERY_BYTES = 20;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const WRAP_CONTEXT = 'tandem/at-rest/recovery';
const KEK_INFO = 'tandem/at-rest/recovery-kek';
const GROUP = 4;

export class MalformedRecoveryKeyError extends Error {
  constructor() {
    super('That is not a recovery key: it has 32 letters and digits, in eight groups of four.');
    this.name = 'MalformedRecoveryKeyError';
  }
}

/** 20 bytes as 32 base-32 characters (5 bits each), grouped for reading aloud or writing down. */
function encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  const groups: string[] = [];
  for (let i = 0; i < out.length; i += GROUP) groups.push(out.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * What the person typed back, read forgivingly: any case, spaces or dashes anywhere, and the
 * letters people mistake for digits (O for 0, I and L for 1). Throws for anything else.
 */
export function parseRecoveryKey(typed: string): Buffer {
  const chars = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (chars.length !== (RECOVERY_BYTES * 8) / 5) throw new MalformedRecoveryKeyError();
  const out = Buffer.alloc(RECOVERY_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of chars) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) throw new MalformedRecoveryKeyError();
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[index++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  return out;
}

function kek(recovery: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', recovery, new Uint8Array(0), KEK_INFO, 32));
}

/** A new recovery key for `dataKey`: the text to show once, and the wrap for the key file. */
export function makeRecoveryKey(dataKey: Uint8Array): { text: string; wrapped: string } {
  const recovery = randomBytes(RECOVERY_BYTES);
  const sealed = createRecordCipher(kek(recovery)).seal(dataKey, WRAP_CONTEXT);
  return { text: encode(recovery), wrapped: Buffer.from(sealed).toString('base64') };
}

/**
 * The data key, or null when the recovery key is well formed but not this journal's. Throws
 * MalformedRecoveryKeyError for text that cannot be a recovery key at all.
 */
export function unwrapWithRecoveryKey(wrapped: string, typed: string): Buffer | null {
  const recovery = parseRecoveryKey(typed);
  try {
    return Buffer.from(createRecordCipher(kek(recovery)).open(Buffer.from(wrapped, 'base64'), WRAP_CONTEXT));
  } catch (error) {
    if (error instanceof RecordAuthenticationError) return null;
    throw error;
  }
}
