import type { Testnet } from 'hyperdht/testnet';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initPlan } from '../../shared/schema/plan';
import { encodeFrame, FrameType } from '../../shared/sync/wireFrames';
import { hyperswarmPeer, newSpaceId, newTopic, startTestnet } from './support/hyperswarmPeers';
import { pair, waitFor, type TestPeer } from './support/testPeer';

/**
 * Issue 13 item 11, over the wire: peers say which app and schema versions they run, and what a
 * newer peer writes into a shared plan — a field and a list record this version does not know,
 * a newer schema stamp — reaches this side's replica, store and window byte for byte.
 */

/** Both copies hold the same history (the same state vector). */
const sameState = (a: Y.Doc, b: Y.Doc): boolean =>
  Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));

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

describe('two versions of Tandem', () => {
  it('say their versions, and keep what the newer one writes exactly as it wrote it', async () => {
    const older = await hyperswarmPeer(testnet, 'Olive');
    const newer = await hyperswarmPeer(testnet, 'Nia');
    peers.push(older, newer);
    const spaceId = newSpaceId();
    await pair(older, newer, spaceId, newTopic());
    const plan = 'item:skewPlan';
    initPlan(
      older.own(plan),
      'skewPlan',
      { title: 'Team lead plan', goalId: null, status: 'active', reviewCadence: null },
      1,
    );
    await older.store.proposeItem(spaceId, plan, { kind: 'plan', title: 'Team lead plan' });
    await waitFor('the offer', () => newer.store.get(spaceId)?.items[plan]?.state === 'proposed');
    await newer.store.respondToProposal(spaceId, plan, true);
    await waitFor('the plan at the newer side', () => sameState(older.doc(plan), newer.doc(plan)));
    // Each side said hello with its versions (these test peers run no app version).
    expect(older.engine.status(spaceId)).toMatchObject({ peerApp: 'unknown', peerIsNewer: false });

    // The newer side writes as a newer schema would: a new stamp, a field, a new kind of record.
    const doc = newer.doc(plan);
    doc.transact(() => {
      doc.getMap('meta').set('schemaVersion', 2);
      doc.getMap('meta').set('confidence', { level: 'high', since: '2026-03-01' });
      doc.getArray('risks').push([{ id: 'r1', text: 'Hiring freeze', likelihood: 0.3 }]);
    });
    await waitFor('the newer write at the older side', () => sameState(older.doc(plan), doc));
    expect(Y.encodeStateAsUpdate(older.engine.replicaDoc(plan)!)).toEqual(Y.encodeStateAsUpdate(doc));
    expect(older.doc(plan).getMap('meta').get('confidence')).toEqual({ level: 'high', since: '2026-03-01' });

    // A newer peer says so when it connects; this side shows it.
    newer.links
      .at(-1)!
      .write(
        encodeFrame(
          FrameType.Hello,
          0,
          new TextEncoder().encode(JSON.stringify({ app: '0.9.0', schemas: { plan: 2, meeting: 1 } })),
        ),
      );
    await waitFor('the newer version to be known', () => older.engine.status(spaceId)?.peerIsNewer === true);
    expect(older.engine.status(spaceId)?.peerApp).toBe('0.9.0');
  });
});
