import type { Testnet } from 'hyperdht/testnet';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkConfirmations, signConfirmation } from '../../electron/main/sharingLogic/summarySignatures';
import { startSeries } from '../../shared/oneOnOne/series';
import { readAllActionItems } from '../../shared/schema/actionItems';
import { initMeetingDoc } from '../../shared/schema/meeting';
import { meetingDocId, spaceDocId } from '../../shared/schema/meetingIds';
import {
  confirmationState,
  readConfirmation,
  readRecordedVersion,
  readSummaryContent,
  recordSummaryVersion,
  setTextTo,
  summaryAgreed,
  summaryDiscussed,
  summaryListStatus,
  summaryVersion,
  writeConfirmation,
  type ConfirmerRole,
} from '../../shared/schema/meetingSummary';
import { updateSeriesSettings } from '../../shared/schema/seriesSettings';
import { canaryStats, leaks } from './support/canary';
import { hyperswarmPeer, newSpaceId, newTopic, startTestnet } from './support/hyperswarmPeers';
import { pair, waitFor, type TestPeer } from './support/testPeer';

/**
 * Issue 17, point 3: two real installations confirm a meeting summary. Confirmations are
 * signed with each installation's identity key and stored in the shared space document;
 * concurrent confirmations both survive, an edit after confirming shows as changed, a
 * confirmation given while the other person types holds the version that was on screen, and
 * neither side can forge the other's.
 */

type SigningPeer = TestPeer & { keyPair: { publicKey: Buffer; secretKey: Buffer } };
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

const T0 = Date.UTC(2026, 2, 2, 9);

async function pairedWithSeries() {
  const a: SigningPeer = await hyperswarmPeer(testnet, 'Avery'); // employee
  const b: SigningPeer = await hyperswarmPeer(testnet, 'Blake'); // manager
  peers.push(a, b);
  const spaceId = newSpaceId();
  await pair(a, b, spaceId, newTopic());
  await waitFor('both connected', () => [a, b].every((p) => p.engine.status(spaceId)?.reason === 'synced'));
  const space = a.doc(spaceDocId(spaceId));
  updateSeriesSettings(space, { cadence: 'weekly', careerQuarterly: false });
  const meetingId = startSeries(space, spaceId, '2026-03-02', T0);
  initMeetingDoc(a.doc(meetingDocId(meetingId)), meetingId, spaceId);
  await waitFor(
    'the agenda at Blake',
    () => b.doc(meetingDocId(meetingId)).getMap('meta').get('meetingId') === meetingId,
  );
  return { a, b, spaceId, meetingId };
}

const agendaOf = (peer: TestPeer, meetingId: string) => peer.doc(meetingDocId(meetingId));
const spaceOf = (peer: TestPeer, spaceId: string) => peer.doc(spaceDocId(spaceId));
const roleOf = (peer: TestPeer, spaceId: string): ConfirmerRole => peer.store.get(spaceId)!.myRole;

function versionAt(peer: TestPeer, spaceId: string, meetingId: string): string {
  const actions = readAllActionItems(spaceOf(peer, spaceId));
  return summaryVersion(readSummaryContent(agendaOf(peer, meetingId), actions, meetingId));
}

/** What main does on "This is what I heard": sign the version on screen with the identity key. */
function confirm(peer: SigningPeer, spaceId: string, meetingId: string, version: string, at: number): void {
  const role = roleOf(peer, spaceId);
  const confirmation = signConfirmation(peer.keyPair, {
    spaceId,
    meetingId,
    role,
    version,
    at,
    name: peer.name,
    paraphrase: null,
  });
  writeConfirmation(spaceOf(peer, spaceId), meetingId, role, confirmation);
}

/** How one side sees both confirmations: stored, signature checked with the keys it pinned. */
function seenBy(peer: SigningPeer, spaceId: string, meetingId: string) {
  const space = peer.store.get(spaceId)!;
  const stored = (['employee', 'manager'] as const).map((role) => ({
    role,
    confirmation: readConfirmation(spaceOf(peer, spaceId), meetingId, role),
  }));
  const valid = checkConfirmations(
    space,
    peer.keyPair.publicKey.toString('hex'),
    stored.flatMap(({ role, confirmation }) => (confirmation ? [{ ...confirmation, meetingId, role }] : [])),
  );
  let i = 0;
  const states = Object.fromEntries(
    stored.map(({ role, confirmation }) => [
      role,
      { confirmation, valid: confirmation ? valid[i++]! : null },
    ]),
  ) as Record<ConfirmerRole, { confirmation: ReturnType<typeof readConfirmation>; valid: boolean | null }>;
  const current = versionAt(peer, spaceId, meetingId);
  return {
    employee: confirmationState(states.employee.confirmation, states.employee.valid, current).kind,
    manager: confirmationState(states.manager.confirmation, states.manager.valid, current).kind,
    list: summaryListStatus(readRecordedVersion(spaceOf(peer, spaceId), meetingId), states).kind,
  };
}

async function converged(a: TestPeer, b: TestPeer, spaceId: string, meetingId: string): Promise<void> {
  await waitFor(
    'both sides to converge',
    () =>
      sameHistory(spaceOf(a, spaceId), spaceOf(b, spaceId)) &&
      sameHistory(agendaOf(a, meetingId), agendaOf(b, meetingId)),
  );
}

/** Both have seen the same edits (content is compared by what each test reads). */
const sameHistory = (a: Y.Doc, b: Y.Doc): boolean =>
  JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(a))].sort()) ===
  JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(b))].sort());

function writeSummary(doc: Y.Doc, discussed: string, agreed: string): void {
  setTextTo(summaryDiscussed(doc), discussed);
  setTextTo(summaryAgreed(doc), agreed);
}

describe('a summary both confirm, between two peers', () => {
  it('both confirm at the same moment: both confirmations survive and check on both sides', async () => {
    const { a, b, spaceId, meetingId } = await pairedWithSeries();
    writeSummary(
      agendaOf(a, meetingId),
      'Promotion path and the Q3 project.',
      'Avery leads the design review.',
    );
    await converged(a, b, spaceId, meetingId);
    const version = versionAt(a, spaceId, meetingId);
    expect(versionAt(b, spaceId, meetingId)).toBe(version);
    recordSummaryVersion(spaceOf(a, spaceId), meetingId, version);

    confirm(a, spaceId, meetingId, version, T0 + 1000);
    confirm(b, spaceId, meetingId, version, T0 + 1000);
    await converged(a, b, spaceId, meetingId);
    for (const peer of [a, b]) {
      expect(seenBy(peer, spaceId, meetingId)).toEqual({
        employee: 'confirmed',
        manager: 'confirmed',
        list: 'confirmed-by-both',
      });
    }
    expect(readConfirmation(spaceOf(b, spaceId), meetingId, 'employee')).toMatchObject({
      version,
      at: T0 + 1000,
      name: 'Avery',
    });
  });

  it('an edit after confirming marks both as changed until they confirm again', async () => {
    const { a, b, spaceId, meetingId } = await pairedWithSeries();
    writeSummary(agendaOf(a, meetingId), 'Workload.', 'Blake moves the deadline.');
    await converged(a, b, spaceId, meetingId);
    const first = versionAt(a, spaceId, meetingId);
    confirm(a, spaceId, meetingId, first, T0);
    confirm(b, spaceId, meetingId, first, T0);
    await converged(a, b, spaceId, meetingId);

    // Blake edits what was agreed afterwards.
    setTextTo(summaryAgreed(agendaOf(b, meetingId)), 'Blake moves the deadline by a week.');
    recordSummaryVersion(spaceOf(b, spaceId), meetingId, versionAt(b, spaceId, meetingId));
    await converged(a, b, spaceId, meetingId);
    for (const peer of [a, b]) {
      expect(seenBy(peer, spaceId, meetingId)).toEqual({
        employee: 'changed',
        manager: 'changed',
        list: 'changed',
      });
    }

    confirm(a, spaceId, meetingId, versionAt(a, spaceId, meetingId), T0 + 5000);
    await converged(a, b, spaceId, meetingId);
    expect(seenBy(b, spaceId, meetingId)).toEqual({
      employee: 'confirmed',
      manager: 'changed',
      list: 'changed',
    });
  });

  it('confirming while the other person types confirms the version on screen, and shows it changed', async () => {
    const { a, b, spaceId, meetingId } = await pairedWithSeries();
    writeSummary(agendaOf(a, meetingId), 'Feedback on the launch.', 'Avery writes the retro.');
    await converged(a, b, spaceId, meetingId);
    const onAverysScreen = versionAt(a, spaceId, meetingId);
    // At the same moment: Blake types, Avery confirms what was on screen.
    setTextTo(summaryDiscussed(agendaOf(b, meetingId)), 'Feedback on the launch, and on-call.');
    confirm(a, spaceId, meetingId, onAverysScreen, T0);
    await converged(a, b, spaceId, meetingId);
    expect(readConfirmation(spaceOf(b, spaceId), meetingId, 'employee')?.version).toBe(onAverysScreen);
    expect(versionAt(a, spaceId, meetingId)).not.toBe(onAverysScreen);
    expect(seenBy(a, spaceId, meetingId).employee).toBe('changed');
    expect(seenBy(b, spaceId, meetingId).employee).toBe('changed');
  });

  it('neither side can forge the other’s confirmation', async () => {
    const { a, b, spaceId, meetingId } = await pairedWithSeries();
    writeSummary(agendaOf(a, meetingId), 'Salary review.', 'Nothing agreed yet.');
    await converged(a, b, spaceId, meetingId);
    const version = versionAt(a, spaceId, meetingId);
    recordSummaryVersion(spaceOf(a, spaceId), meetingId, version);

    // Blake writes a "confirmation by Avery" (the employee), signed with Blake's own key.
    const forged = signConfirmation(b.keyPair, {
      spaceId,
      meetingId,
      role: 'employee',
      version,
      at: T0,
      name: 'Avery',
      paraphrase: null,
    });
    writeConfirmation(spaceOf(b, spaceId), meetingId, 'employee', forged);
    await converged(a, b, spaceId, meetingId);
    expect(seenBy(a, spaceId, meetingId).employee).toBe('forged');
    expect(seenBy(b, spaceId, meetingId).employee).toBe('forged');
    expect(seenBy(a, spaceId, meetingId).list).toBe('waiting');

    // A real confirmation by Avery of an older version, moved onto the new one: the signature
    // covers the version, so it no longer checks.
    confirm(a, spaceId, meetingId, version, T0);
    await converged(a, b, spaceId, meetingId);
    setTextTo(summaryAgreed(agendaOf(b, meetingId)), 'Raise agreed.');
    const newer = versionAt(b, spaceId, meetingId);
    const genuine = readConfirmation(spaceOf(b, spaceId), meetingId, 'employee')!;
    writeConfirmation(spaceOf(b, spaceId), meetingId, 'employee', { ...genuine, version: newer });
    await converged(a, b, spaceId, meetingId);
    expect(seenBy(a, spaceId, meetingId).employee).toBe('forged');
  });
});
