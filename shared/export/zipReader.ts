import { Inflate, inflateSync, strFromU8 } from 'fflate';

/**
 * Reads a ZIP archive within a budget. The central directory is parsed first and checked as a
 * whole (entry count, names, duplicates, methods, declared sizes); only then are chosen entries
 * inflated, one at a time, each from its own bytes, in small input pieces, and stopped the moment
 * it produces more than it declared. Nothing is ever inflated that the caller did not ask for, and
 * the archive itself is read piece by piece from its source (a file in main), so a restore holds
 * the documents it restores and not also the whole file.
 */

/** Random access to an archive's bytes: a file read piece by piece, or bytes already in memory. */
export interface ArchiveSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): ArchiveSource {
  return {
    size: bytes.byteLength,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
  };
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (nothing else is read). */
  method: 0 | 8;
  compressedSize: number;
  /** The uncompressed size the archive declares; inflating never goes past it. */
  size: number;
  localHeaderOffset: number;
}

export type ZipProblem = 'not-zip' | 'damaged' | 'unsupported' | 'duplicate' | 'too-many' | 'too-large';

export class ZipFormatError extends Error {
  constructor(
    readonly problem: ZipProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_BYTES = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_BYTES = 46;
const LOCAL_BYTES = 30;
/**
 * Input fed to the inflater per step: one step yields at most ~1,032× this (DEFLATE's limit), so
 * an entry that lies about its size is stopped within a few megabytes of output.
 */
const INFLATE_STEP = 4 * 1024;
/**
 * Entries up to this compressed size (every document of a typical journal) are inflated in one
 * call into a buffer one byte larger than declared: that is several times faster than stepping,
 * and its output cannot outgrow the buffer. The decoding work an entry that lies can cause is
 * bounded by ~1,032× this, and the archive is refused at the first such entry.
 */
const ONE_SHOT_BYTES = 64 * 1024;
/** A stored or deflated entry is read from disk in pieces of this size. */
const READ_STEP = 1024 * 1024;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

const damaged = (detail: string) => new ZipFormatError('damaged', `the archive is damaged (${detail})`);

/**
 * The archive's directory: every entry by name. Refuses more than `maxEntries` entries, a
 * directory larger than `maxDirectoryBytes`, two entries with one name, encrypted entries and
 * compression other than stored or deflate, and entries that point outside the file.
 */
export async function readZipDirectory(
  source: ArchiveSource,
  limits: { maxEntries: number; maxDirectoryBytes: number },
): Promise<Map<string, ZipEntry>> {
  if (source.size < EOCD_BYTES) throw new ZipFormatError('not-zip', 'it is too short to be a ZIP archive');
  const tailLength = Math.min(source.size, EOCD_BYTES + MAX_COMMENT);
  const tail = await source.read(source.size - tailLength, tailLength);
  let eocd = -1;
  for (let at = tail.length - EOCD_BYTES; at >= 0; at--) {
    if (u32(tail, at) === EOCD_SIGNATURE && at + EOCD_BYTES + u16(tail, at + 20) === tail.length) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('not-zip', 'it has no ZIP directory at its end');
  const count = u16(tail, eocd + 10);
  const directoryBytes = u32(tail, eocd + 12);
  const directoryOffset = u32(tail, eocd + 16);
  if (u16(tail, eocd + 4) !== 0 || u16(tail, eocd + 8) !== count)
    throw new ZipFormatError('unsupported', 'it is split over several files');
  if (count === 0xffff || directoryOffset === 0xffffffff || directoryBytes === 0xffffffff)
    throw new ZipFormatError('unsupported', 'it uses the ZIP64 extension, which no Tandem backup needs');
  if (count > limits.maxEntries)
    throw new ZipFormatError(
      'too-many',
      `it holds ${count} entries, more than the ${limits.maxEntries} allowed`,
    );
  if (directoryBytes > limits.maxDirectoryBytes)
    throw new ZipFormatError('too-large', `its table of files takes ${directoryBytes} bytes`);
  const directoryEnd = source.size - tailLength + eocd;
  if (directoryOffset + directoryBytes > directoryEnd) throw damaged('its table of files lies outside it');
  const directory = await source.read(directoryOffset, directoryBytes);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_BYTES > directory.length || u32(directory, at) !== CENTRAL_SIGNATURE)
      throw damaged('its table of files is cut short');
    const flags = u16(directory, at + 8);
    const method = u16(directory, at + 10);
    const compressedSize = u32(directory, at + 20);
    const size = u32(directory, at + 24);
    const nameLength = u16(directory, at + 28);
    const skip = nameLength + u16(directory, at + 30) + u16(directory, at + 32);
    const localHeaderOffset = u32(directory, at + 42);
    if (at + CENTRAL_BYTES + skip > directory.length) throw damaged('its table of files is cut short');
    const name = strFromU8(directory.subarray(at + CENTRAL_BYTES, at + CENTRAL_BYTES + nameLength));
    at += CENTRAL_BYTES + skip;
    if (flags & 1) throw new ZipFormatError('unsupported', `${name} is encrypted`);
    if (method !== 0 && method !== 8)
      throw new ZipFormatError('unsupported', `${name} uses a compression method Tandem does not read`);
    if (localHeaderOffset + LOCAL_BYTES + compressedSize > directoryOffset)
      throw damaged(`${name} points outside the archive`);
    if (entries.has(name))
      throw new ZipFormatError(
        'duplicate',
        `it holds two entries named ${name}, and which one is right is unknown`,
      );
    entries.set(name, { name, method, compressedSize, size, localHeaderOffset });
  }
  return entries;
}

/** One entry's bytes, inflated; refuses (without going on) one that inflates past its declared size. */
export async function readZipEntry(source: ArchiveSource, entry: ZipEntry): Promise<Uint8Array> {
  const header = await source.read(entry.localHeaderOffset, LOCAL_BYTES);
  if (u32(header, 0) !== LOCAL_SIGNATURE) throw damaged(`${entry.name} has no entry header`);
  const dataOffset = entry.localHeaderOffset + LOCAL_BYTES + u16(header, 26) + u16(header, 28);
  if (dataOffset + entry.compressedSize > source.size) throw damaged(`${entry.name} is cut short`);
  if (entry.size === 0 && entry.compressedSize === 0) return new Uint8Array(0);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw damaged(`${entry.name} has two different sizes`);
    return Uint8Array.from(await source.read(dataOffset, entry.size));
  }
  if (entry.compressedSize <= ONE_SHOT_BYTES)
    return inflateSmall(await source.read(dataOffset, entry.compressedSize), entry);
  const out = new Uint8Array(entry.size);
  // Written by the inflater's callback (an object, so the loop below sees its changes).
  const state = { written: 0, finished: false, overflow: false };
  const inflater = new Inflate((chunk, final) => {
    if (state.written + chunk.length > out.length) state.overflow = true;
    else out.set(chunk, state.written);
    state.written += chunk.length;
    if (final) state.finished = true;
  });
  const stopped = (): boolean => state.overflow;
  try {
    for (let offset = 0; offset < entry.compressedSize && !stopped(); offset += READ_STEP) {
      const piece = await source.read(
        dataOffset + offset,
        Math.min(READ_STEP, entry.compressedSize - offset),
      );
      for (let step = 0; step < piece.length && !stopped(); step += INFLATE_STEP) {
        const last = offset + step + INFLATE_STEP >= entry.compressedSize;
        inflater.push(piece.subarray(step, step + INFLATE_STEP), last);
      }
    }
  } catch {
    throw damaged(`${entry.name} does not inflate`);
  }
  if (state.overflow)
    throw new ZipFormatError(
      'too-large',
      `${entry.name} unpacks to more than the ${entry.size} bytes it declares`,
    );
  if (!state.finished || state.written !== entry.size)
    throw damaged(`${entry.name} does not unpack to its declared size`);
  return out;
}

function inflateSmall(compressed: Uint8Array, entry: ZipEntry): Uint8Array {
  let out: Uint8Array;
  try {
    out = inflateSync(compressed, { out: new Uint8Array(entry.size + 1) });
  } catch {
    throw damaged(`${entry.name} does not inflate`);
  }
  if (out.length > entry.size)
    throw new ZipFormatError(
      'too-large',
      `${entry.name} unpacks to more than the ${entry.size} bytes it declares`,
    );
  if (out.length !== entry.size) throw damaged(`${entry.name} does not unpack to its declared size`);
  return out;
}
