import { describe, expect, it } from 'vitest';
import { webContentsEventSink, type EventTarget } from '../../../electron/main/mainEventSink';
import { mainEvents } from '../../../shared/ipc/mainEvents';

function fakeContents(destroyed = false) {
  const sent: { channel: string; payload: unknown }[] = [];
  const contents: EventTarget = {
    send: (channel: string, payload: unknown) => void sent.push({ channel, payload }),
    isDestroyed: () => destroyed,
  };
  return { contents, sent };
}

describe('main → renderer events', () => {
  it('sends each event on its own fixed channel with a payload the renderer can parse', () => {
    const { contents, sent } = fakeContents();
    const sink = webContentsEventSink(() => contents);
    sink.send('remoteUpdate', { docId: 'item:plan1', update: new Uint8Array([1, 2, 3]) });
    sink.send('syncStatus', {
      spaceId: 'space1',
      peerName: 'Maya',
      connected: true,
      lastSyncedAt: 5,
      pendingChanges: 0,
      reason: 'synced',
    });
    sink.send('spacesChanged', { spaceId: 'space1' });
    expect(sent.map((s) => s.channel)).toEqual([
      'tandem:event:remoteUpdate',
      'tandem:event:syncStatus',
      'tandem:event:spacesChanged',
    ]);
    expect(mainEvents.remoteUpdate.payload.parse(sent[0]?.payload).update).toEqual(new Uint8Array([1, 2, 3]));
    expect(mainEvents.syncStatus.payload.parse(sent[1]?.payload).reason).toBe('synced');
    expect(mainEvents.spacesChanged.payload.parse(sent[2]?.payload)).toEqual({ spaceId: 'space1' });
  });

  it('sends nothing without a window or to one being destroyed, and never throws', () => {
    const closing = fakeContents(true);
    webContentsEventSink(() => null).send('spacesChanged', { spaceId: 's' });
    webContentsEventSink(() => closing.contents).send('spacesChanged', { spaceId: 's' });
    expect(closing.sent).toEqual([]);
    const logs: string[] = [];
    const broken: EventTarget = {
      send: () => {
        throw new Error('Render frame was disposed');
      },
      isDestroyed: () => false,
    };
    webContentsEventSink(
      () => broken,
      (m) => logs.push(m),
    ).send('spacesChanged', { spaceId: 's' });
    expect(logs).toEqual(['Could not tell the window about spacesChanged: Error: Render frame was disposed']);
  });

  it('the renderer refuses payloads that are not what the channel carries', () => {
    expect(mainEvents.remoteUpdate.payload.safeParse({ docId: 'item:x', update: [1, 2] }).success).toBe(
      false,
    );
    expect(
      mainEvents.remoteUpdate.payload.safeParse({ docId: '../etc', update: new Uint8Array([1]) }).success,
    ).toBe(false);
    expect(
      mainEvents.remoteUpdate.payload.safeParse({ docId: 'item:x', update: new Uint8Array() }).success,
    ).toBe(false);
    expect(mainEvents.spacesChanged.payload.safeParse({}).success).toBe(false);
  });
});
