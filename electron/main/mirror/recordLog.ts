import { crc32 } from 'node:zlib';

/**
 * The on-disk record format of the mirror: `[length u32 LE][crc32 u32 LE][payload]`, where the
 * checksum covers the length bytes and the payload, so a flipped bit in either is caught.
 * `updates.log` is a sequence of records; `snapshot.bin` is one record.
 */

export const RECORD_HEADER_BYTES = 8;
const MAX_RECORD_BYTES = 0xffff_ffff;

function checksum(lengthBytes: Uint8Array, payload: Uint8Array): number {
  return crc32(payload, crc32(lengthBytes));
}

export function encodeRecord(payload: Uint8Array): Uint8Array {
  if (payload.byteLength === 0 || payload.byteLength > MAX_RECORD_BYTES) {
    throw new RangeError(`A record holds 1 to ${MAX_RECORD_BYTES} bytes, not ${payload.byteLength}`);
  }
  const record = new Uint8Array(RECORD_HEADER_BYTES + payload.byteLength);
  const view = new DataView(record.buffer);
  view.setUint32(0, payload.byteLength, true);
  view.setUint32(4, checksum(record.subarray(0, 4), payload), true);
  record.set(payload, RECORD_HEADER_BYTES);
  return record;
}

export interface ScanResult {
  /** Payloads of the records whose checksum matched, in file order. */
  records: Uint8Array[];
  /** Records (or a torn tail) that could not be read. */
  damagedRecords: number;
}

/**
 * Reads every intact record. A record whose checksum fails is skipped by its length, so a
 * flipped bit in one update costs only that update. A header that is cut short or claims more
 * bytes than the file holds is a torn tail (a crash mid-append): nothing after it can be
 * located, so the scan stops there.
 */
export function scanRecords(bytes: Uint8Array): ScanResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: Uint8Array[] = [];
  let damagedRecords = 0;
  let offset = 0;
  while (offset < bytes.byteLength) {
    const remaining = bytes.byteLength - offset;
    if (remaining < RECORD_HEADER_BYTES) {
      damagedRecords += 1;
      break;
    }
    const length = view.getUint32(offset, true);
    if (length === 0 || length > remaining - RECORD_HEADER_BYTES) {
      damagedRecords += 1;
      break;
    }
    const payload = bytes.subarray(offset + RECORD_HEADER_BYTES, offset + RECORD_HEADER_BYTES + length);
    const expected = view.getUint32(offset + 4, true);
    if (checksum(bytes.subarray(offset, offset + 4), payload) === expected) {
      records.push(payload);
    } else {
      damagedRecords += 1;
    }
    offset += RECORD_HEADER_BYTES + length;
  }
  return { records, damagedRecords };
}
