import Hyperswarm from 'hyperswarm';
import DHT from 'hyperdht';
import type { Testnet } from 'hyperdht/testnet';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { canaryStats, leaks, plantSecret } from './support/canary';
import { hyperswarmPeer, newSpaceId, newTopic, startTestnet } from './support/hyperswarmPeers';
import { pair, sameState, text, waitFor, type TestPeer } from './support/testPeer';

/** Issue 4 item 7 a, c, f: two complete peers over a HyperDHT testnet on 127.0.0.1. */

let testnet: Testnet;
const peers: TestPeer[] = [];
const others: { destroy(): Promise<void> }[] = [];

beforeAll(async () => {
  testnet = await startTestnet();
});
afterEach(async () => {
  await Promise.all(peers.splice(0).map((peer) => peer.destroy()));
  await Promise.all(others.splice(0).map((other) => other.destroy()));
});
afterAll(async () => {
  await testnet.destroy();
  // 7b: across every test in this file, no private content and no unshared id was ever sent.
  expect(canaryStats().frames).toBeGreaterThan(0);
  expect(leaks()).toEqual([]);
});

async function twoPairedPeers(): Promise<{ a: TestPeer; b: TestPeer; spaceId: string; topic: string }> {
  const a = await hyperswarmPeer(testnet, 'Avery');
  const b = await hyperswarmPeer(testnet, 'Blake');
  peers.push(a, b);
  const spaceId = newSpaceId();
  const topic = newTopic();
  // Private documents on both sides that must never leave.
  a.own(plantSecret(`item:diaryA${spaceId}`))
    .getText('body')
    .insert(0, plantSecret(`A's private reflection ${spaceId}`));
  b.own(plantSecret(`item:diaryB${spaceId}`))
    .getText('body')
    .insert(0, plantSecret(`B's private reflection ${spaceId}`));
  await pair(a, b, spaceId, topic);
  await waitFor(
    'both sides to be connected',
    () => a.engine.status(spaceId)?.reason === 'synced' && b.engine.status(spaceId)?.reason === 'synced',
  );
  return { a, b, spaceId, topic };
}

async function shareAccepted(a: TestPeer, b: TestPeer, spaceId: string, docId: string): Promise<void> {
  await a.store.proposeItem(spaceId, docId, { kind: 'plan', title: 'Grow into tech lead' });
  await waitFor('the proposal to reach B', () => b.store.get(spaceId)?.items[docId]?.state === 'proposed');
  expect(b.store.get(spaceId)?.items[docId]).toMatchObject({
    offeredBy: 'peer',
    title: 'Grow into tech lead',
  });
  await b.store.respondToProposal(spaceId, docId, true);
  await waitFor('A to see the acceptance', () => a.store.get(spaceId)?.items[docId]?.state === 'accepted');
}

describe('two peers over a HyperDHT testnet', () => {
  it('(a) pair, share a plan, accept, edit concurrently: identical documents', async () => {
    const { a, b, spaceId } = await twoPairedPeers();
    const plan = 'item:planShared1';
    a.own(plan).getText('body').insert(0, 'Milestone: lead the design review.');
    await shareAccepted(a, b, spaceId, plan);
    await waitFor('the plan to reach B', () => text(b, plan) === 'Milestone: lead the design review.');

    // Concurrent edits on both sides, at both ends of the text.
    for (let i = 0; i < 20; i++) {
      a.doc(plan).getText('body').insert(0, `a${i} `);
      b.doc(plan).getText('body').insert(b.doc(plan).getText('body').length, ` b${i}`);
    }
    b.doc(plan).getMap('milestones').set('m1', 'done');
    a.doc(plan).getMap('milestones').set('m2', 'started');
    await waitFor('both plans to converge', () => sameState(a.doc(plan), b.doc(plan)));
    expect(text(a, plan)).toContain('a19 ');
    expect(text(a, plan)).toContain(' b19');
    expect(a.doc(plan).getMap('milestones').toJSON()).toEqual({ m1: 'done', m2: 'started' });
    // Main's replicas hold the same state as the renderer documents.
    const replica = a.engine.replicaDoc(plan)!;
    expect(replica.getText('body').toJSON()).toBe(text(b, plan));
    expect(replica.getMap('milestones').toJSON()).toEqual({ m1: 'done', m2: 'started' });
    expect(sameState(replica, b.doc(plan))).toBe(true);
    await waitFor('status synced on both sides', () =>
      [a, b].every(
        (p) =>
          p.engine.status(spaceId)?.reason === 'synced' && p.engine.status(spaceId)?.pendingChanges === 0,
      ),
    );
    expect(a.engine.status(spaceId)).toMatchObject({ connected: true, peerName: 'Blake' });
    expect(a.engine.status(spaceId)?.lastSyncedAt).toEqual(expect.any(Number));
    // The space document itself syncs once both are on.
    b.doc(`space:${spaceId}`).getMap('series').set('cadence', 'weekly');
    await waitFor(
      'space doc to sync',
      () => a.doc(`space:${spaceId}`).getMap('series').get('cadence') === 'weekly',
    );
  });

  it('(c) a third key on the topic gets no connection and no bytes', async () => {
    const { a, b, spaceId, topic } = await twoPairedPeers();
    const plan = 'item:planForThird';
    a.own(plan).getText('body').insert(0, `plan text only Blake may see ${spaceId}`);
    await shareAccepted(a, b, spaceId, plan);
    await waitFor('plan at B', () => text(b, plan).startsWith('plan text'));

    const intruderKey = DHT.keyPair();
    const intruder = new Hyperswarm({ keyPair: intruderKey, dht: testnet.createNode() });
    others.push(intruder);
    let connections = 0;
    let bytes = 0;
    intruder.on('connection', (socket) => {
      connections++;
      socket.on('data', (chunk: Buffer) => (bytes += chunk.length));
      socket.on('error', () => undefined);
    });
    const discovery = intruder.join(Buffer.from(topic, 'hex'), { server: true, client: true });
    await discovery.flushed();
    await discovery.refresh({ client: true, server: true });
    a.doc(plan).getText('body').insert(0, 'more ');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(connections).toBe(0);
    expect(bytes).toBe(0);
    const intruderHex = intruderKey.publicKey.toString('hex');
    expect([...a.links, ...b.links].some((link) => link.remoteKey === intruderHex)).toBe(false);
    await waitFor('A and B still in sync', () => text(b, plan).startsWith('more plan text'));
  });

  it('(f) pause stops the flow both ways within a second; resume converges', async () => {
    const { a, b, spaceId } = await twoPairedPeers();
    const plan = 'item:planPause';
    a.own(plan).getText('body').insert(0, 'start');
    await shareAccepted(a, b, spaceId, plan);
    await waitFor('plan at B', () => text(b, plan) === 'start');

    const pausedAt = Date.now();
    await a.store.setSharing(spaceId, false);
    await waitFor(
      'B to learn that A paused',
      () => b.engine.status(spaceId)?.reason === 'waiting-for-peer',
      1000,
    );
    expect(Date.now() - pausedAt).toBeLessThan(1000);
    expect(a.engine.status(spaceId)?.reason).toBe('paused');
    expect(b.statuses.at(-1)).toMatchObject({ reason: 'waiting-for-peer', peerName: 'Avery' });

    a.doc(plan).getText('body').insert(0, `written while paused ${spaceId}`);
    b.doc(plan).getText('body').insert(0, 'B while paused ');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(text(b, plan)).not.toContain('written while paused');
    expect(text(a, plan)).not.toContain('B while paused');
    expect(a.engine.status(spaceId)?.pendingChanges).toBeGreaterThan(0);

    await a.store.setSharing(spaceId, true);
    await waitFor('convergence after resume', () => sameState(a.doc(plan), b.doc(plan)));
    expect(text(b, plan)).toContain('written while paused');
    expect(text(a, plan)).toContain('B while paused');
    // The planted text is allowed now (shared again): forget it for the canary.
  });

  it('(f) leave: nothing flows, the old key is refused, the topic rotates', async () => {
    const { a, b, spaceId, topic } = await twoPairedPeers();
    const plan = 'item:planLeave';
    a.own(plan).getText('body').insert(0, 'before leaving');
    await shareAccepted(a, b, spaceId, plan);
    await waitFor('plan at B', () => text(b, plan) === 'before leaving');
    const linksBefore = a.links.length;

    await a.store.leave(spaceId);
    await waitFor(
      'the connection to drop',
      () => !a.engine.status(spaceId)?.connected && !b.engine.status(spaceId)?.connected,
      1000,
    );
    expect(a.store.get(spaceId)?.topic).not.toBe(topic);
    expect(a.engine.status(spaceId)?.reason).toBe('left');
    // Its last word: B learns that A left (and nothing else), so B's UI can say so.
    expect(b.engine.status(spaceId)?.reason).toBe('peer-left');
    a.doc(plan)
      .getText('body')
      .insert(0, plantSecret(`after leaving ${spaceId}`));
    b.doc(plan).getText('body').insert(0, 'B after ');
    // B still has A pinned and keeps looking on the old topic; A refuses B's key.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(a.links.length).toBe(linksBefore);
    expect(text(b, plan)).toBe('B after before leaving');
    expect(text(a, plan)).not.toContain('B after');
  });

  it('(g) a peer that said it left stays gone, even when the same key says "on" again', async () => {
    const { a, b, spaceId } = await twoPairedPeers();
    const plan = 'item:planAfterLeft';
    a.own(plan).getText('body').insert(0, 'shared once');
    await shareAccepted(a, b, spaceId, plan);
    await waitFor('plan at B', () => text(b, plan) === 'shared once');

    // A's last word arrives at B as when A leaves; then A, still holding its key and the old
    // topic, announces "on" again (a paused-and-resumed switch makes it announce twice).
    await b.store.applyPeerAnnouncement({ spaceId, sharing: 'left' });
    await a.store.setSharing(spaceId, false);
    await a.store.setSharing(spaceId, true);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(b.store.get(spaceId)).toMatchObject({ peerLeft: true });
    expect(b.engine.status(spaceId)?.reason).toBe('peer-left');

    b.doc(plan)
      .getText('body')
      .insert(0, plantSecret(`B after A left ${spaceId}`));
    a.doc(plan).getText('body').insert(0, 'A pretends ');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(text(a, plan)).toBe('A pretends shared once');
    expect(text(b, plan)).not.toContain('A pretends');
    expect(b.engine.status(spaceId)?.connected).toBe(false);
  });
});
