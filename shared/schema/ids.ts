/** Web Crypto exists in browsers and in Node 20; shared/ has no runtime typings, so name only what it uses. */
const webCrypto = (globalThis as unknown as { crypto: { getRandomValues(array: Uint8Array): Uint8Array } })
  .crypto;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A random, url-safe item id of 20 characters (120 bits). */
export function newItemId(): string {
  const bytes = webCrypto.getRandomValues(new Uint8Array(20));
  let out = '';
  for (const b of bytes) out += ALPHABET.charAt(b & 63);
  return out;
}

export const itemDocId = (itemId: string): `item:${string}` => `item:${itemId}`;
export const VAULT_DOC_ID = 'vault';
