import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * Framing of the peer-to-peer sync protocol. One Noise connection per peer carries every shared
 * document of every space with that peer.
 *
 * Why our own doc-id framing instead of a protomux channel per document: a protomux channel
 * costs an open/close handshake and its own message header per document, and protomux buffers
 * a whole message before we could look at its size. Here every frame starts with its length, its
 * type and (for document frames) a small channel number, so (1) the per-frame overhead is 3–5
 * bytes, which keeps the bytes on the wire close to the Yjs bytes carried; (2) an oversized frame
 * is recognised from its first bytes, skipped without being buffered, and only its document's
 * channel is closed; (3) the same framing runs over any byte stream (Hyperswarm's secret-stream
 * today, a LAN TCP stream wrapped in the same secret-stream later, an in-memory pair in tests).
 *
 * Frame: varuint length-of-rest · u8 type · [varuint channel, for document frames] · body.
 *
 * Channels are numbered by their sender: OPEN names the space and document a number stands for,
 * so a document id crosses the wire once per connection, and only for a document both sides may
 * exchange. Each side answers on its own channel numbers.
 */

export const FrameType = {
  /** body: UTF-8 JSON of a SpaceAnnouncement (zod-parsed on receipt). */
  Announce: 1,
  /** channel; body: varString spaceId · varString docId. */
  Open: 2,
  /** channel; no body. The sender stops using that channel. */
  Close: 3,
  /** channel; body: one y-protocols sync message (step 1, step 2 or update). */
  Sync: 4,
  /** channel; body: one y-protocols awareness update. */
  Awareness: 5,
  /**
   * channel; body: u8 last (1 on the final piece) · a piece of one Sync body too large for one
   * frame (a large document's catch-up). The pieces of one message travel in order, nothing else
   * on that channel between them; the receiver joins them, within its per-document budget.
   * A peer that does not know this type skips it whole.
   */
  SyncPart: 6,
  /** body: UTF-8 JSON of the sender's app and schema versions (peerVersions.ts), once per connection. */
  Hello: 7,
} as const;
export type FrameType = (typeof FrameType)[keyof typeof FrameType];

const CHANNEL_TYPES = new Set<number>([
  FrameType.Open,
  FrameType.Close,
  FrameType.Sync,
  FrameType.Awareness,
  FrameType.SyncPart,
]);

/** Largest frame per type (bytes after the length prefix). */
export const FRAME_LIMITS: Record<FrameType, number> = {
  [FrameType.Announce]: 256 * 1024,
  [FrameType.Open]: 1024,
  [FrameType.Close]: 16,
  [FrameType.Sync]: 8 * 1024 * 1024,
  [FrameType.Awareness]: 64 * 1024,
  [FrameType.SyncPart]: 1024 * 1024 + 16,
  [FrameType.Hello]: 4 * 1024,
};

/** Bytes of a Sync body carried by one SyncPart frame. */
export const SYNC_PART_BYTES = 1024 * 1024;

export const MAX_CHANNEL = 0xffffffff;

export function hasChannel(type: number): boolean {
  return CHANNEL_TYPES.has(type);
}

/** One frame, ready to write. `channel` is ignored for Announce. */
export function encodeFrame(type: FrameType, channel: number, body: Uint8Array): Uint8Array {
  const head = encoding.createEncoder();
  encoding.writeUint8(head, type);
  if (hasChannel(type)) encoding.writeVarUint(head, channel);
  const headBytes = encoding.toUint8Array(head);
  const out = encoding.createEncoder();
  encoding.writeVarUint(out, headBytes.length + body.length);
  encoding.writeUint8Array(out, headBytes);
  encoding.writeUint8Array(out, body);
  return encoding.toUint8Array(out);
}

export function encodeOpenBody(spaceId: string, docId: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, spaceId);
  encoding.writeVarString(encoder, docId);
  return encoding.toUint8Array(encoder);
}

/** Throws on anything malformed (the caller closes the channel). */
export function decodeOpenBody(body: Uint8Array): { spaceId: string; docId: string } {
  const decoder = decoding.createDecoder(body);
  const spaceId = decoding.readVarString(decoder);
  const docId = decoding.readVarString(decoder);
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after OPEN');
  return { spaceId, docId };
}

export type ReadEvent =
  | { kind: 'frame'; type: number; channel: number; body: Uint8Array }
  /** Skipped without buffering; for a channel frame, close that channel. */
  | { kind: 'oversized'; type: number; channel: number; length: number }
  /** The stream cannot be trusted any more (bad header): close the connection. */
  | { kind: 'broken'; reason: string };

/**
 * Turns a byte stream into frames. Holds at most one incomplete frame (chunks are kept in a list
 * and joined once the frame is complete, so a large frame arriving in many pieces costs one copy).
 * Unknown frame types are skipped whole, so a newer peer can add message types.
 */
export class FrameReader {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private discarding = 0;

  constructor(private readonly onEvent: (event: ReadEvent) => void) {}

  push(chunk: Uint8Array): void {
    if (this.discarding > 0) {
      const skip = Math.min(this.discarding, chunk.length);
      this.discarding -= skip;
      chunk = chunk.subarray(skip);
    }
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    while (this.discarding === 0 && this.buffered > 0) {
      if (!this.step()) break;
    }
  }

  /** Parses one frame if possible; false when more bytes are needed or the stream broke. */
  private step(): boolean {
    const header = this.peek(Math.min(this.buffered, 16));
    const parsed = parseHeader(header);
    if (parsed === 'incomplete') return false;
    if ('error' in parsed) {
      this.chunks = [];
      this.buffered = 0;
      this.discarding = Number.MAX_SAFE_INTEGER;
      this.onEvent({ kind: 'broken', reason: parsed.error });
      return false;
    }
    const { lengthBytes, length, type, channel, headerBytes } = parsed;
    const limit = (FRAME_LIMITS as Record<number, number | undefined>)[type];
    if (limit === undefined || length > limit) {
      this.consume(lengthBytes + headerBytes);
      const rest = length - headerBytes;
      const skip = Math.min(rest, this.buffered);
      this.consume(skip);
      this.discarding = rest - skip;
      if (limit !== undefined) this.onEvent({ kind: 'oversized', type, channel, length });
      return true;
    }
    if (this.buffered < lengthBytes + length) return false;
    const whole = this.take(lengthBytes + length);
    this.onEvent({ kind: 'frame', type, channel, body: whole.subarray(lengthBytes + headerBytes) });
    return true;
  }

  private peek(count: number): Uint8Array {
    const first = this.chunks[0];
    if (first && first.length >= count) return first.subarray(0, count);
    const out = new Uint8Array(count);
    let offset = 0;
    for (const chunk of this.chunks) {
      const part = chunk.subarray(0, count - offset);
      out.set(part, offset);
      offset += part.length;
      if (offset === count) break;
    }
    return out;
  }

  /** The next `count` bytes, removed from the buffer (a view when they sit in one chunk). */
  private take(count: number): Uint8Array {
    const out = this.peek(count);
    this.consume(count);
    return out;
  }

  private consume(count: number): void {
    this.buffered -= count;
    while (count > 0) {
      const first = this.chunks[0];
      if (!first) break;
      if (first.length <= count) {
        this.chunks.shift();
        count -= first.length;
      } else {
        this.chunks[0] = first.subarray(count);
        count = 0;
      }
    }
  }
}

type Header = { lengthBytes: number; length: number; type: number; channel: number; headerBytes: number };

function parseHeader(bytes: Uint8Array): Header | 'incomplete' | { error: string } {
  const length = readVarUint(bytes, 0);
  if (length === 'incomplete') return 'incomplete';
  if (length === 'invalid') return { error: 'frame length is not a valid number' };
  if (length.value === 0) return { error: 'empty frame' };
  const typeAt = length.bytes;
  const type = bytes[typeAt];
  if (type === undefined) return 'incomplete';
  if (!hasChannel(type))
    return { lengthBytes: length.bytes, length: length.value, type, channel: -1, headerBytes: 1 };
  const channel = readVarUint(bytes, typeAt + 1);
  if (channel === 'incomplete') {
    return length.value < 2 ? { error: 'channel frame without a channel' } : 'incomplete';
  }
  if (channel === 'invalid') return { error: 'channel number is not a valid number' };
  const headerBytes = 1 + channel.bytes;
  if (headerBytes > length.value) return { error: 'frame shorter than its header' };
  return { lengthBytes: length.bytes, length: length.value, type, channel: channel.value, headerBytes };
}

/** lib0-compatible varuint of at most 5 bytes (32 bits), read without throwing. */
function readVarUint(
  bytes: Uint8Array,
  offset: number,
): { value: number; bytes: number } | 'incomplete' | 'invalid' {
  let value = 0;
  let multiplier = 1;
  for (let i = 0; i < 5; i++) {
    const byte = bytes[offset + i];
    if (byte === undefined) return 'incomplete';
    value += (byte & 0x7f) * multiplier;
    if (byte < 0x80) return value > MAX_CHANNEL ? 'invalid' : { value, bytes: i + 1 };
    multiplier *= 128;
  }
  return 'invalid';
}
