import type { Testnet } from 'hyperdht/testnet';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { frameworkTemplate } from '../../shared/framework/frameworkTemplate';
import { initFramework, readFramework, updateFramework } from '../../shared/schema/framework';
import { canaryStats, leaks, plantSecret } from './support/canary';
import { hyperswarmPeer, newSpaceId, newTopic, startTestnet } from './support/hyperswarmPeers';
import { pair, waitFor, type TestPeer } from './support/testPeer';

/**
 * Issue 18, point 1: a career framework the manager brings flows only into the spaces where it
 * was offered and accepted. One framework is offered to two reports: the one who accepts gets it
 * and every later edit; the one who has not accepted gets nothing until they do, then the
 * current version; a private framework never leaves (the canary over every frame of this file);
 * the receiver's installation cannot change the manager's framework.
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
  expect(canaryStats().frames).toBeGreaterThan(0);
  expect(leaks()).toEqual([]);
});

const now = Date.UTC(2026, 11, 8);
const synced = (peer: TestPeer, spaceId: string) => peer.engine.status(spaceId)?.reason === 'synced';

async function managerWithTwoReports() {
  const manager = await hyperswarmPeer(testnet, 'Morgan');
  const avery = await hyperswarmPeer(testnet, 'Avery');
  const blake = await hyperswarmPeer(testnet, 'Blake');
  peers.push(manager, avery, blake);
  const withAvery = newSpaceId();
  const withBlake = newSpaceId();
  await pair(avery, manager, withAvery, newTopic());
  await pair(blake, manager, withBlake, newTopic());
  await waitFor('all connected', () => synced(manager, withAvery) && synced(manager, withBlake));
  await waitFor('reports connected', () => synced(avery, withAvery) && synced(blake, withBlake));
  return { manager, avery, blake, withAvery, withBlake };
}

describe('a career framework between a manager and two reports', () => {
  it('flows only where offered and accepted, and one edit reaches every space that holds it', async () => {
    const { manager, avery, blake, withAvery, withBlake } = await managerWithTwoReports();
    // A framework the manager keeps to themselves: nothing of it ever leaves.
    const privateId = plantSecret(`draftFramework${withAvery.slice(5)}`);
    initFramework(
      manager.own(`item:${privateId}`),
      privateId,
      { ...frameworkTemplate(), title: plantSecret(`Reorg ladder ${withAvery}`) },
      now,
    );

    const id = `ladder${withAvery.slice(5)}`;
    const docId = `item:${id}`;
    const content = frameworkTemplate();
    initFramework(manager.own(docId), id, content, now);
    await manager.store.proposeItem(withAvery, docId, { kind: 'framework', title: content.title });
    await manager.store.proposeItem(withBlake, docId, { kind: 'framework', title: content.title });
    await waitFor('the offer at Avery', () => avery.store.get(withAvery)?.items[docId]?.state === 'proposed');
    await waitFor('the offer at Blake', () => blake.store.get(withBlake)?.items[docId]?.state === 'proposed');
    expect(avery.store.get(withAvery)?.items[docId]).toMatchObject({ kind: 'framework', offeredBy: 'peer' });

    await avery.store.respondToProposal(withAvery, docId, true);
    await waitFor('the framework at Avery', () => readFramework(avery.doc(docId))?.tracks.length === 2);
    expect(readFramework(avery.doc(docId))?.tracks.map((t) => t.levels.map((l) => l.name))).toEqual(
      content.tracks.map((t) => t.levels.map((l) => l.name)),
    );

    // Updated once by the manager: it reaches Avery.
    const edited = structuredClone(content);
    edited.tracks[0]!.levels.push({
      id: 'principal',
      name: 'Principal engineer',
      description: 'Sets direction',
    });
    updateFramework(manager.doc(docId), edited, now + 1);
    await waitFor('the new level at Avery', () =>
      (readFramework(avery.doc(docId))?.tracks[0]?.levels ?? []).some((l) => l.name === 'Principal engineer'),
    );

    // Blake has not answered: nothing of it reached Blake.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(readFramework(blake.doc(docId))).toBeNull();
    expect(blake.engine.replicaDoc(docId)).toBeFalsy();

    // Blake accepts: the current version arrives, with the edit made before.
    await blake.store.respondToProposal(withBlake, docId, true);
    await waitFor('the framework at Blake', () =>
      (readFramework(blake.doc(docId))?.tracks[0]?.levels ?? []).some((l) => l.name === 'Principal engineer'),
    );

    // The private framework never reached either report.
    expect(avery.engine.replicaDoc(`item:${privateId}`)).toBeFalsy();
    expect(blake.engine.replicaDoc(`item:${privateId}`)).toBeFalsy();
  });

  it('declined stays away, and a report’s installation cannot rewrite the manager’s framework', async () => {
    const { manager, avery, blake, withAvery, withBlake } = await managerWithTwoReports();
    const id = `fw${withBlake.slice(5)}`;
    const docId = `item:${id}`;
    const content = frameworkTemplate();
    initFramework(manager.own(docId), id, content, now);
    await manager.store.proposeItem(withAvery, docId, { kind: 'framework', title: content.title });
    await manager.store.proposeItem(withBlake, docId, { kind: 'framework', title: content.title });
    await waitFor('the offer at Blake', () => blake.store.get(withBlake)?.items[docId]?.state === 'proposed');
    await blake.store.respondToProposal(withBlake, docId, false);
    await waitFor(
      'the decline at the manager',
      () => manager.store.get(withBlake)?.items[docId]?.state === 'declined',
    );

    await waitFor('the offer at Avery', () => avery.store.get(withAvery)?.items[docId]?.state === 'proposed');
    await avery.store.respondToProposal(withAvery, docId, true);
    await waitFor('the framework at Avery', () => readFramework(avery.doc(docId)) !== null);

    // Avery's installation writes to it anyway (a modified app): the manager takes none of it in.
    // (Only the title: a field both write at once would be decided by Yjs's tie-break at Avery.)
    avery.doc(docId).getMap('meta').set('title', 'Avery renamed this');
    updateFramework(manager.doc(docId), { ...content, description: 'Reviewed for 2027' }, now + 3);
    await waitFor(
      'the manager’s edit at Avery',
      () => readFramework(avery.doc(docId))?.description === 'Reviewed for 2027',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(readFramework(manager.doc(docId))?.title).toBe(content.title);
    const replica = manager.engine.replicaDoc(docId);
    expect(replica && readFramework(replica)?.title).toBe(content.title);

    // Declined: Blake never received it.
    expect(readFramework(blake.doc(docId))).toBeNull();
    expect(blake.engine.replicaDoc(docId)).toBeFalsy();
  });
});
