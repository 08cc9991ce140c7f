import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SpaceStore, type NewPairedSpace } from '../../../electron/main/sharingLogic/spaceStore';

const PEER_KEY = 'ab'.repeat(32);
const pairing: NewPairedSpace = {
  spaceId: 'space-ABCDEFGH',
  topic: '11'.repeat(32),
  myRole: 'employee',
  peerName: 'Morgan',
  peerPublicKey: PEER_KEY,
};
const PLAN = 'item:plan1';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-spaces-'));
  path = join(dir, 'sharing', 'spaces.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function pairedStore(problems: string[] = []): Promise<SpaceStore> {
  const store = await SpaceStore.open({ path, onProblem: (message) => problems.push(message) });
  await store.addPairedSpace(pairing);
  return store;
}

describe('SpaceStore consent', () => {
  it('lets an item flow only when offered, accepted and both switches are on', async () => {
    const store = await pairedStore();
    const spaceDoc = `space:${pairing.spaceId}`;
    expect(store.mayExchange(pairing.spaceId, spaceDoc)).toBe(false); // peer never heard from
    await store.applyPeerAnnouncement({
      spaceId: pairing.spaceId,
      sharing: 'on',
      offers: [],
      accepts: [],
      declines: [],
    });
    expect(store.mayExchange(pairing.spaceId, spaceDoc)).toBe(true);

    await store.proposeItem(pairing.spaceId, PLAN, { kind: 'plan', title: 'Grow into tech lead' });
    expect(store.mayExchange(pairing.spaceId, PLAN)).toBe(false);
    expect(store.announcementFor(pairing.spaceId)).toMatchObject({
      offers: [{ docId: PLAN, kind: 'plan', title: 'Grow into tech lead' }],
    });
    await store.applyPeerAnnouncement({
      spaceId: pairing.spaceId,
      sharing: 'on',
      offers: [],
      accepts: [PLAN],
      declines: [],
    });
    expect(store.mayExchange(pairing.spaceId, PLAN)).toBe(true);
    expect(store.mayExchange(pairing.spaceId, 'item:other')).toBe(false);

    await store.applyPeerAnnouncement({ spaceId: pairing.spaceId, sharing: 'paused' });
    expect(store.mayExchange(pairing.spaceId, PLAN)).toBe(false);
    expect(store.get(pairing.spaceId)?.items[PLAN]?.state).toBe('accepted'); // a paused peer says nothing of items
    await store.applyPeerAnnouncement({
      spaceId: pairing.spaceId,
      sharing: 'on',
      offers: [],
      accepts: [PLAN],
      declines: [],
    });
    await store.setSharing(pairing.spaceId, false);
    expect(store.mayExchange(pairing.spaceId, PLAN)).toBe(false);
    expect(store.announcementFor(pairing.spaceId)).toEqual({ spaceId: pairing.spaceId, sharing: 'paused' });
    await store.setSharing(pairing.spaceId, true);
    await store.unshareItem(pairing.spaceId, PLAN);
    expect(store.mayExchange(pairing.spaceId, PLAN)).toBe(false);
    await store.leave(pairing.spaceId);
    expect(store.mayExchange(pairing.spaceId, spaceDoc)).toBe(false);
    expect(store.get(pairing.spaceId)?.topic).not.toBe(pairing.topic);
  });

  it('takes proposals from the peer but never one naming my own document', async () => {
    const store = await SpaceStore.open({ path, isLocalDocument: (docId) => docId === 'item:mine' });
    await store.addPairedSpace(pairing);
    await store.applyPeerAnnouncement({
      spaceId: pairing.spaceId,
      sharing: 'on',
      offers: [
        { docId: 'item:theirs', kind: 'goal', title: 'Their goal' },
        { docId: 'item:mine', kind: 'goal', title: 'Harmless title' },
      ],
      accepts: [],
      declines: [],
    });
    expect(Object.keys(store.get(pairing.spaceId)!.items)).toEqual(['item:theirs']);
    await expect(store.respondToProposal(pairing.spaceId, 'item:mine', true)).rejects.toThrow(
      /no such proposal/,
    );
    await store.respondToProposal(pairing.spaceId, 'item:theirs', true);
    expect(store.mayExchange(pairing.spaceId, 'item:theirs')).toBe(true);
    // Withdrawn by the peer (no longer offered): stops, and re-offering asks again.
    await store.applyPeerAnnouncement({
      spaceId: pairing.spaceId,
      sharing: 'on',
      offers: [],
      accepts: [],
      declines: [],
    });
    expect(store.mayExchange(pairing.spaceId, 'item:theirs')).toBe(false);
    expect(store.get(pairing.spaceId)!.items['item:theirs']!.state).toBe('withdrawn');
  });

  it('persists across restarts and tells listeners', async () => {
    const store = await pairedStore();
    const seen: string[] = [];
    const unsubscribe = store.subscribe((spaceId) => seen.push(spaceId));
    await store.proposeItem(pairing.spaceId, PLAN, { kind: 'plan', title: 'Plan' });
    unsubscribe();
    await store.setSharing(pairing.spaceId, false);
    expect(seen).toEqual([pairing.spaceId]);
    const reopened = await SpaceStore.open({ path });
    expect(reopened.get(pairing.spaceId)).toEqual(store.get(pairing.spaceId));
    expect(reopened.get(pairing.spaceId)?.sharing).toBe('paused');
  });
});

describe('SpaceStore on disk', () => {
  it('fails closed on a damaged file, reports it, and keeps a copy aside', async () => {
    const store = await pairedStore();
    await store.proposeItem(pairing.spaceId, PLAN, { kind: 'plan', title: 'Plan' });
    const good = await readFile(path, 'utf8');
    await writeFile(path, good.slice(0, good.length / 2));
    const problems: string[] = [];
    const reopened = await SpaceStore.open({ path, onProblem: (message) => problems.push(message) });
    expect(reopened.list()).toEqual([]);
    expect(reopened.mayExchange(pairing.spaceId, `space:${pairing.spaceId}`)).toBe(false);
    expect(problems[0]).toMatch(/damaged.*Nothing is shared/);
    await reopened.addPairedSpace(pairing);
    const files = await readdir(join(dir, 'sharing'));
    expect(files.some((name) => name.startsWith('spaces.json.damaged-'))).toBe(true);
  });

  it('fails closed on a well-formed file that does not match the schema', async () => {
    await pairedStore();
    const json = JSON.parse(await readFile(path, 'utf8')) as { spaces: { sharing: string }[] };
    json.spaces[0]!.sharing = 'always';
    await writeFile(path, JSON.stringify(json));
    const problems: string[] = [];
    const reopened = await SpaceStore.open({ path, onProblem: (message) => problems.push(message) });
    expect(reopened.list()).toEqual([]);
    expect(problems[0]).toMatch(/spaces\.0\.sharing/);
  });

  it('writes atomically: no temporary file remains, and a failed save widens nothing', async () => {
    const problems: string[] = [];
    const store = await pairedStore(problems);
    await store.proposeItem(pairing.spaceId, PLAN, { kind: 'plan', title: 'Plan' });
    expect(await readdir(join(dir, 'sharing'))).toEqual(['spaces.json']);
    // A file where the folder was: every save from now on fails.
    await rm(join(dir, 'sharing'), { recursive: true });
    await writeFile(join(dir, 'sharing'), 'not a folder');
    await expect(
      store.proposeItem(pairing.spaceId, 'item:two', { kind: 'goal', title: 'Two' }),
    ).rejects.toThrow();
    expect(store.get(pairing.spaceId)?.items['item:two']).toBeUndefined();
    // Narrowing applies at once even though it cannot be saved, and the failure is reported.
    await store.setSharing(pairing.spaceId, false);
    expect(store.get(pairing.spaceId)?.sharing).toBe('paused');
    expect(problems.join(' ')).toMatch(/could not be saved/);
  });
});
