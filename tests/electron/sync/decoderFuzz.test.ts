import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seededRandom } from '../../../bench/journalGenerator';
import { sanitizeAwarenessUpdate } from '../../../shared/sync/awarenessFields';
import { readDocSyncMessage, writeStep1, writeUpdateMessage } from '../../../shared/sync/docMessages';
import { spaceAnnouncementSchema } from '../../../shared/sync/spaceAnnouncement';
import { encodeFrame, FRAME_LIMITS, FrameReader, FrameType } from '../../../shared/sync/wireFrames';

/**
 * Seeded fuzzing of everything that reads bytes from a peer: the frame reader, the y-protocols
 * message decoder, the awareness filter and the announcement schema, fed random bytes and
 * mutations of real messages. Nothing may throw out of the frame reader, decoders may only throw
 * an Error (the caller closes that channel), and the reader's buffer stays within one frame limit.
 * A failure names its seed; `DECODER_SEED=<n>` replays it.
 */

const SEEDS = 300;
const replay = process.env.DECODER_SEED;
const seeds = replay ? [Number(replay)] : Array.from({ length: SEEDS }, (_, i) => i + 1);
const largestFrame = Math.max(...Object.values(FRAME_LIMITS));

function realMessages(): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, 'Agenda: promotion case, stretch assignment, feedback — résumé, 日本語');
  doc.getArray<string>('points').push(['one', 'two']);
  const update = Y.encodeStateAsUpdate(doc);
  const announcement = new TextEncoder().encode(
    JSON.stringify({
      spaceId: 's1',
      sharing: 'on',
      offers: [{ docId: 'item:p1', kind: 'plan', title: 'Plan' }],
      accepts: [],
    }),
  );
  return [
    encodeFrame(FrameType.Sync, 3, writeStep1(doc)),
    encodeFrame(FrameType.Sync, 3, writeUpdateMessage(update)),
    encodeFrame(FrameType.Announce, 0, announcement),
    encodeFrame(FrameType.Close, 3, new Uint8Array(0)),
  ];
}

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = Uint8Array.from(bytes);
  const kind = Math.floor(random() * 4);
  if (kind === 0) {
    for (let i = 1 + Math.floor(random() * 6); i > 0; i--)
      out[Math.floor(random() * out.length)] = random() * 256;
    return out;
  }
  if (kind === 1) return out.subarray(0, Math.floor(random() * out.length));
  if (kind === 2) {
    const at = Math.floor(random() * out.length);
    const junk = Uint8Array.from({ length: 1 + Math.floor(random() * 40) }, () => random() * 256);
    return Uint8Array.from([...out.subarray(0, at), ...junk, ...out.subarray(at)]);
  }
  return Uint8Array.from({ length: Math.floor(random() * 300) }, () => random() * 256);
}

function expectOnlyErrors(seed: number, what: string, run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error instanceof Error, `seed ${seed}: ${what} threw a non-Error`).toBe(true);
  }
}

describe('decoding hostile bytes', () => {
  it(`never crashes and stays bounded over ${seeds.length} seeds of random and mutated input`, () => {
    const messages = realMessages();
    for (const seed of seeds) {
      const random = seededRandom(seed);
      const pieces: Uint8Array[] = [];
      for (let i = 0; i < 20; i++) {
        const base = messages[Math.floor(random() * messages.length)]!;
        pieces.push(random() < 0.3 ? base : mutate(base, random));
      }
      const stream = Uint8Array.from(pieces.flatMap((p) => [...p]));

      const reader = new FrameReader((event) => {
        if (event.kind !== 'frame') return;
        expectOnlyErrors(seed, 'readDocSyncMessage', () => readDocSyncMessage(event.body));
        expectOnlyErrors(seed, 'sanitizeAwarenessUpdate', () => sanitizeAwarenessUpdate(event.body));
        expectOnlyErrors(seed, 'announcement', () => {
          const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(event.body));
          spaceAnnouncementSchema.safeParse(parsed);
        });
      });
      // Cut the stream at random points, as the network would.
      let at = 0;
      while (at < stream.length) {
        const size = 1 + Math.floor(random() * 64);
        expect(
          () => reader.push(stream.subarray(at, at + size)),
          `seed ${seed}: the reader threw`,
        ).not.toThrow();
        at += size;
        const buffered = (reader as unknown as { buffered: number }).buffered;
        expect(buffered, `seed ${seed}: the reader holds more than one frame`).toBeLessThanOrEqual(
          largestFrame + 64,
        );
      }
    }
  });
});
