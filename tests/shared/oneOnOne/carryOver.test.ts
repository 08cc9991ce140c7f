import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { filterActions } from '../../../shared/oneOnOne/actionFilters';
import { carryLateArrivals, closeMeeting } from '../../../shared/oneOnOne/carryOver';
import { startSeries } from '../../../shared/oneOnOne/series';
import {
  addTalkingPoint,
  readTalkingPoints,
  removeTalkingPoint,
  setPointDiscussed,
  initMeetingDoc,
} from '../../../shared/schema/meeting';
import { carriedRecordId, successorMeetingId } from '../../../shared/schema/meetingIds';
import { initSpace } from '../../../shared/schema/space';
import {
  actionItemsOfMeeting,
  addActionItem,
  readAllActionItems,
  updateActionItem,
} from '../../../shared/schema/actionItems';
import { readMeeting, readMeetings } from '../../../shared/schema/meetingIndex';
import { readSeriesSettings, updateSeriesSettings } from '../../../shared/schema/seriesSettings';
import { openAgenda, pairedPeers, sameState, seededRandom, syncBoth, type Peer } from './twoPeers';

const SPACE = 'space1';
const T0 = Date.UTC(2026, 2, 2, 9);

function seed(peer: Peer) {
  const space = peer.space(SPACE);
  updateSeriesSettings(space, { cadence: 'weekly', careerQuarterly: false });
  const meetingId = startSeries(space, SPACE, '2026-03-02', T0);
  const agenda = openAgenda(peer, meetingId, SPACE);
  const add = (id: string, text: string) =>
    addTalkingPoint(agenda, { id, text, authorId: peer.memberId, authorName: peer.name, createdAt: T0 });
  add('p1', 'Conference budget');
  add('p2', 'Feedback on the design review');
  add('p3', 'Team offsite');
  setPointDiscussed(agenda, 'p2', true);
  addActionItem(space, {
    id: 'a1',
    meetingId,
    text: 'Send the offsite agenda',
    ownerId: peer.memberId,
    dueDate: '2026-03-06',
    createdAt: T0,
    createdBy: peer.memberId,
  });
  addActionItem(space, {
    id: 'a2',
    meetingId,
    text: 'Book the training',
    ownerId: 'member-ben',
    dueDate: null,
    createdAt: T0 + 1,
    createdBy: peer.memberId,
  });
  updateActionItem(space, 'a2', { doneAt: T0 + 5 });
  return meetingId;
}

function close(peer: Peer, meetingId: string, now = T0 + 3_600_000) {
  return closeMeeting({
    space: peer.space(SPACE),
    spaceId: SPACE,
    agenda: openAgenda(peer, meetingId, SPACE),
    nextAgenda: peer.agenda(successorMeetingId(meetingId)),
    meetingId,
    closedBy: peer.memberId,
    now,
    today: '2026-03-02',
  });
}

describe('closing a meeting', () => {
  it('moves open talking points and undone actions to a new next meeting, marked with their origin', () => {
    const [ana] = pairedPeers(SPACE);
    const meetingId = seed(ana);
    const result = close(ana, meetingId);
    expect(result).toMatchObject({
      closed: true,
      nextMeetingCreated: true,
      carriedPoints: 2,
      carriedActions: 1,
    });

    const next = readMeeting(ana.space(SPACE), result.nextMeetingId);
    expect(next).toMatchObject({ date: '2026-03-09', previousId: meetingId, closedAt: null });
    expect(readMeeting(ana.space(SPACE), meetingId)?.closedBy).toBe('member-ana');
    expect(readSeriesSettings(ana.space(SPACE)).nextDate).toBe('2026-03-09');

    const carried = readTalkingPoints(ana.agenda(result.nextMeetingId));
    expect(carried.map((p) => p.text)).toEqual(['Conference budget', 'Team offsite']);
    expect(
      carried.every(
        (p) => p.carriedFrom?.meetingId === meetingId && p.carriedFrom.meetingDate === '2026-03-02',
      ),
    ).toBe(true);
    expect(carried[0]?.authorName).toBe('Ana');

    const actions = readAllActionItems(ana.space(SPACE));
    const nextActions = actionItemsOfMeeting(actions, result.nextMeetingId);
    expect(nextActions.map((a) => [a.text, a.carriedFrom?.recordId])).toEqual([
      ['Send the offsite agenda', 'a1'],
    ]);
    // The original is marked as carried, so it is listed once across the series.
    expect(actionItemsOfMeeting(actions, meetingId).map((a) => a.id)).toEqual(['a2']);
  });

  it('happens once: closing an already closed meeting changes nothing', () => {
    const [ana] = pairedPeers(SPACE);
    const meetingId = seed(ana);
    close(ana, meetingId);
    const before = Y.encodeStateVector(ana.space(SPACE));
    const again = close(ana, meetingId, T0 + 7_200_000);
    expect(again.closed).toBe(false);
    expect(Y.encodeStateVector(ana.space(SPACE))).toEqual(before);
    expect(readTalkingPoints(ana.agenda(again.nextMeetingId))).toHaveLength(2);
  });

  it('puts carried points before points already added to the next agenda', () => {
    const [ana] = pairedPeers(SPACE);
    const meetingId = seed(ana);
    const next = openAgenda(ana, successorMeetingId(meetingId), SPACE);
    addTalkingPoint(next, {
      id: 'early',
      text: 'Added ahead of time',
      authorId: 'member-ben',
      authorName: 'Ben',
      createdAt: T0,
    });
    close(ana, meetingId);
    expect(readTalkingPoints(next).map((p) => p.text)).toEqual([
      'Conference budget',
      'Team offsite',
      'Added ahead of time',
    ]);
  });

  it('carries an item across several meetings with its first origin kept', () => {
    const [ana] = pairedPeers(SPACE);
    const first = seed(ana);
    const second = close(ana, first).nextMeetingId;
    const third = close(ana, second, T0 + 8 * 86_400_000).nextMeetingId;
    const points = readTalkingPoints(ana.agenda(third));
    expect(points.map((p) => [p.text, p.carriedFrom?.meetingId, p.carriedFrom?.recordId])).toEqual([
      ['Conference budget', second, 'p1'],
      ['Team offsite', second, 'p3'],
    ]);
    expect(readMeetings(ana.space(SPACE)).map((m) => m.date)).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
  });

  it('two people closing the same meeting at the same moment end with one next meeting and one copy of each item', () => {
    const [ana, ben] = pairedPeers(SPACE);
    const meetingId = seed(ana);
    syncBoth(ana, ben);
    // Both close while neither has heard from the other, then their updates cross.
    const fromAna = close(ana, meetingId, T0 + 3_600_000);
    const fromBen = close(ben, meetingId, T0 + 3_600_500);
    expect(fromAna.closed && fromBen.closed).toBe(true);
    syncBoth(ana, ben);

    expect(sameState(ana, ben)).toBe(true);
    for (const peer of [ana, ben]) {
      const meetings = readMeetings(peer.space(SPACE));
      expect(meetings).toHaveLength(2);
      const nextId = successorMeetingId(meetingId);
      expect(readTalkingPoints(peer.agenda(nextId)).map((p) => p.id)).toEqual([
        carriedRecordId(meetingId, 'p1'),
        carriedRecordId(meetingId, 'p3'),
      ]);
      expect(actionItemsOfMeeting(readAllActionItems(peer.space(SPACE)), nextId)).toHaveLength(1);
    }
  });

  it('a point and an action added by the other person while the meeting was being closed are carried once they arrive', () => {
    const [ana, ben] = pairedPeers(SPACE);
    const meetingId = seed(ana);
    syncBoth(ana, ben);
    // Ana closes; at the same moment Ben, who has not heard of it, adds to the meeting.
    close(ana, meetingId);
    addTalkingPoint(openAgenda(ben, meetingId, SPACE), {
      id: 'late',
      text: 'Added while Ana was closing',
      authorId: ben.memberId,
      authorName: ben.name,
      createdAt: T0 + 3_600_100,
    });
    addActionItem(ben.space(SPACE), {
      id: 'lateAction',
      meetingId,
      text: 'Ask about the budget',
      ownerId: ben.memberId,
      dueDate: null,
      createdAt: T0 + 3_600_100,
      createdBy: ben.memberId,
    });
    syncBoth(ana, ben);
    const nextId = successorMeetingId(meetingId);
    const lateCarry = (peer: Peer) =>
      carryLateArrivals({
        space: peer.space(SPACE),
        spaceId: SPACE,
        agenda: peer.agenda(meetingId),
        nextAgenda: peer.agenda(nextId),
        meetingId,
      });
    // Both sides notice at once (each shows the next meeting); their copies then meet.
    expect(lateCarry(ana)).toEqual({ points: 1, actions: 1 });
    expect(lateCarry(ben)).toEqual({ points: 1, actions: 1 });
    syncBoth(ana, ben);
    expect(sameState(ana, ben)).toBe(true);
    for (const peer of [ana, ben]) {
      const points = readTalkingPoints(peer.agenda(nextId));
      expect(points.map((p) => p.text)).toEqual([
        'Conference budget',
        'Team offsite',
        'Added while Ana was closing',
      ]);
      expect(points[2]?.carriedFrom).toMatchObject({ meetingId, recordId: 'late' });
      const carried = actionItemsOfMeeting(readAllActionItems(peer.space(SPACE)), nextId);
      expect(carried.map((a) => a.text).sort()).toEqual(['Ask about the budget', 'Send the offsite agenda']);
    }
    // Nothing left to carry, and a carried point removed in the next meeting stays removed.
    removeTalkingPoint(ana.agenda(nextId), carriedRecordId(meetingId, 'late'));
    expect(lateCarry(ana)).toEqual({ points: 0, actions: 0 });
    expect(readTalkingPoints(ana.agenda(nextId)).map((p) => p.id)).not.toContain(
      carriedRecordId(meetingId, 'late'),
    );
  });

  it('carries nothing late from a meeting that is still open', () => {
    const [ana] = pairedPeers(SPACE);
    const meetingId = seed(ana);
    const result = carryLateArrivals({
      space: ana.space(SPACE),
      spaceId: SPACE,
      agenda: ana.agenda(meetingId),
      nextAgenda: ana.agenda(successorMeetingId(meetingId)),
      meetingId,
    });
    expect(result).toEqual({ points: 0, actions: 0 });
    expect(readMeetings(ana.space(SPACE))).toHaveLength(1);
  });

  it('refuses to close a meeting the series does not have', () => {
    const space = new Y.Doc();
    initSpace(space, SPACE);
    const agenda = new Y.Doc();
    initMeetingDoc(agenda, 'nope', SPACE);
    expect(() =>
      closeMeeting({
        space,
        spaceId: SPACE,
        agenda,
        nextAgenda: new Y.Doc(),
        meetingId: 'nope',
        closedBy: 'x',
        now: T0,
        today: '2026-03-02',
      }),
    ).toThrow(/no meeting nope/);
  });
});

describe('concurrent closes under random interleavings', () => {
  const SEEDS = 120;
  it(`converge to exactly one carried copy of each item (${SEEDS} seeds)`, () => {
    for (let s = 1; s <= SEEDS; s++) {
      try {
        runSeed(s);
      } catch (error) {
        throw new Error(`seed ${s} failed (replay with runSeed(${s})): ${String(error)}`, { cause: error });
      }
    }
  });
});

/**
 * Both people edit the agenda and its actions and close it at random moments, while their
 * updates travel in a random order, some twice, some late. At the end everything is delivered.
 */
function runSeed(seedValue: number): void {
  const random = seededRandom(seedValue);
  const [ana, ben] = pairedPeers(SPACE);
  const meetingId = seed(ana);
  syncBoth(ana, ben);
  const peers = [ana, ben] as const;
  const inFlight: { to: Peer; docId: string; update: Uint8Array }[] = [];
  const flushOutboxes = () => {
    for (const [from, to] of [
      [ana, ben],
      [ben, ana],
    ] as const) {
      for (const message of from.outbox.splice(0)) {
        inFlight.push({ to, ...message });
        if (random() < 0.2) inFlight.push({ to, ...message }); // duplicated
      }
    }
  };
  const deliverSome = () => {
    const count = Math.floor(random() * (inFlight.length + 1));
    for (let i = 0; i < count && inFlight.length > 0; i++) {
      const [message] = inFlight.splice(Math.floor(random() * inFlight.length), 1);
      if (message) message.to.receive(message.docId, message.update);
    }
  };
  const closedBy = new Set<Peer>();
  for (let step = 0; step < 12; step++) {
    const peer = peers[Math.floor(random() * 2)] ?? ana;
    const agenda = openAgenda(peer, meetingId, SPACE);
    const roll = random();
    const open = readMeeting(peer.space(SPACE), meetingId)?.closedAt === null;
    if (roll < 0.25 && open) {
      addTalkingPoint(agenda, {
        id: `p-${seedValue}-${step}`,
        text: `Point ${step}`,
        authorId: peer.memberId,
        authorName: peer.name,
        createdAt: T0 + step,
      });
    } else if (roll < 0.4 && open) {
      const points = readTalkingPoints(agenda);
      const point = points[Math.floor(random() * points.length)];
      if (point) setPointDiscussed(agenda, point.id, !point.discussed);
    } else if (roll < 0.55 && open) {
      addActionItem(peer.space(SPACE), {
        id: `a-${seedValue}-${step}`,
        meetingId,
        text: `Action ${step}`,
        ownerId: peer.memberId,
        dueDate: null,
        createdAt: T0 + step,
        createdBy: peer.memberId,
      });
    } else if (roll < 0.8 && !closedBy.has(peer)) {
      closedBy.add(peer);
      close(peer, meetingId, T0 + 3_600_000 + step);
    }
    flushOutboxes();
    deliverSome();
  }
  for (const peer of peers) if (!closedBy.has(peer)) close(peer, meetingId, T0 + 4_000_000);
  flushOutboxes();
  // Deliver the rest in a random order, then make sure nothing is missing.
  while (inFlight.length > 0) deliverSome();
  syncBoth(ana, ben);

  if (!sameState(ana, ben)) throw new Error('the two copies differ');
  const nextId = successorMeetingId(meetingId);
  for (const peer of peers) {
    const meetings = readMeetings(peer.space(SPACE));
    if (meetings.length !== 2 || meetings[1]?.id !== nextId)
      throw new Error(`expected one next meeting, got ${meetings.length - 1}`);
    const carried = readTalkingPoints(peer.agenda(nextId));
    const sources = carried.map((p) => p.carriedFrom?.recordId);
    if (new Set(sources).size !== sources.length)
      throw new Error(`a talking point was carried twice: ${sources.join(', ')}`);
    const originals = new Set(readTalkingPoints(peer.agenda(meetingId)).map((p) => p.id));
    if (!sources.every((id) => id !== undefined && originals.has(id)))
      throw new Error('carried a point that was never on the agenda');
    const carriedActions = actionItemsOfMeeting(readAllActionItems(peer.space(SPACE)), nextId).map(
      (a) => a.carriedFrom?.recordId,
    );
    if (new Set(carriedActions).size !== carriedActions.length)
      throw new Error('an action was carried twice');
    // Nothing is lost: an action added while the other person was closing stays open in the
    // series' list (on the closed meeting) when it was not carried.
    const open = new Set(
      filterActions(readAllActionItems(peer.space(SPACE)), 'open', { today: '2026-03-02', me: 'x' }).map(
        (a) => a.carriedFrom?.recordId ?? a.id,
      ),
    );
    for (const action of readAllActionItems(peer.space(SPACE))) {
      if (action.doneAt === null && !open.has(action.carriedFrom?.recordId ?? action.id))
        throw new Error(`action ${action.id} was lost`);
    }
  }
}
