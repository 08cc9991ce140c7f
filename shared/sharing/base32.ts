/**
 * Crockford base32: digits and upper-case letters without I, L, O and U, so a code read aloud or
 * typed from a screen survives the usual slips. Decoding ignores case and reads O as 0 and I/L as
 * 1; any other character is refused (the caller reports it as a malformed code).
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const DECODE_TABLE: ReadonlyMap<string, number> = new Map([
  ...ALPHABET.split('').map((char, value): [string, number] => [char, value]),
  ['O', 0],
  ['I', 1],
  ['L', 1],
]);

export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET.charAt((buffer >> bits) & 31);
    }
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return out;
}

/** The bytes, or null when a character is not base32 or the padding bits are not zero. */
export function decodeBase32(text: string): Uint8Array | null {
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text.toUpperCase()) {
    const value = DECODE_TABLE.get(char);
    if (value === undefined) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be the zero padding encodeBase32 writes; anything else was not ours.
  if (bits >= 5 || (buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

/** "ABCDEFGHJK" → "ABCDE-FGHJK": groups that are easy to compare by eye. */
export function groupText(text: string, size = 5, separator = '-'): string {
  const groups: string[] = [];
  for (let i = 0; i < text.length; i += size) groups.push(text.slice(i, i + size));
  return groups.join(separator);
}
