import * as Y from 'yjs';
import { encodeFrame, FRAME_LIMITS, FrameType, SYNC_PART_BYTES } from '../../../shared/sync/wireFrames';

/**
 * What a shared document may weigh, and how a document that is allowed to exist still catches up
 * on a new connection when its state is larger than one frame.
 *
 * - A change from the peer that would take a shared document past MAX_SHARED_DOCUMENT_BYTES is
 *   refused (not applied, the user is told); seven 7.5 MB updates once grew a plan to 55 million
 *   characters in both copies.
 * - A Sync message larger than one frame (a step 2 of a large document) goes as SyncPart pieces,
 *   which the receiver joins — within the same budget — before handling it as one message.
 * - Everything queued in one tick is written in several writes of at most MAX_WRITE_BYTES: the
 *   encrypted stream refuses a single write over 16 MiB and drops the connection.
 */

/** A shared item's whole Yjs state; a ten-year plan is well under 1 MB. */
export const MAX_SHARED_DOCUMENT_BYTES = 32 * 1024 * 1024;
/** One write to the link: a whole maximal frame fits, and no write nears the stream's 16 MiB. */
export const MAX_WRITE_BYTES = FRAME_LIMITS[FrameType.Sync] + 64;

/** One Sync frame, or the SyncPart pieces of a body too large for one. */
export function syncFrames(channel: number, body: Uint8Array): Uint8Array[] {
  if (body.length <= FRAME_LIMITS[FrameType.Sync] - 8) return [encodeFrame(FrameType.Sync, channel, body)];
  const frames: Uint8Array[] = [];
  for (let at = 0; at < body.length; at += SYNC_PART_BYTES) {
    const piece = body.subarray(at, at + SYNC_PART_BYTES);
    const part = new Uint8Array(piece.length + 1);
    part[0] = at + SYNC_PART_BYTES >= body.length ? 1 : 0;
    part.set(piece, 1);
    frames.push(encodeFrame(FrameType.SyncPart, channel, part));
  }
  return frames;
}

/** Groups frames into writes of at most MAX_WRITE_BYTES (a larger single frame goes alone). */
export function groupWrites(frames: readonly Uint8Array[]): Uint8Array[] {
  const writes: Uint8Array[] = [];
  let group: Uint8Array[] = [];
  let size = 0;
  const close = () => {
    if (group.length > 0) writes.push(group.length === 1 && group[0] ? group[0] : concat(group));
    group = [];
    size = 0;
  };
  for (const frame of frames) {
    if (size + frame.length > MAX_WRITE_BYTES) close();
    group.push(frame);
    size += frame.length;
  }
  close();
  return writes;
}

/** Joins SyncPart pieces per channel; refuses a message that would outgrow the document budget. */
export class SyncPartAssembler {
  private readonly pending = new Map<number, { pieces: Uint8Array[]; bytes: number }>();

  /** The whole body once the last piece is in, null while more are expected, 'too-large' past the budget. */
  push(channel: number, body: Uint8Array): Uint8Array | null | 'too-large' {
    if (body.length < 1) return 'too-large';
    const entry = this.pending.get(channel) ?? { pieces: [], bytes: 0 };
    entry.pieces.push(body.slice(1));
    entry.bytes += body.length - 1;
    if (entry.bytes > MAX_SHARED_DOCUMENT_BYTES + SYNC_PART_BYTES) {
      this.pending.delete(channel);
      return 'too-large';
    }
    if (body[0] !== 1) {
      this.pending.set(channel, entry);
      return null;
    }
    this.pending.delete(channel);
    return concat(entry.pieces);
  }

  forget(channel: number): void {
    this.pending.delete(channel);
  }
}

/**
 * Whether a received update may be applied to a replica: its state stays within the budget.
 * The replica's size is kept as an upper bound (stored size plus every update applied since);
 * only when that bound says no is the exact size computed, so honest traffic costs nothing.
 */
export function fitsBudget(sizes: WeakMap<Y.Doc, number>, doc: Y.Doc, update: Uint8Array): boolean {
  const bound = sizes.get(doc) ?? 0;
  if (bound + update.length <= MAX_SHARED_DOCUMENT_BYTES) return true;
  const exact = Y.encodeStateAsUpdate(doc).length;
  sizes.set(doc, exact);
  return exact + update.length <= MAX_SHARED_DOCUMENT_BYTES;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
