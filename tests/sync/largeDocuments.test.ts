import type { Testnet } from 'hyperdht/testnet';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_SHARED_DOCUMENT_BYTES } from '../../electron/main/sync/largeMessages';
import { hyperswarmPeer, newSpaceId, newTopic, startTestnet } from './support/hyperswarmPeers';
import { pair, text, waitFor, type TestPeer } from './support/testPeer';

/**
 * Issue 13 item 7: a peer cannot bloat or wedge a shared item. Two real peers over a HyperDHT
 * testnet on 127.0.0.1: a document is refused past its budget (and the person is told), a large
 * document that is allowed still catches up on a new connection (its state goes in pieces), and
 * several large frames queued in one tick do not drop the encrypted connection.
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

const MB = 1024 * 1024;
/** Text that does not repeat, so its size on the wire is its length. */
const filler = (size: number, seed: number): string => {
  let out = '';
  let x = seed;
  while (out.length < size) {
    x = (x * 48_271) % 2_147_483_647;
    out += x.toString(36);
  }
  return out.slice(0, size);
};
const sizeOf = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc).length;

async function sharedBetween(docIds: string[], setup: (a: TestPeer) => void = () => undefined) {
  const a = await hyperswarmPeer(testnet, 'Avery');
  const b = await hyperswarmPeer(testnet, 'Blake');
  peers.push(a, b);
  for (const docId of docIds) a.own(docId).getText('body').insert(0, `${docId} `);
  setup(a);
  const spaceId = newSpaceId();
  await pair(a, b, spaceId, newTopic());
  await waitFor('both connected', () => a.engine.status(spaceId)?.reason === 'synced');
  for (const docId of docIds) {
    await a.store.proposeItem(spaceId, docId, { kind: 'plan', title: `Plan ${docId}` });
    await waitFor('the offer', () => b.store.get(spaceId)?.items[docId]?.state === 'proposed');
    await b.store.respondToProposal(spaceId, docId, true);
  }
  return { a, b, spaceId };
}

describe('large shared documents', () => {
  it('refuses a peer’s changes past a shared item’s budget, says so, and keeps syncing the rest', async () => {
    const plan = 'item:bloated';
    const other = 'item:honest';
    const { a, b, spaceId } = await sharedBetween([plan, other]);
    await waitFor(
      'both plans at B',
      () => text(b, plan).startsWith(plan) && text(b, other).startsWith(other),
    );

    // B writes seven 7.5 MB changes, each small enough for one frame, one after another.
    for (let i = 0; i < 7; i++) {
      b.doc(plan)
        .getText('body')
        .insert(0, filler(7.5 * MB, i + 1));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await waitFor('A to refuse', () => a.engine.status(spaceId)?.refused != null, 30_000);
    expect(a.engine.status(spaceId)?.refused).toBe(
      `A change from Blake to “Plan ${plan}” was refused: it would make it larger than 32 MB, the most a shared ` +
        'item may hold. It keeps what it had, and everything else goes on syncing.',
    );
    expect(sizeOf(a.doc(plan))).toBeLessThanOrEqual(MAX_SHARED_DOCUMENT_BYTES);
    expect(a.statuses.at(-1)?.refused).toMatch(/was refused/);

    // The other shared plan goes on syncing both ways.
    b.doc(other).getText('body').insert(0, 'after the refusal ');
    await waitFor('the other plan to keep syncing', () => text(a, other).startsWith('after the refusal'));
  }, 120_000);

  it('a document larger than one frame catches up on a new connection, in pieces', async () => {
    const plan = 'item:large';
    // 20 MB: allowed (under the budget), but more than twice the largest frame.
    const { b } = await sharedBetween([plan], (a) =>
      a
        .own(plan)
        .getText('body')
        .insert(0, filler(20 * MB, 7)),
    );
    await waitFor('the large plan at B', () => text(b, plan).length > 20 * MB, 60_000);
    expect(b.logs.filter((line) => /too large/.test(line))).toEqual([]);
  }, 120_000);

  it('several large frames queued in one tick keep the connection', async () => {
    const plans = ['item:one', 'item:two', 'item:three'];
    const { a, b, spaceId } = await sharedBetween(plans);
    await waitFor('the plans at B', () => plans.every((p) => text(b, p).startsWith(p)));
    const links = a.links.length;
    // Three 6 MB changes in three documents, in one tick: 18 MB queued for one flush.
    for (const [i, p] of plans.entries())
      a.doc(p)
        .getText('body')
        .insert(0, filler(6 * MB, 20 + i));
    await waitFor('all three at B', () => plans.every((p) => text(b, p).length > 6 * MB), 60_000);
    expect(a.links.length).toBe(links);
    expect(a.engine.status(spaceId)?.connected).toBe(true);
  }, 120_000);
});
