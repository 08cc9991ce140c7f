import Hyperswarm, { type NoiseSocket } from 'hyperswarm';
import DHT from 'hyperdht';
import type { Testnet } from 'hyperdht/testnet';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeStep1, writeUpdateMessage } from '../../shared/sync/docMessages';
import {
  decodeOpenBody,
  encodeFrame,
  encodeOpenBody,
  FrameReader,
  FrameType,
} from '../../shared/sync/wireFrames';
import { leaks, plantSecret, sentBy } from './support/canary';
import { hyperswarmPeer, newSpaceId, newTopic, startTestnet } from './support/hyperswarmPeers';
import { pair, text, waitFor } from './support/testPeer';

/** Issue 4 item 7 d and e: a paired peer that misbehaves, by design or by damage. */

let testnet: Testnet;
const cleanup: { destroy(): Promise<void> }[] = [];

beforeAll(async () => {
  testnet = await startTestnet();
});
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((item) => item.destroy()));
});
afterAll(async () => {
  await testnet.destroy();
  expect(leaks()).toEqual([]);
});

const utf8 = new TextEncoder();
const announce = (body: unknown): Uint8Array =>
  encodeFrame(FrameType.Announce, 0, utf8.encode(JSON.stringify(body)));

describe('a paired but malicious peer', () => {
  it('(d) requesting, offering back, or referencing an unshared document gets nothing of it', async () => {
    const alice = await hyperswarmPeer(testnet, 'Alice');
    cleanup.push(alice);
    const malloryKey = DHT.keyPair();
    const spaceId = newSpaceId();
    const topic = newTopic();
    const secretDoc = 'item:secretPlan';
    alice
      .own(secretDoc)
      .getText('body')
      .insert(0, plantSecret(`Alice's unshared plan ${spaceId}`));
    const sharedDoc = 'item:sharedPlan';
    alice.own(sharedDoc).getText('body').insert(0, 'shared with Mallory');
    await alice.store.addPairedSpace({
      spaceId,
      topic,
      myRole: 'employee',
      peerName: 'Mallory',
      peerPublicKey: malloryKey.publicKey.toString('hex'),
    });
    await alice.store.proposeItem(spaceId, sharedDoc, { kind: 'plan', title: 'Shared plan' });

    // Mallory speaks the wire protocol by hand.
    const mallory = new Hyperswarm({ keyPair: malloryKey, dht: testnet.createNode() });
    cleanup.push(mallory);
    const received: Buffer[] = [];
    const frames: { type: number; channel: number; body: Uint8Array }[] = [];
    const reader = new FrameReader((event) => {
      if (event.kind === 'frame') frames.push(event);
    });
    const connected = new Promise<NoiseSocket>((resolve) => {
      mallory.on('connection', (socket) => {
        socket.on('error', () => undefined);
        socket.on('data', (chunk: Buffer) => {
          received.push(chunk);
          reader.push(chunk);
        });
        resolve(socket);
      });
    });
    const discovery = mallory.join(Buffer.from(topic, 'hex'), { server: true, client: true });
    await discovery.flushed();
    await discovery.refresh({ client: true, server: true });
    const socket = await connected;

    const spaceDocUpdate = (() => {
      const doc = new Y.Doc();
      // A "reference" to the unshared document written into the shared space document.
      doc.getMap('items').set(secretDoc, { state: 'accepted', by: 'both' });
      return Y.encodeStateAsUpdate(doc);
    })();
    const spaceDoc = `space:${spaceId}`;
    socket.write(
      announce({
        spaceId,
        sharing: 'on',
        // Offers Alice's own private document back to her, and "accepts" it too.
        offers: [{ docId: secretDoc, kind: 'plan', title: 'Totally harmless' }],
        accepts: [sharedDoc, secretDoc],
        declines: [],
      }),
    );
    const emptyState = writeStep1(new Y.Doc());
    for (const [channel, docId] of [
      [1, secretDoc],
      [2, sharedDoc],
      [3, spaceDoc],
    ] as const) {
      socket.write(encodeFrame(FrameType.Open, channel, encodeOpenBody(spaceId, docId)));
      socket.write(encodeFrame(FrameType.Sync, channel, emptyState));
    }
    socket.write(encodeFrame(FrameType.Sync, 3, writeUpdateMessage(spaceDocUpdate)));
    // Sync frames on a channel never opened, naming nothing.
    socket.write(encodeFrame(FrameType.Sync, 99, emptyState));

    await waitFor('the shared plan to reach Mallory', () =>
      Buffer.concat(received).includes(Buffer.from('shared with Mallory')),
    );
    await waitFor("Mallory's space-doc write to reach Alice", () =>
      alice.doc(spaceDoc).getMap('items').has(secretDoc),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const all = Buffer.concat(received);
    expect(all.includes(Buffer.from(`Alice's unshared plan`))).toBe(false);
    expect(all.includes(Buffer.from(secretDoc))).toBe(false);
    const opened = frames.filter((f) => f.type === FrameType.Open).map((f) => decodeOpenBody(f.body).docId);
    // The shared plan, its comments (which travel with it) and the space: nothing else.
    expect(opened.sort()).toEqual([sharedDoc, 'comments:sharedPlan', spaceDoc].sort());
    // Her consent store never took the offer of her own document.
    expect(alice.store.get(spaceId)?.items[secretDoc]).toBeUndefined();
    await expect(alice.store.respondToProposal(spaceId, secretDoc, true)).rejects.toThrow();
    expect(alice.store.mayExchange(spaceId, secretDoc)).toBe(false);
  });
});

describe('damaged frames', () => {
  it('(e) malformed, truncated and oversized frames close that channel; other documents keep syncing', async () => {
    const a = await hyperswarmPeer(testnet, 'Ada');
    const b = await hyperswarmPeer(testnet, 'Bo');
    cleanup.push(a, b);
    const spaceId = newSpaceId();
    await pair(a, b, spaceId, newTopic());
    const docs = ['item:malformed', 'item:truncated', 'item:oversized', 'item:healthy'];
    for (const docId of docs) {
      b.own(docId).getText('body').insert(0, `${docId} v1`);
      await b.store.proposeItem(spaceId, docId, { kind: 'plan', title: docId });
    }
    await waitFor('proposals at A', () =>
      docs.every((d) => a.store.get(spaceId)?.items[d]?.state === 'proposed'),
    );
    for (const docId of docs) await a.store.respondToProposal(spaceId, docId, true);
    await waitFor('all four at A', () => docs.every((d) => text(a, d) === `${d} v1`));

    // B's channel numbers, from what B sent.
    const channelOf = new Map<string, number>();
    const reader = new FrameReader((event) => {
      if (event.kind === 'frame' && event.type === FrameType.Open) {
        channelOf.set(decodeOpenBody(event.body).docId, event.channel);
      }
    });
    for (const bytes of sentBy('Bo')) reader.push(bytes);
    const link = b.links.at(-1)!;
    const logsBefore = a.logs.length;

    // Malformed: a sync message of an unknown type.
    link.write(
      encodeFrame(FrameType.Sync, channelOf.get('item:malformed')!, Uint8Array.from([9, 3, 1, 2, 3])),
    );
    // Truncated: an update message announcing 200 bytes and carrying 10.
    const truncated = encoding.createEncoder();
    encoding.writeVarUint(truncated, 2);
    encoding.writeVarUint(truncated, 200);
    encoding.writeUint8Array(truncated, new Uint8Array(10).fill(7));
    link.write(
      encodeFrame(FrameType.Sync, channelOf.get('item:truncated')!, encoding.toUint8Array(truncated)),
    );
    // Oversized: 9 MiB in one frame (the limit is 8 MiB), really sent.
    link.write(
      encodeFrame(FrameType.Sync, channelOf.get('item:oversized')!, new Uint8Array(9 * 1024 * 1024)),
    );

    for (const docId of docs) b.doc(docId).getText('body').insert(0, 'v2 ');
    await waitFor(
      'the healthy document to keep syncing',
      () => text(a, 'item:healthy') === 'v2 item:healthy v1',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const docId of ['item:malformed', 'item:truncated', 'item:oversized']) {
      expect(text(a, docId)).toBe(`${docId} v1`);
    }
    const closures = a.logs.slice(logsBefore).join('\n');
    expect(closures).toMatch(/item:malformed.*malformed sync message/);
    expect(closures).toMatch(/item:truncated.*malformed sync message/);
    expect(closures).toMatch(/oversized frame/);
    expect(a.engine.status(spaceId)?.connected).toBe(true);

    // A broken stream (not even a frame header) closes the connection; the peers reconnect and
    // everything, the closed channels included, syncs again.
    link.write(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    await waitFor('reconnect and full sync', () => docs.every((d) => text(a, d) === `v2 ${d} v1`), 30_000);
    expect(a.logs.join('\n')).toMatch(/unreadable stream/);
  });
});
