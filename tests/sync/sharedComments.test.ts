import type { Testnet } from 'hyperdht/testnet';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate } from '../../shared/journal/templates';
import {
  addComment,
  commentsDocId,
  deleteComment,
  editComment,
  initComments,
  readComments,
  setThreadResolved,
} from '../../shared/schema/comments';
import { defaultGoalFields, initGoal } from '../../shared/schema/goal';
import { historyDocId } from '../../shared/schema/itemHistory';
import { recordMaps, setRecordField } from '../../shared/schema/meetingRecords';
import { initReflection } from '../../shared/schema/reflection';
import { canaryStats, leaks, plantSecret } from './support/canary';
import { hyperswarmPeer, newSpaceId, newTopic, startTestnet } from './support/hyperswarmPeers';
import { pair, waitFor, type TestPeer } from './support/testPeer';

/**
 * Issue 17, point 2: comments on shared items, between two real installations over a HyperDHT
 * testnet. Comments flow both ways while the item is shared (a read-only reflection included),
 * stop when it is withdrawn, and never cross for a private item (the canary over every frame);
 * a hostile installation cannot rewrite or forge the other person's comments.
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

const at = Date.UTC(2026, 11, 2, 9);
const texts = (peer: TestPeer, itemId: string) =>
  readComments(peer.doc(commentsDocId(itemId))).threads.flatMap((t) => t.comments.map((c) => c.text));

async function pairedWithSharedGoal() {
  const a = await hyperswarmPeer(testnet, 'Avery'); // employee
  const b = await hyperswarmPeer(testnet, 'Blake'); // manager
  peers.push(a, b);
  const spaceId = newSpaceId();
  const goalId = `goal${spaceId}`;
  initGoal(a.own(`item:${goalId}`), goalId, { ...defaultGoalFields, title: 'Lead the migration' }, at);
  // A private goal beside it, with comments written locally (the window never does; a modified one might).
  const privateId = `private${spaceId}`;
  initGoal(a.own(`item:${privateId}`), privateId, { ...defaultGoalFields, title: 'Private' }, at);
  const privateComments = a.own(commentsDocId(privateId));
  initComments(privateComments, privateId);
  addComment(privateComments, {
    id: 'p1',
    author: 'employee',
    authorName: 'Avery',
    text: plantSecret(`comment on a private goal ${spaceId}`),
    now: at,
  });
  await pair(a, b, spaceId, newTopic());
  await waitFor('both connected', () =>
    [a, b].every((peer) => peer.engine.status(spaceId)?.reason === 'synced'),
  );
  await a.store.proposeItem(spaceId, `item:${goalId}`, { kind: 'goal', title: 'Lead the migration' });
  await waitFor('the offer at B', () => b.store.get(spaceId)?.items[`item:${goalId}`]?.state === 'proposed');
  await b.store.respondToProposal(spaceId, `item:${goalId}`, true);
  await waitFor('the goal at B', () => b.doc(`item:${goalId}`).getMap('meta').get('id') === goalId);
  return { a, b, spaceId, goalId, privateId };
}

describe('comments on a shared item between two peers', () => {
  it('flow both ways in threads, attributed, edited, deleted and resolved; a private item’s never cross', async () => {
    const { a, b, goalId, privateId } = await pairedWithSharedGoal();
    const atA = a.doc(commentsDocId(goalId));
    initComments(atA, goalId);
    expect(
      addComment(atA, {
        id: 't1',
        author: 'employee',
        authorName: 'Avery',
        text: 'Is May realistic?',
        now: at,
      }),
    ).toBeNull();
    await waitFor('A’s comment at B', () => texts(b, goalId).includes('Is May realistic?'));

    const atB = b.doc(commentsDocId(goalId));
    addComment(atB, {
      id: 'r1',
      replyTo: 't1',
      author: 'manager',
      authorName: 'Blake',
      text: 'June is safer.',
      now: at + 60_000,
    });
    await waitFor('B’s reply at A', () => texts(a, goalId).includes('June is safer.'));
    const thread = readComments(atA).threads[0]!;
    expect(thread.comments.map((c) => [c.authorName, c.author, c.text])).toEqual([
      ['Avery', 'employee', 'Is May realistic?'],
      ['Blake', 'manager', 'June is safer.'],
    ]);

    expect(editComment(atB, 'r1', 'manager', 'June, with a review in May.', at + 120_000)).toBeNull();
    await waitFor('the edit at A', () => texts(a, goalId).includes('June, with a review in May.'));
    expect(readComments(atA).threads[0]!.comments[1]).toMatchObject({ editedAt: at + 120_000 });
    // Nobody edits or deletes the other's comment through the app's own functions.
    expect(editComment(atA, 'r1', 'employee', 'Sure.', at)).toBe('notYours');
    expect(deleteComment(atA, 'r1', 'employee')).toBe('notYours');

    expect(setThreadResolved(atB, 't1', { by: 'manager', name: 'Blake', at: at + 180_000 })).toBeNull();
    await waitFor('resolved at A', () => readComments(atA).threads[0]?.resolved?.name === 'Blake');
    expect(deleteComment(atA, 't1', 'employee')).toBeNull();
    await waitFor('the deletion at B', () => readComments(atB).threads[0]?.comments[0]?.deleted === true);
    expect(texts(b, goalId)).not.toContain('Is May realistic?');

    // The private goal's comments never left A: B has no replica of them (the canary checks the bytes).
    expect(b.engine.replicaDoc(commentsDocId(privateId))).toBeFalsy();
    // Nor does the shared goal's history, which stays on each computer (point 6).
    const history = a.own(historyDocId(goalId));
    history.getArray('versions').push([{ note: plantSecret(`history of the shared goal ${goalId}`) }]);
    addComment(atA, {
      id: 't2',
      author: 'employee',
      authorName: 'Avery',
      text: 'One more.',
      now: at + 240_000,
    });
    await waitFor('the last comment at B', () => texts(b, goalId).includes('One more.'));
    expect(b.engine.replicaDoc(historyDocId(goalId))).toBeFalsy();
  });

  it('on a shared reflection both may comment though only its writer edits it; withdrawing stops them within a second', async () => {
    const a = await hyperswarmPeer(testnet, 'Avery');
    const b = await hyperswarmPeer(testnet, 'Blake');
    peers.push(a, b);
    const spaceId = newSpaceId();
    const id = `reflection${spaceId}`;
    initReflection(a.own(`item:${id}`), { id, now: at, template: findTemplate('blank')!, title: 'Outage' });
    await pair(a, b, spaceId, newTopic());
    await a.store.proposeItem(spaceId, `item:${id}`, { kind: 'reflection', title: 'Outage' });
    await waitFor('the offer at B', () => b.store.get(spaceId)?.items[`item:${id}`]?.state === 'proposed');
    await b.store.respondToProposal(spaceId, `item:${id}`, true);

    const atB = b.doc(commentsDocId(id));
    initComments(atB, id);
    addComment(atB, {
      id: 'c1',
      author: 'manager',
      authorName: 'Blake',
      text: 'Thank you for this.',
      now: at,
    });
    await waitFor('B’s comment at A', () => texts(a, id).includes('Thank you for this.'));

    const stoppedAt = Date.now();
    await a.store.unshareItem(spaceId, `item:${id}`);
    await waitFor(
      'B sees the withdrawal',
      () => b.store.get(spaceId)?.items[`item:${id}`]?.state === 'withdrawn',
      1000,
    );
    expect(Date.now() - stoppedAt).toBeLessThan(1000);
    addComment(a.doc(commentsDocId(id)), {
      id: 'c2',
      author: 'employee',
      authorName: 'Avery',
      text: plantSecret(`comment after withdrawing ${spaceId}`),
      now: at,
    });
    addComment(atB, {
      id: 'c3',
      author: 'manager',
      authorName: 'Blake',
      text: plantSecret(`B's comment after withdrawing ${spaceId}`),
      now: at,
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(texts(b, id)).toEqual(['Thank you for this.', expect.stringContaining("B's comment") as unknown]);
    expect(texts(a, id).some((t) => t.includes("B's comment"))).toBe(false);
    expect(texts(b, id).some((t) => t.includes('after withdrawing') && !t.includes("B's"))).toBe(false);
  });

  it('refuses a hostile installation’s change to the other person’s comment, or a comment in their name', async () => {
    const { a, b, goalId } = await pairedWithSharedGoal();
    const atA = a.doc(commentsDocId(goalId));
    initComments(atA, goalId);
    addComment(atA, { id: 'mine', author: 'employee', authorName: 'Avery', text: 'My words.', now: at });
    await waitFor('A’s comment at B', () => texts(b, goalId).includes('My words.'));

    // B's modified app rewrites A's comment through the raw maps, and forges one "by Avery".
    const atB = b.doc(commentsDocId(goalId));
    atB.transact(() => setRecordField(recordMaps(atB, 'comments'), 'mine', 'text', 'Words B put there.'));
    atB.transact(() =>
      recordMaps(atB, 'comments').base.set('forged', {
        author: 'employee',
        authorName: 'Avery',
        createdAt: at,
        text: 'I quit.',
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(texts(a, goalId)).toEqual(['My words.']);
    const replica = a.engine.replicaDoc(commentsDocId(goalId));
    expect(replica && readComments(replica).threads.flatMap((t) => t.comments.map((c) => c.text))).toEqual([
      'My words.',
    ]);
    expect(a.logs.some((line) => line.includes('rewrote comments it did not write'))).toBe(true);

    // Malformed and oversized records a peer might write are not shown, and are counted.
    const loose = new Y.Doc();
    initComments(loose, goalId);
    recordMaps(loose, 'comments').base.set('big', {
      author: 'manager',
      authorName: 'Blake',
      createdAt: at,
      text: 'x'.repeat(5000),
    });
    recordMaps(loose, 'comments').base.set('odd', { author: 'boss', text: 3 });
    expect(readComments(loose)).toEqual({ threads: [], ignored: 2 });
  });
});
