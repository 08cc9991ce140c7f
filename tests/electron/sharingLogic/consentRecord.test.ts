import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { consentEvents } from '../../../electron/main/sharingLogic/consentEvents';
import { ConsentLog } from '../../../electron/main/sharingLogic/consentLog';
import { SpaceStore } from '../../../electron/main/sharingLogic/spaceStore';

/**
 * Issue 17, point 5: each side keeps a record of what was offered, accepted, declined,
 * withdrawn, paused and left, by whom and when, chained by hash so that history rewritten on
 * disk shows where it breaks.
 */

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const SPACE = 'spaceRecord01';
const PEER_KEY = 'ab'.repeat(32);

async function recordedStore() {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-consent-'));
  dirs.push(dir);
  let clock = Date.UTC(2026, 11, 1, 9);
  const path = join(dir, 'consent-record.jsonl');
  const log = new ConsentLog(path, () => clock++);
  const problems: string[] = [];
  const store = await SpaceStore.open({
    path: join(dir, 'spaces.json'),
    onProblem: (message) => problems.push(message),
    onChanged: (before, after) => void log.record(after.spaceId, consentEvents(before, after)),
  });
  await store.addPairedSpace({
    spaceId: SPACE,
    topic: 'cd'.repeat(32),
    myRole: 'employee',
    peerName: 'Sam',
    peerPublicKey: PEER_KEY,
  });
  return { store, log, path, problems };
}

describe('the consent record of a space', () => {
  it('records who did what and when, in order, from this side’s own choices and the other’s announcements', async () => {
    const { store, log, problems } = await recordedStore();
    await store.proposeItem(SPACE, 'item:plan1', { kind: 'plan', title: 'Tech lead plan' });
    await store.applyPeerAnnouncement({
      spaceId: SPACE,
      sharing: 'on',
      offers: [{ docId: 'item:refl1', kind: 'reflection', title: 'Sam on delegation' }],
      accepts: ['item:plan1'],
      declines: [],
    });
    await store.respondToProposal(SPACE, 'item:refl1', true);
    await store.setSharing(SPACE, false);
    await store.setSharing(SPACE, true);
    await store.unshareItem(SPACE, 'item:plan1');
    await store.applyPeerAnnouncement({ spaceId: SPACE, sharing: 'left' });
    await store.whenSaved();

    const { events, chain } = await log.read(SPACE);
    expect(chain).toEqual({ ok: true });
    expect(events.map((e) => [e.actor, e.event, e.title])).toEqual([
      ['me', 'paired', null],
      ['me', 'offered', 'Tech lead plan'],
      ['peer', 'accepted', 'Tech lead plan'],
      ['peer', 'offered', 'Sam on delegation'],
      ['me', 'accepted', 'Sam on delegation'],
      ['me', 'paused', null],
      ['me', 'resumed', null],
      ['me', 'withdrawn', 'Tech lead plan'],
      ['peer', 'left', null],
    ]);
    // The first announcement also said Sam's switch is on: not a resume (it was never paused).
    expect(events.every((e, i) => i === 0 || e.at >= events[i - 1]!.at)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('shows where history was rewritten on disk: an event changed, removed or unreadable', async () => {
    const { store, log, path } = await recordedStore();
    await store.proposeItem(SPACE, 'item:goal1', { kind: 'goal', title: 'Lead the guild' });
    await store.unshareItem(SPACE, 'item:goal1');
    await store.whenSaved();
    await log.read(SPACE);
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(3);
    // Someone edits the second event: it was never offered, say.
    await writeFile(
      path,
      [lines[0], lines[1]!.replace('Lead the guild', 'Something else'), lines[2]].join('\n') + '\n',
    );
    const rewritten = new ConsentLog(path);
    expect((await rewritten.read(SPACE)).chain).toEqual({
      ok: false,
      brokenAt: 2,
      reason: 'It was changed after it was written.',
    });
    // Removing an event breaks the chain at the one after it.
    await writeFile(path, [lines[0], lines[2]].join('\n') + '\n');
    expect((await new ConsentLog(path).read(SPACE)).chain).toMatchObject({ ok: false, brokenAt: 2 });
    // An unreadable line is not skipped silently.
    await writeFile(path, [lines[0], '{not json', lines[1], lines[2]].join('\n') + '\n');
    expect((await new ConsentLog(path).read(SPACE)).chain).toMatchObject({ ok: false, brokenAt: 2 });
  });
});
