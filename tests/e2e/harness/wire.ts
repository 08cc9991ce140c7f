/**
 * Values crossing the Playwright binding are JSON-like, so bytes travel as
 * `{ [BYTES_TAG]: '<base64>' }` and are rebuilt as Uint8Array on the other side. The page half
 * of this codec is plain JavaScript source (`PAGE_WIRE_SOURCE`), because it runs in Chromium.
 */

export const BYTES_TAG = '__tandemBytes';

export function encodeForWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES_TAG]: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeForWire);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encodeForWire(v);
    return out;
  }
  return value;
}

function isTaggedBytes(value: object): value is Record<typeof BYTES_TAG, string> {
  const keys = Object.keys(value);
  return (
    keys.length === 1 &&
    keys[0] === BYTES_TAG &&
    typeof (value as Record<string, unknown>)[BYTES_TAG] === 'string'
  );
}

export function decodeFromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeFromWire);
  if (value !== null && typeof value === 'object') {
    if (isTaggedBytes(value)) return new Uint8Array(Buffer.from(value[BYTES_TAG], 'base64'));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = decodeFromWire(v);
    return out;
  }
  return value;
}

/** The same codec for the page: defines `encodeForWire` and `decodeFromWire` in its scope. */
export const PAGE_WIRE_SOURCE = `
  const BYTES_TAG = ${JSON.stringify(BYTES_TAG)};
  const bytesToBase64 = (bytes) => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(binary);
  };
  const base64ToBytes = (text) => {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  };
  const encodeForWire = (value) => {
    if (value instanceof Uint8Array) return { [BYTES_TAG]: bytesToBase64(value) };
    if (Array.isArray(value)) return value.map(encodeForWire);
    if (value !== null && typeof value === 'object') {
      const out = {};
      for (const [k, v] of Object.entries(value)) out[k] = encodeForWire(v);
      return out;
    }
    return value;
  };
  const decodeFromWire = (value) => {
    if (Array.isArray(value)) return value.map(decodeFromWire);
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === BYTES_TAG && typeof value[BYTES_TAG] === 'string') {
        return base64ToBytes(value[BYTES_TAG]);
      }
      const out = {};
      for (const [k, v] of Object.entries(value)) out[k] = decodeFromWire(v);
      return out;
    }
    return value;
  };
`;
