import type { Testnet } from 'hyperdht/testnet';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PEER_CLIENTS_PER_DOCUMENT } from '../../electron/main/sync/peerSession';
import * as Y from 'yjs';
import { writeUpdateMessage } from '../../shared/sync/docMessages';
import { decodeOpenBody, encodeFrame, FrameReader, FrameType } from '../../shared/sync/wireFrames';
import { sentBy } from './support/canary';
import { hyperswarmPeer, newSpaceId, newTopic, startTestnet } from './support/hyperswarmPeers';
import { pair, text, waitFor, type TestPeer } from './support/testPeer';

/**
 * Issue 13 items 8 and 9: presence and incoming work are bounded. A paired peer sends 150 awareness frames of 1,000 new
 * client ids each for one plan; the receiving side keeps at most a few of them and goes on
 * syncing at once.
 */

let testnet: Testnet;
const peers: TestPeer[] = [];
beforeAll(async () => {
  testnet = await startTestnet();
});
afterEach(async () => {
  await Promise.all(peers.splice(0).map((peer) => peer.destroy()));
});
afterAll(async () => {
  await testnet.destroy();
});

function awarenessFrame(channel: number, firstClient: number, count: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, firstClient + i);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, JSON.stringify({ name: `Ghost ${firstClient + i}`, colour: '#123456' }));
  }
  return encodeFrame(FrameType.Awareness, channel, encoding.toUint8Array(encoder));
}

describe('presence from a peer', () => {
  it('keeps at most a few clients per peer and document, however many a peer announces', async () => {
    const a = await hyperswarmPeer(testnet, 'Ada');
    const b = await hyperswarmPeer(testnet, 'Bo');
    peers.push(a, b);
    const spaceId = newSpaceId();
    await pair(a, b, spaceId, newTopic());
    const plan = 'item:presencePlan';
    b.own(plan).getText('body').insert(0, 'v1');
    await b.store.proposeItem(spaceId, plan, { kind: 'plan', title: 'Plan' });
    await waitFor('the offer at A', () => a.store.get(spaceId)?.items[plan]?.state === 'proposed');
    await a.store.respondToProposal(spaceId, plan, true);
    await waitFor('the plan at A', () => text(a, plan) === 'v1');

    let channel = -1;
    const reader = new FrameReader((event) => {
      if (
        event.kind === 'frame' &&
        event.type === FrameType.Open &&
        decodeOpenBody(event.body).docId === plan
      )
        channel = event.channel;
    });
    for (const bytes of sentBy('Bo')) reader.push(bytes);
    expect(channel).toBeGreaterThan(0);

    // 150 frames of 1,000 new client ids each, written as B on its channel for the plan.
    const link = b.links.at(-1)!;
    const started = performance.now();
    for (let frame = 0; frame < 150; frame++)
      link.write(awarenessFrame(channel, 1_000_000 + frame * 1000, 1000));
    b.doc(plan).getText('body').insert(2, ' then v2');
    await waitFor('the next edit, right behind the flood', () => text(a, plan) === 'v1 then v2', 20_000);
    const elapsed = performance.now() - started;

    const present = a.presence.get(plan) ?? new Map();
    expect(present.size).toBeLessThanOrEqual(MAX_PEER_CLIENTS_PER_DOCUMENT);
    expect(present.size).toBeGreaterThan(0);
    expect(a.logs.filter((line) => line.startsWith('Ignored presence of more than'))).toHaveLength(1);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('incoming work from a peer', () => {
  it('pauses reading when frames queue up, and hands the window a few merged updates, not 20,000', async () => {
    const a = await hyperswarmPeer(testnet, 'Ari');
    const b = await hyperswarmPeer(testnet, 'Bea');
    peers.push(a, b);
    const spaceId = newSpaceId();
    await pair(a, b, spaceId, newTopic());
    const plan = 'item:floodedPlan';
    b.own(plan).getText('body').insert(0, 'start:');
    await b.store.proposeItem(spaceId, plan, { kind: 'plan', title: 'Plan' });
    await waitFor('the offer at A', () => a.store.get(spaceId)?.items[plan]?.state === 'proposed');
    await a.store.respondToProposal(spaceId, plan, true);
    await waitFor('the plan at A', () => text(a, plan) === 'start:');
    let channel = -1;
    const reader = new FrameReader((event) => {
      if (
        event.kind === 'frame' &&
        event.type === FrameType.Open &&
        decodeOpenBody(event.body).docId === plan
      )
        channel = event.channel;
    });
    for (const bytes of sentBy('Bea')) reader.push(bytes);

    // 20,000 tiny updates, each its own frame, written as B as fast as the link takes them.
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(b.doc(plan)));
    const frames: Uint8Array[] = [];
    scratch.on('update', (update: Uint8Array) =>
      frames.push(encodeFrame(FrameType.Sync, channel, writeUpdateMessage(update))),
    );
    for (let i = 0; i < 20_000; i++) scratch.getText('body').insert(scratch.getText('body').length, 'x');
    const before = a.remoteUpdates.length;
    const link = b.links.at(-1)!;
    for (let i = 0; i < frames.length; i += 500) link.write(concatFrames(frames.slice(i, i + 500)));
    await waitFor('all 20,000 at A', () => text(a, plan).length === 'start:'.length + 20_000, 30_000);

    const windowEvents = a.remoteUpdates.length - before;
    expect(windowEvents).toBeGreaterThan(0);
    expect(windowEvents).toBeLessThan(200);
    const aLink = a.links.at(-1) as { pauses?: number };
    expect(aLink.pauses ?? 0).toBeGreaterThan(0);
    expect(a.engine.status(spaceId)?.connected).toBe(true);
  }, 60_000);
});

function concatFrames(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
