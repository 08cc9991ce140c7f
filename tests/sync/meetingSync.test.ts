import type { Testnet } from 'hyperdht/testnet';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { closeMeeting } from '../../shared/oneOnOne/carryOver';
import { startSeries } from '../../shared/oneOnOne/series';
import {
  addTalkingPoint,
  initMeetingDoc,
  meetingNotes,
  moveTalkingPoint,
  readTalkingPoints,
  removeTalkingPoint,
} from '../../shared/schema/meeting';
import {
  derivedId,
  meetingDocId,
  privateNotesDocId,
  spaceDocId,
  successorMeetingId,
} from '../../shared/schema/meetingIds';
import { privateMeetingNotes } from '../../shared/schema/meetingPrivate';
import { addActionItem, readAllActionItems } from '../../shared/schema/actionItems';
import { addMeeting, readMeetings } from '../../shared/schema/meetingIndex';
import { updateSeriesSettings } from '../../shared/schema/seriesSettings';
import { setMember } from '../../shared/schema/spaceMembers';
import { canaryStats, leaks, plantSecret } from './support/canary';
import { hyperswarmPeer, newSpaceId, newTopic, startTestnet } from './support/hyperswarmPeers';
import { pair, sameState, waitFor, type TestPeer } from './support/testPeer';

/**
 * Issue 5: the one-on-one agenda between two real peers over a HyperDHT testnet. The space
 * document lists the meetings; each agenda (`meeting:<id>`) syncs because its id is on the
 * space's meeting chain; private notes (`meeting-private:<id>`) never leave.
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

const T0 = Date.UTC(2026, 2, 2, 9);
const avery = { authorId: 'member-avery', authorName: 'Avery' };
const blake = { authorId: 'member-blake', authorName: 'Blake' };
const pointIds = (doc: Y.Doc) => readTalkingPoints(doc).map((p) => p.id);

async function pairedWithSeries(): Promise<{ a: TestPeer; b: TestPeer; spaceId: string; meetingId: string }> {
  const a = await hyperswarmPeer(testnet, 'Avery');
  const b = await hyperswarmPeer(testnet, 'Blake');
  peers.push(a, b);
  const spaceId = newSpaceId();
  await pair(a, b, spaceId, newTopic());
  await waitFor('both sides connected', () =>
    [a, b].every((p) => p.engine.status(spaceId)?.reason === 'synced'),
  );
  const space = a.doc(spaceDocId(spaceId));
  setMember(space, { id: 'member-avery', name: 'Avery', role: 'employee' });
  updateSeriesSettings(space, { cadence: 'weekly', careerQuarterly: false });
  const meetingId = startSeries(space, spaceId, '2026-03-02', T0);
  initMeetingDoc(a.doc(meetingDocId(meetingId)), meetingId, spaceId);
  return { a, b, spaceId, meetingId };
}

/** Both have seen the same edits (the space document's content is compared field by field below). */
const sameHistory = (a: Y.Doc, b: Y.Doc): boolean =>
  JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(a))].sort()) ===
  JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(b))].sort());

const notesText = (doc: Y.Doc): string => meetingNotes(doc).toJSON();

function addParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const notes = meetingNotes(doc);
  notes.insert(notes.length, [paragraph]);
}

describe('one-on-one agendas between two peers', () => {
  it('both people add talking points and write shared notes at once; both agendas converge', async () => {
    const { a, b, spaceId, meetingId } = await pairedWithSeries();
    const docId = meetingDocId(meetingId);
    await waitFor('the meeting to reach Blake', () => readMeetings(b.doc(spaceDocId(spaceId))).length === 1);
    await waitFor(
      'the agenda to reach Blake',
      () => b.doc(docId).getMap('meta').get('meetingId') === meetingId,
    );

    const agendaA = a.doc(docId);
    const agendaB = b.doc(docId);
    for (let i = 0; i < 10; i++) {
      addTalkingPoint(agendaA, {
        id: `a${i}`,
        text: `Avery's point ${i}`,
        authorId: 'member-avery',
        authorName: 'Avery',
        createdAt: T0 + i,
      });
      addTalkingPoint(agendaB, {
        id: `b${i}`,
        text: `Blake's point ${i}`,
        authorId: 'member-blake',
        authorName: 'Blake',
        createdAt: T0 + i,
      });
      addParagraph(agendaA, `Avery wrote ${i}.`);
      addParagraph(agendaB, `Blake wrote ${i}.`);
    }
    // Typing into the same paragraph from both ends.
    const first = meetingNotes(agendaA).get(0) as Y.XmlElement;
    (first.get(0) as Y.XmlText).insert(0, 'AVERY-TYPED ');
    await waitFor('the agendas to converge', () => sameState(agendaA, agendaB), 30_000);

    expect(readTalkingPoints(agendaB)).toHaveLength(20);
    expect(readTalkingPoints(agendaA).map((p) => p.text)).toEqual(
      readTalkingPoints(agendaB).map((p) => p.text),
    );
    expect(notesText(agendaB)).toContain('AVERY-TYPED Avery wrote 0.');
    expect(notesText(agendaA)).toContain('Blake wrote 9.');
    expect(notesText(agendaA)).toBe(notesText(agendaB));
    // Main's replica on both sides holds the same agenda (sync does not depend on a window).
    expect(sameState(a.engine.replicaDoc(docId)!, b.engine.replicaDoc(docId)!)).toBe(true);
  });

  it('private notes beside a meeting, and a meeting id not of this space, never leave', async () => {
    const { a, b, spaceId, meetingId } = await pairedWithSeries();
    const privateNotes = a.own(plantSecret(privateNotesDocId(meetingId)));
    privateMeetingNotes(privateNotes).insert(0, [
      new Y.XmlText(plantSecret(`Avery's private note ${spaceId}`)),
    ]);

    // Avery has an agenda of another space (its id is not on this space's chain); Blake writes
    // that id into this space's meeting index, which the other person can always write to.
    const otherSpace = newSpaceId();
    const foreignMeeting = derivedId('first-meeting', otherSpace);
    const foreign = a.own(plantSecret(meetingDocId(foreignMeeting)));
    foreign.getMap('meta').set('secret', plantSecret(`agenda of another relationship ${otherSpace}`));
    addMeeting(b.doc(spaceDocId(spaceId)), {
      id: foreignMeeting,
      date: '2026-03-09',
      career: false,
      previousId: null,
      createdAt: T0,
    });
    await waitFor(
      'the forged index entry to reach Avery',
      () => readMeetings(a.doc(spaceDocId(spaceId))).length === 2,
    );

    // A real agenda edit still flows while the others are held back.
    addTalkingPoint(a.doc(meetingDocId(meetingId)), {
      id: 'p1',
      text: 'Conference budget',
      authorId: 'member-avery',
      authorName: 'Avery',
      createdAt: T0,
    });
    await waitFor(
      'the real agenda to reach Blake',
      () => readTalkingPoints(b.doc(meetingDocId(meetingId))).length === 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(b.engine.replicaDoc(meetingDocId(foreignMeeting))?.getMap('meta').get('secret')).toBeUndefined();
    expect(b.engine.replicaDoc(privateNotesDocId(meetingId))).toBeUndefined();
    expect(leaks()).toEqual([]);
  });

  it('both people close the same meeting at the same moment: one next meeting, each item carried once', async () => {
    const { a, b, spaceId, meetingId } = await pairedWithSeries();
    const spaceA = a.doc(spaceDocId(spaceId));
    const agendaA = a.doc(meetingDocId(meetingId));
    addTalkingPoint(agendaA, {
      id: 'open1',
      text: 'Promotion criteria',
      authorId: 'member-avery',
      authorName: 'Avery',
      createdAt: T0,
    });
    addTalkingPoint(agendaA, {
      id: 'open2',
      text: 'Mentoring',
      authorId: 'member-avery',
      authorName: 'Avery',
      createdAt: T0 + 1,
    });
    addActionItem(spaceA, {
      id: 'act1',
      meetingId,
      text: 'Draft the growth plan',
      ownerId: 'member-avery',
      dueDate: '2026-03-06',
      createdAt: T0,
      createdBy: 'member-avery',
    });
    const spaceB = b.doc(spaceDocId(spaceId));
    const agendaB = b.doc(meetingDocId(meetingId));
    await waitFor(
      'Blake to have the agenda and the action',
      () => readTalkingPoints(agendaB).length === 2 && readAllActionItems(spaceB).length === 1,
    );

    // The same tick on both machines: neither close has reached the other side.
    const nextId = successorMeetingId(meetingId);
    const closeOn = (peer: TestPeer, memberId: string) =>
      closeMeeting({
        space: peer.doc(spaceDocId(spaceId)),
        spaceId,
        agenda: peer.doc(meetingDocId(meetingId)),
        nextAgenda: peer.doc(meetingDocId(nextId)),
        meetingId,
        closedBy: memberId,
        now: T0 + 3_600_000,
        today: '2026-03-02',
      });
    const closedByA = closeOn(a, 'member-avery');
    const closedByB = closeOn(b, 'member-blake');
    expect(closedByA).toMatchObject({
      closed: true,
      nextMeetingId: nextId,
      carriedPoints: 2,
      carriedActions: 1,
    });
    expect(closedByB).toMatchObject({
      closed: true,
      nextMeetingId: nextId,
      carriedPoints: 2,
      carriedActions: 1,
    });

    await waitFor(
      'both sides to converge',
      () =>
        sameHistory(spaceA, spaceB) &&
        sameState(a.doc(meetingDocId(nextId)), b.doc(meetingDocId(nextId))) &&
        readTalkingPoints(b.doc(meetingDocId(nextId))).length > 0,
      30_000,
    );
    for (const peer of [a, b]) {
      const space = peer.doc(spaceDocId(spaceId));
      expect(readMeetings(space).map((m) => m.id)).toEqual([meetingId, nextId]);
      const next = readTalkingPoints(peer.doc(meetingDocId(nextId)));
      expect(next.map((p) => p.text)).toEqual(['Promotion criteria', 'Mentoring']);
      expect(next.every((p) => p.carriedFrom?.meetingId === meetingId)).toBe(true);
      const carried = readAllActionItems(space).filter((item) => item.meetingId === nextId);
      expect(carried.map((item) => item.text)).toEqual(['Draft the growth plan']);
    }
    expect(readMeetings(spaceA)).toEqual(readMeetings(spaceB));
    expect(readAllActionItems(spaceA)).toEqual(readAllActionItems(spaceB));
  });

  it('points added at the same moment on both sides each get a place; every move up and down lands the same on both', async () => {
    const { a, b, meetingId } = await pairedWithSeries();
    const docId = meetingDocId(meetingId);
    await waitFor(
      'the agenda to reach Blake',
      () => b.doc(docId).getMap('meta').get('meetingId') === meetingId,
    );
    const agendaA = a.doc(docId);
    const agendaB = b.doc(docId);
    // The same moment on both machines: each adds three points before the other's arrive.
    for (let i = 0; i < 3; i++) {
      addTalkingPoint(agendaA, { ...avery, id: `a${i}`, text: `Avery ${i}`, createdAt: T0 + i });
      addTalkingPoint(agendaB, { ...blake, id: `b${i}`, text: `Blake ${i}`, createdAt: T0 + i });
    }
    await waitFor('both agendas to hold all six points', () =>
      [agendaA, agendaB].every((doc) => readTalkingPoints(doc).length === 6),
    );
    await waitFor('the agendas to converge', () => sameHistory(agendaA, agendaB));
    expect(pointIds(agendaA)).toEqual(pointIds(agendaB));

    // Each point in turn goes down one place and back up (up and back down for the last),
    // alternately from each side; after every move both sides show exactly the order it asked for.
    let mover = 0;
    for (const id of pointIds(agendaA)) {
      for (const step of [1, -1]) {
        const before = pointIds(agendaA);
        const from = before.indexOf(id);
        const to = from + step < 0 || from + step >= before.length ? from - step : from + step;
        const expected = before.filter((other) => other !== id);
        expected.splice(to, 0, id);
        const doc = mover++ % 2 === 0 ? agendaA : agendaB;
        expect(moveTalkingPoint(doc, id, to)).toBe(true);
        await waitFor(`${id} to move to place ${to + 1} on both sides`, () =>
          [agendaA, agendaB].every((d) => pointIds(d).join() === expected.join()),
        );
      }
    }

    // Both people move at the same moment (different points, then the same one): one order.
    const now = pointIds(agendaA);
    moveTalkingPoint(agendaA, now[5]!, 0);
    moveTalkingPoint(agendaB, now[0]!, 5);
    moveTalkingPoint(agendaA, now[2]!, 4);
    moveTalkingPoint(agendaB, now[2]!, 1);
    await waitFor('concurrent moves to converge', () => sameHistory(agendaA, agendaB));
    expect(pointIds(agendaA)).toEqual(pointIds(agendaB));
    expect([...pointIds(agendaA)].sort()).toEqual([...now].sort());
  });

  it('a move of a point just removed, a pause mid-reorder and a close during a reorder all converge, losing no point', async () => {
    const { a, b, spaceId, meetingId } = await pairedWithSeries();
    const docId = meetingDocId(meetingId);
    await waitFor(
      'the agenda to reach Blake',
      () => b.doc(docId).getMap('meta').get('meetingId') === meetingId,
    );
    const agendaA = a.doc(docId);
    const agendaB = b.doc(docId);
    for (const [i, text] of ['Budget', 'Mentoring', 'Offsite', 'Hiring', 'Roadmap'].entries()) {
      addTalkingPoint(agendaA, { ...avery, id: `p${i}`, text, createdAt: T0 + i });
    }
    await waitFor('Blake to have the five points', () => readTalkingPoints(agendaB).length === 5);
    const agreed = () =>
      sameHistory(agendaA, agendaB) && pointIds(agendaA).join() === pointIds(agendaB).join();

    // Avery removes a point while Blake, not having seen that yet, moves it.
    removeTalkingPoint(agendaA, 'p1');
    moveTalkingPoint(agendaB, 'p1', 4);
    await waitFor('the removal and the move to meet', agreed);
    expect(pointIds(agendaA)).toEqual(['p0', 'p2', 'p3', 'p4']);

    // Avery pauses sharing in the middle of a reorder: both go on moving points, then resume.
    await a.store.setSharing(spaceId, false);
    await waitFor(
      'Blake to learn that Avery paused',
      () => b.engine.status(spaceId)?.reason === 'waiting-for-peer',
    );
    moveTalkingPoint(agendaA, 'p4', 0);
    moveTalkingPoint(agendaB, 'p0', 3);
    moveTalkingPoint(agendaB, 'p3', 0);
    expect(pointIds(agendaA)).not.toEqual(pointIds(agendaB));
    await a.store.setSharing(spaceId, true);
    await waitFor('the agendas to converge after resuming', agreed, 30_000);
    expect([...pointIds(agendaA)].sort()).toEqual(['p0', 'p2', 'p3', 'p4']);

    // Blake closes the meeting while Avery is still reordering: the closed agenda and the next
    // one agree on both sides, and every open point is carried once.
    const nextId = successorMeetingId(meetingId);
    const nextA = a.doc(meetingDocId(nextId));
    const nextB = b.doc(meetingDocId(nextId));
    moveTalkingPoint(agendaA, 'p2', 0);
    closeMeeting({
      space: b.doc(spaceDocId(spaceId)),
      spaceId,
      agenda: agendaB,
      nextAgenda: nextB,
      meetingId,
      closedBy: 'member-blake',
      now: T0 + 3_600_000,
      today: '2026-03-02',
    });
    moveTalkingPoint(agendaA, 'p0', 0);
    await waitFor(
      'the close and the moves to meet',
      () =>
        agreed() &&
        readTalkingPoints(nextA).length === 4 &&
        sameHistory(nextA, nextB) &&
        sameHistory(a.doc(spaceDocId(spaceId)), b.doc(spaceDocId(spaceId))),
      30_000,
    );
    const carried = readTalkingPoints(nextB);
    expect(carried.map((p) => p.text).sort()).toEqual(['Budget', 'Hiring', 'Offsite', 'Roadmap']);
    expect(readTalkingPoints(nextA)).toEqual(carried);
    expect(readMeetings(a.doc(spaceDocId(spaceId))).find((m) => m.id === meetingId)?.closedAt).toBe(
      T0 + 3_600_000,
    );
  });
});
