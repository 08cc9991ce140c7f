import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  goalProgressPoint,
  planProgressPoint,
  reflectionExcerptPoint,
} from '../../../shared/oneOnOne/bringIn';
import {
  agendaDiscusses,
  conversationRecords,
  meetingsAboutItem,
} from '../../../shared/oneOnOne/itemConversations';
import type { GoalSummary, PlanSummary } from '../../../shared/schema/growthIndex';
import {
  addTalkingPoint,
  pointRecords,
  readTalkingPoints,
  removeTalkingPoint,
} from '../../../shared/schema/meeting';
import { addMeeting, markMeetingClosed } from '../../../shared/schema/meetingIndex';
import { setRecordField } from '../../../shared/schema/meetingRecords';

/**
 * Which meetings discussed a plan: a point brought in from a plan or goal names the item's id,
 * older points without one (and reflection excerpts) name none, and only closed meetings whose
 * agenda still holds such a point count.
 */

const plan: PlanSummary = {
  id: 'plan-7',
  title: 'Lead a project',
  goalId: 'goal-3',
  status: 'active',
  reviewCadence: null,
  lastReviewedAt: null,
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
  milestones: [],
};
const goal = { id: 'goal-3', title: 'Grow as a lead', status: 'active' } as GoalSummary;

function agendaWith(
  ...points: { id: string; source: ReturnType<typeof planProgressPoint>['source'] | null }[]
) {
  const doc = new Y.Doc();
  for (const p of points)
    addTalkingPoint(doc, {
      id: p.id,
      text: `Point ${p.id}`,
      authorId: 'me',
      authorName: 'Sam',
      createdAt: 1,
      source: p.source,
    });
  return doc;
}

describe('points brought in from a plan or goal', () => {
  it('name the item’s id; a reflection excerpt names none', () => {
    expect(planProgressPoint(plan, '2026-03-05').source).toEqual({
      kind: 'plan',
      title: 'Lead a project',
      itemId: 'plan-7',
    });
    expect(goalProgressPoint(goal, [plan]).source).toEqual({
      kind: 'goal',
      title: 'Grow as a lead',
      itemId: 'goal-3',
    });
    expect(reflectionExcerptPoint('a thought').source).not.toHaveProperty('itemId');
  });

  it('find the agenda that discussed the plan, and not one with an older point of the same title', () => {
    const withId = agendaWith({ id: 'p1', source: planProgressPoint(plan, '2026-03-05').source });
    const titleOnly = agendaWith({ id: 'p1', source: { kind: 'plan', title: 'Lead a project' } });
    const goalOnly = agendaWith({ id: 'p1', source: goalProgressPoint(goal, [plan]).source });
    expect(agendaDiscusses(withId, { kind: 'plan', id: 'plan-7' })).toBe(true);
    expect(agendaDiscusses(withId, { kind: 'plan', id: 'plan-8' })).toBe(false);
    expect(agendaDiscusses(titleOnly, { kind: 'plan', id: 'plan-7' })).toBe(false);
    expect(agendaDiscusses(goalOnly, { kind: 'plan', id: 'plan-7' })).toBe(false);
    expect(agendaDiscusses(goalOnly, { kind: 'goal', id: 'goal-3' })).toBe(true);
    removeTalkingPoint(withId, 'p1');
    expect(agendaDiscusses(withId, { kind: 'plan', id: 'plan-7' })).toBe(false);
  });

  it('keeps a point whose id a peer wrote malformed, without the id', () => {
    const doc = agendaWith({ id: 'p1', source: planProgressPoint(plan, '2026-03-05').source });
    // Overwrite the stored source as an older or hostile copy might.
    setRecordField(pointRecords(doc), 'p1', 'source', { kind: 'plan', title: 'x', itemId: 42 });
    const again = readTalkingPoints(doc);
    expect(again[0]?.source).toEqual({ kind: 'plan', title: 'x', itemId: undefined });
    expect(agendaDiscusses(doc, { kind: 'plan', id: 'plan-7' })).toBe(false);
    expect(again).toHaveLength(1);
  });
});

describe('the meetings about a plan', () => {
  it('are the closed ones whose agenda holds a point from it, oldest first', async () => {
    const space = new Y.Doc();
    const agendas = new Map<string, Y.Doc>();
    const source = planProgressPoint(plan, '2026-03-05').source;
    for (const [id, date, closed, discusses] of [
      ['m-late', '2026-04-02', true, true],
      ['m-early', '2026-03-05', true, true],
      ['m-open', '2026-04-09', false, true],
      ['m-other', '2026-03-19', true, false],
    ] as const) {
      addMeeting(space, { id, date, career: false, previousId: null, createdAt: 1 });
      if (closed) markMeetingClosed(space, id, 'me', 2, '');
      agendas.set(id, agendaWith({ id: `${id}-p`, source: discusses ? source : null }));
    }
    const found = await meetingsAboutItem(
      'space-1',
      space,
      (id) => Promise.resolve(agendas.get(id) ?? null),
      {
        kind: 'plan',
        id: 'plan-7',
      },
    );
    expect(found.map((m) => m.meetingId)).toEqual(['m-early', 'm-late']);
    // The print view checks again: a meeting named to it that does not discuss the plan is left out.
    const records = conversationRecords(
      ['m-late', 'm-other', 'm-open', 'm-early'].map((meetingId) => ({
        space,
        agenda: agendas.get(meetingId)!,
        meetingId,
      })),
      { kind: 'plan', id: 'plan-7' },
      new Set(),
    );
    expect(records.map((r) => r.meeting.id)).toEqual(['m-early', 'm-late']);
  });
});
