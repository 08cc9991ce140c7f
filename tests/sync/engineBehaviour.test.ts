import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SpaceStore } from '../../electron/main/sharingLogic/spaceStore';
import { SyncEngine } from '../../electron/main/sync/SyncEngine';
import type { SyncTransport } from '../../electron/main/sync/transport';
import { startSeries } from '../../shared/oneOnOne/series';
import { initMeetingDoc } from '../../shared/schema/meeting';
import { firstMeetingId, meetingDocId, spaceDocId } from '../../shared/schema/meetingIds';
import { leaks, plantSecret } from './support/canary';
import { MemoryNetwork, MemoryTransport } from './support/memoryTransport';
import { createTestPeer, pair, text, waitFor, type TestPeer } from './support/testPeer';

/** Engine behaviour that needs no real network: presence fields, reconnect backoff. */

afterAll(() => {
  expect(leaks()).toEqual([]);
});

/** Avery and Blake, complete peers on an in-memory network (no DHT needed for these). */
async function twoMemoryPeers(keyA: string, keyB: string): Promise<[TestPeer, TestPeer]> {
  const network = new MemoryNetwork();
  const peer = (name: string, publicKey: string) =>
    createTestPeer({
      name,
      publicKey,
      transport: new MemoryTransport(network, publicKey),
      inMemoryDocuments: true,
    });
  return [await peer('Avery', keyA), await peer('Blake', keyB)];
}

describe('presence', () => {
  it('sends name, colour and cursor only, and only in documents that are shared', async () => {
    const [a, b] = await twoMemoryPeers('c'.repeat(64), 'd'.repeat(64));
    try {
      const spaceId = 'presenceSpace1';
      await pair(a, b, spaceId, 'e'.repeat(64));
      const plan = 'item:presencePlan';
      a.own(plan).getText('body').insert(0, 'plan');
      await a.store.proposeItem(spaceId, plan, { kind: 'plan', title: 'Plan' });
      await waitFor('proposal', () => b.store.get(spaceId)?.items[plan]?.state === 'proposed');
      await b.store.respondToProposal(spaceId, plan, true);
      await waitFor('plan at B', () => text(b, plan) === 'plan');

      const withExtra = {
        name: 'Avery',
        colour: '#336699',
        cursor: { anchor: 3 },
        email: plantSecret('avery@private.example'),
      };
      a.engine.setLocalPresence(plan, withExtra);
      a.own('item:privatePresence');
      a.engine.setLocalPresence('item:privatePresence', { name: plantSecret('Avery in a private note') });
      await waitFor('presence at B', () => (b.presence.get(plan)?.size ?? 0) > 0);
      expect([...b.presence.get(plan)!.values()]).toEqual([
        { name: 'Avery', colour: '#336699', cursor: { anchor: 3 } },
      ]);
      expect(b.presence.has('item:privatePresence')).toBe(false);
      // A's cursor disappears at B when A stops sharing the document.
      await a.store.unshareItem(spaceId, plan);
      await waitFor('presence gone at B', () => b.presence.get(plan)?.size === 0);
    } finally {
      await a.destroy();
      await b.destroy();
    }
  });
});

describe('presence set before main has the document', () => {
  it('is kept and sent once the document becomes exchangeable (a meeting just added)', async () => {
    const [a, b] = await twoMemoryPeers('7'.repeat(64), '8'.repeat(64));
    try {
      const spaceId = 'presenceSpace2';
      await pair(a, b, spaceId, '9'.repeat(64));
      await waitFor('both connected', () =>
        [a, b].every((p) => p.engine.status(spaceId)?.reason === 'synced'),
      );
      const meetingId = firstMeetingId(spaceId);
      const agenda = meetingDocId(meetingId);
      // The window reports the caret before main has a replica of the agenda.
      a.engine.setLocalPresence(agenda, { name: 'Avery', colour: '#336699' });
      expect(a.engine.replicaDoc(agenda)).toBeUndefined();
      startSeries(a.doc(spaceDocId(spaceId)), spaceId, '2026-03-02', Date.UTC(2026, 2, 2));
      initMeetingDoc(a.doc(agenda), meetingId, spaceId);
      await waitFor('presence at B', () => (b.presence.get(agenda)?.size ?? 0) > 0);
      expect([...b.presence.get(agenda)!.values()]).toEqual([{ name: 'Avery', colour: '#336699' }]);
      // Leaving clears it, and a replica opened later does not bring it back.
      a.engine.setLocalPresence(agenda, null);
      await waitFor('presence gone at B', () => b.presence.get(agenda)?.size === 0);
    } finally {
      await a.destroy();
      await b.destroy();
    }
  });
});

describe('reconnecting', () => {
  it('looks for an unreachable peer again with doubling delays up to the maximum', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tandem-backoff-'));
    try {
      const store = await SpaceStore.open({ path: join(dir, 'spaces.json') });
      await store.addPairedSpace({
        spaceId: 'backoffSpace1',
        topic: 'f'.repeat(64),
        myRole: 'manager',
        peerName: 'Away',
        peerPublicKey: '1'.repeat(64),
      });
      const refreshed: string[] = [];
      const transport: SyncTransport = {
        setAdmittedKeys: () => undefined,
        join: () => Promise.resolve(),
        leave: () => Promise.resolve(),
        refresh: (topic) => {
          refreshed.push(topic);
          return Promise.resolve();
        },
        onConnection: () => undefined,
        destroy: () => Promise.resolve(),
      };
      const scheduled: { run: () => void; ms: number }[] = [];
      const engine = new SyncEngine({
        store,
        replicaStore: { load: () => Promise.resolve(null), append: () => Promise.resolve() },
        transport,
        timers: {
          setTimeout: (run, ms) => scheduled.push({ run, ms }),
          clearTimeout: () => undefined,
        },
        backoff: { initialMs: 100, maxMs: 500 },
      });
      await engine.start();
      for (let i = 0; i < 5; i++) scheduled.at(-1)!.run();
      expect(scheduled.map((s) => s.ms)).toEqual([100, 200, 400, 500, 500, 500]);
      expect(refreshed).toEqual(Array(5).fill('f'.repeat(64)));
      expect(engine.status('backoffSpace1')).toMatchObject({
        connected: false,
        reason: 'offline',
        peerName: 'Away',
      });
      await engine.stop();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
