import { describe, expect, it } from 'vitest';
import { encodeRecord, RECORD_HEADER_BYTES, scanRecords } from '../../../electron/main/mirror/recordLog';

const a = new Uint8Array([1, 2, 3]);
const b = new Uint8Array([4, 5, 6, 7, 8]);
const c = new Uint8Array([9]);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

describe('record format', () => {
  it('round-trips a sequence of records', () => {
    const log = concat(encodeRecord(a), encodeRecord(b), encodeRecord(c));
    expect(log.byteLength).toBe(3 * RECORD_HEADER_BYTES + 9);
    expect(scanRecords(log)).toEqual({ records: [a, b, c], damagedRecords: 0 });
    expect(scanRecords(new Uint8Array())).toEqual({ records: [], damagedRecords: 0 });
  });

  it('refuses empty payloads', () => {
    expect(() => encodeRecord(new Uint8Array())).toThrow(RangeError);
  });

  it('counts a torn tail (cut header or cut payload) and keeps what came before', () => {
    const whole = concat(encodeRecord(a), encodeRecord(b));
    for (const cut of [1, 4, RECORD_HEADER_BYTES, RECORD_HEADER_BYTES + 3]) {
      const torn = whole.subarray(0, RECORD_HEADER_BYTES + a.byteLength + cut);
      expect(scanRecords(torn), `cut at ${cut}`).toEqual({ records: [a], damagedRecords: 1 });
    }
  });

  it('skips a record whose payload fails its checksum and reads on', () => {
    const log = concat(encodeRecord(a), encodeRecord(b), encodeRecord(c));
    log[RECORD_HEADER_BYTES + a.byteLength + RECORD_HEADER_BYTES + 2]! ^= 0x10;
    expect(scanRecords(log)).toEqual({ records: [a, c], damagedRecords: 1 });
  });

  it('catches a corrupted length, which the checksum also covers', () => {
    const log = concat(encodeRecord(b), encodeRecord(c));
    log[0] = 4; // b's length 5 -> 4: still fits in the file, but the checksum no longer matches
    const result = scanRecords(log);
    expect(result.records).not.toContainEqual(b.subarray(0, 4));
    expect(result.damagedRecords).toBeGreaterThan(0);
  });

  it('counts zero-length and oversized headers as damage', () => {
    expect(scanRecords(new Uint8Array(RECORD_HEADER_BYTES))).toEqual({ records: [], damagedRecords: 1 });
    const huge = encodeRecord(a);
    huge[3] = 0x7f;
    expect(scanRecords(huge)).toEqual({ records: [], damagedRecords: 1 });
  });
});
