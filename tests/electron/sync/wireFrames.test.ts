import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sanitizeAwarenessUpdate } from '../../../shared/sync/awarenessFields';
import { readDocSyncMessage, writeStep1, writeUpdateMessage } from '../../../shared/sync/docMessages';
import { encodeFrame, FrameReader, FrameType, type ReadEvent } from '../../../shared/sync/wireFrames';
import * as encoding from 'lib0/encoding';

function readAll(chunks: Uint8Array[]): ReadEvent[] {
  const events: ReadEvent[] = [];
  const reader = new FrameReader((event) => events.push(event));
  for (const chunk of chunks) reader.push(chunk);
  return events;
}

const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('FrameReader', () => {
  it('reads frames however the stream is cut, one byte at a time included', () => {
    const frames = [
      encodeFrame(FrameType.Announce, 0, new TextEncoder().encode('{"a":1}')),
      encodeFrame(FrameType.Sync, 300, new Uint8Array(1000).fill(5)),
      encodeFrame(FrameType.Close, 2, new Uint8Array(0)),
    ];
    const stream = concat(...frames);
    const byteByByte = readAll([...stream].map((byte) => Uint8Array.of(byte)));
    const whole = readAll([stream]);
    for (const events of [byteByByte, whole]) {
      expect(events.map((e) => (e.kind === 'frame' ? [e.type, e.channel, e.body.length] : e.kind))).toEqual([
        [FrameType.Announce, -1, 7],
        [FrameType.Sync, 300, 1000],
        [FrameType.Close, 2, 0],
      ]);
    }
  });

  it('skips an oversized frame without buffering it, names its channel, and reads on', () => {
    const huge = encodeFrame(FrameType.Awareness, 4, new Uint8Array(70 * 1024));
    const next = encodeFrame(FrameType.Sync, 1, Uint8Array.of(1, 2, 3));
    const stream = concat(huge, next);
    const events = readAll([stream.subarray(0, 10), stream.subarray(10, 5000), stream.subarray(5000)]);
    expect(events[0]).toMatchObject({ kind: 'oversized', type: FrameType.Awareness, channel: 4 });
    expect(events[1]).toMatchObject({ kind: 'frame', type: FrameType.Sync, channel: 1 });
    expect(events).toHaveLength(2);
  });

  it('skips unknown frame types whole (a newer peer) and reports a broken header once', () => {
    const unknown = Uint8Array.of(3, 99, 7, 7);
    const events = readAll([unknown, encodeFrame(FrameType.Close, 1, new Uint8Array(0))]);
    expect(events).toEqual([expect.objectContaining({ kind: 'frame', type: FrameType.Close })]);
    const broken = readAll([
      Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff),
      encodeFrame(FrameType.Close, 1, new Uint8Array(0)),
    ]);
    expect(broken.map((event) => event.kind)).toEqual(['broken']);
    expect(readAll([Uint8Array.of(0)])).toEqual([{ kind: 'broken', reason: 'empty frame' }]);
  });
});

describe('document sync messages', () => {
  it('reads the standard y-protocols messages and refuses damaged ones', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'hello');
    expect(readDocSyncMessage(writeStep1(doc)).kind).toBe('step1');
    const update = readDocSyncMessage(writeUpdateMessage(Y.encodeStateAsUpdate(doc)));
    expect(update.kind).toBe('update');
    const truncated = writeUpdateMessage(Y.encodeStateAsUpdate(doc)).subarray(0, 8);
    expect(() => readDocSyncMessage(truncated)).toThrow();
    expect(() => readDocSyncMessage(Uint8Array.of(7, 0))).toThrow(/unknown sync message/);
    expect(() => readDocSyncMessage(concat(writeStep1(doc), Uint8Array.of(1)))).toThrow(/trailing/);
  });
});

describe('presence on the wire', () => {
  it('keeps name, colour and cursor only', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 42);
    encoding.writeVarUint(encoder, 3);
    encoding.writeVarString(
      encoder,
      JSON.stringify({ name: 'Avery', colour: '#336699', cursor: { anchor: 1 }, email: 'leak@example.com' }),
    );
    const { update, clients } = sanitizeAwarenessUpdate(encoding.toUint8Array(encoder));
    expect(clients).toEqual([42]);
    const clean = new TextDecoder().decode(update);
    expect(clean).toContain('"name":"Avery"');
    expect(clean).toContain('"cursor":{"anchor":1}');
    expect(clean).not.toContain('leak@example.com');
    expect(() => sanitizeAwarenessUpdate(Uint8Array.of(1, 1))).toThrow();
  });
});
