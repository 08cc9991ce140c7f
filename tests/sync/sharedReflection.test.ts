import type { Testnet } from 'hyperdht/testnet';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate } from '../../shared/journal/templates';
import { defaultGoalFields, initGoal } from '../../shared/schema/goal';
import { addReflectionLink } from '../../shared/schema/links';
import { initReflection, readReflectionMeta, reflectionBody } from '../../shared/schema/reflection';
import { appendBlocks, fragmentToPlainText } from '../../shared/schema/richText';
import { canaryStats, leaks, plantSecret } from './support/canary';
import { hyperswarmPeer, newSpaceId, newTopic, startTestnet } from './support/hyperswarmPeers';
import { pair, waitFor, type TestPeer } from './support/testPeer';

/**
 * Issue 17, point 1: a reflection shared deliberately, beside private ones. Its writer's words
 * reach the other person; the reflections not shared, and the private goal it links to, never
 * leave (the canary over every frame of this file); the receiver cannot change it; withdrawing
 * stops the flow within a second.
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

const blank = findTemplate('blank')!;
const bodyOf = (peer: TestPeer, docId: string) => fragmentToPlainText(reflectionBody(peer.doc(docId)));

function writeReflection(peer: TestPeer, id: string, title: string, text: string): void {
  const doc = peer.own(`item:${id}`);
  initReflection(doc, { id, now: Date.UTC(2026, 11, 1), template: blank, title });
  doc.transact(() => appendBlocks(reflectionBody(doc), [{ type: 'paragraph', text }]));
}

async function pairedWithPrivateReflections() {
  const a = await hyperswarmPeer(testnet, 'Avery');
  const b = await hyperswarmPeer(testnet, 'Blake');
  peers.push(a, b);
  const spaceId = newSpaceId();
  // Private reflections on both sides, and a private goal on A's.
  writeReflection(a, plantSecret(`diaryA${spaceId}`), 'Private A', plantSecret(`A only ${spaceId}`));
  writeReflection(b, plantSecret(`diaryB${spaceId}`), 'Private B', plantSecret(`B only ${spaceId}`));
  const goalId = `goalPriv${spaceId}`;
  initGoal(
    a.own(`item:${goalId}`),
    goalId,
    { ...defaultGoalFields, title: plantSecret(`Leave the team ${spaceId}`) },
    Date.UTC(2026, 11, 1),
  );
  await pair(a, b, spaceId, newTopic());
  await waitFor('both connected', () =>
    [a, b].every((peer) => peer.engine.status(spaceId)?.reason === 'synced'),
  );
  return { a, b, spaceId, goalId };
}

describe('a shared reflection between two peers', () => {
  it('reaches the receiver beside private ones that never cross, and stays read-only there', async () => {
    const { a, b, spaceId, goalId } = await pairedWithPrivateReflections();
    const id = `learned${spaceId}`;
    const docId = `item:${id}`;
    writeReflection(a, id, 'What I learned from the outage', 'I asked for help too late.');
    // Linked to the private goal: the link stays, the goal does not come along.
    addReflectionLink(a.doc(docId), { kind: 'goal', goalId });

    await a.store.proposeItem(spaceId, docId, {
      kind: 'reflection',
      title: 'What I learned from the outage',
    });
    await waitFor('the offer at B', () => b.store.get(spaceId)?.items[docId]?.state === 'proposed');
    expect(b.store.get(spaceId)?.items[docId]).toMatchObject({ kind: 'reflection', offeredBy: 'peer' });
    await b.store.respondToProposal(spaceId, docId, true);
    await waitFor('the text at B', () => bodyOf(b, docId).includes('I asked for help too late.'));
    expect(readReflectionMeta(b.doc(docId))).toMatchObject({ id, title: 'What I learned from the outage' });

    // The writer keeps writing; it arrives.
    a.doc(docId).transact(() =>
      appendBlocks(reflectionBody(a.doc(docId)), [{ type: 'paragraph', text: 'Next time: ask at once.' }]),
    );
    await waitFor('the addition at B', () => bodyOf(b, docId).includes('Next time: ask at once.'));

    // B's installation writes to it anyway (a modified app): A takes none of it in.
    b.doc(docId).transact(() =>
      appendBlocks(reflectionBody(b.doc(docId)), [{ type: 'paragraph', text: 'B rewrote this' }]),
    );
    a.doc(docId).transact(() =>
      appendBlocks(reflectionBody(a.doc(docId)), [{ type: 'paragraph', text: 'A writes on' }]),
    );
    await waitFor('A’s next line at B', () => bodyOf(b, docId).includes('A writes on'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(bodyOf(a, docId)).not.toContain('B rewrote this');
    const replica = a.engine.replicaDoc(docId);
    expect(replica && fragmentToPlainText(reflectionBody(replica))).not.toContain('B rewrote this');

    // The linked goal was never offered: B has no document for it, and no private text crossed
    // (the canary checks every frame when the file ends).
    expect(b.store.get(spaceId)?.items[`item:${goalId}`]).toBeUndefined();
    expect(b.engine.replicaDoc(`item:${goalId}`)).toBeFalsy();
  });

  it('withdrawn: the writer’s further changes stop within a second, and B keeps what arrived', async () => {
    const { a, b, spaceId } = await pairedWithPrivateReflections();
    const id = `withdrawn${spaceId}`;
    const docId = `item:${id}`;
    writeReflection(a, id, 'A hard week', 'Shared on purpose.');
    await a.store.proposeItem(spaceId, docId, { kind: 'reflection', title: 'A hard week' });
    await waitFor('the offer at B', () => b.store.get(spaceId)?.items[docId]?.state === 'proposed');
    await b.store.respondToProposal(spaceId, docId, true);
    await waitFor('the text at B', () => bodyOf(b, docId).includes('Shared on purpose.'));

    const stoppedAt = Date.now();
    await a.store.unshareItem(spaceId, docId);
    await waitFor(
      'B to see the withdrawal',
      () => b.store.get(spaceId)?.items[docId]?.state === 'withdrawn',
      1000,
    );
    expect(Date.now() - stoppedAt).toBeLessThan(1000);
    a.doc(docId).transact(() =>
      appendBlocks(reflectionBody(a.doc(docId)), [
        { type: 'paragraph', text: plantSecret(`written after withdrawing ${spaceId}`) },
      ]),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(bodyOf(b, docId)).toContain('Shared on purpose.');
    expect(bodyOf(b, docId)).not.toContain('written after withdrawing');
  });
});
