import { strToU8 } from 'fflate';

/**
 * A ZIP written byte by byte, so a test can build what no honest writer makes: two entries with
 * one name, or an entry that declares one size and unpacks to another.
 */
export interface RawEntry {
  name: string;
  /** The entry's bytes as stored (already deflated when `method` is 8). */
  data: Uint8Array;
  method?: 0 | 8;
  /** The uncompressed size written in the headers (default: the stored length). */
  declaredSize?: number;
}

function header(fields: [number, 2 | 4][]): Uint8Array {
  const out = new Uint8Array(fields.reduce((n, [, width]) => n + width, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += width;
  }
  return out;
}

export function rawZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const method = entry.method ?? 0;
    const size = entry.declaredSize ?? entry.data.length;
    const common: [number, 2 | 4][] = [
      [20, 2], // version needed
      [0, 2], // flags
      [method, 2],
      [0, 2], // time
      [0x21, 2], // date: 1980-01-01
      [0, 4], // crc (Tandem checks SHA-256 from its manifest instead)
      [entry.data.length, 4],
      [size, 4],
      [name.length, 2],
      [0, 2], // extra length
    ];
    const local = header([[0x04034b50, 4], ...common]);
    parts.push(local, name, entry.data);
    central.push(
      header([[0x02014b50, 4], [0x0314, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
      name,
    );
    offset += local.length + name.length + entry.data.length;
  }
  const directorySize = central.reduce((n, part) => n + part.length, 0);
  const end = header([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [directorySize, 4],
    [offset, 4],
    [0, 2],
  ]);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
