import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { digestSpace, readDeskDigests, writeDeskDigest } from '../../../shared/desk/deskDigest';
import { managerDesk } from '../../../shared/desk/managerDesk';
import { addActionItem, updateActionItem } from '../../../shared/schema/actionItems';
import type { IsoDate } from '../../../shared/schema/dates';
import type { PlanSummary } from '../../../shared/schema/growthIndex';
import { addMeeting, markMeetingClosed } from '../../../shared/schema/meetingIndex';
import { recordSummaryVersion, writeConfirmation } from '../../../shared/schema/meetingSummary';
import { updateSeriesSettings } from '../../../shared/schema/seriesSettings';
import { setMember } from '../../../shared/schema/spaceMembers';

const TODAY = '2026-06-15' as IsoDate;
const ME = 'memberManager';
const VERSION = 'a'.repeat(64);
const OLD_VERSION = 'b'.repeat(64);

function confirmation(version: string) {
  return { version, at: 1, name: 'x', paraphrase: null, signature: 'c'.repeat(128) };
}

/** A space with one report: `meetings` as [date, career, closed]. */
function space(name: string, meetings: [string, boolean, boolean][]): Y.Doc {
  const doc = new Y.Doc();
  setMember(doc, { id: ME, name: 'Morgan', role: 'manager' });
  setMember(doc, { id: `member${name}`, name, role: 'employee' });
  meetings.forEach(([date, career, closed], i) => {
    addMeeting(doc, { id: `${name}m${i}`, date: date, career, previousId: null, createdAt: i });
    if (closed) markMeetingClosed(doc, `${name}m${i}`, ME, 100 + i, '');
  });
  return doc;
}

function plan(id: string, milestones: [string, PlanSummary['milestones'][number]['status']][]): PlanSummary {
  return {
    id,
    title: `Plan ${id}`,
    goalId: null,
    status: 'active',
    reviewCadence: null,
    lastReviewedAt: null,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    milestones: milestones.map(([dueDate, status], i) => ({
      id: `${id}ms${i}`,
      title: 'Milestone',
      dueDate: dueDate,
      status,
      completedAt: null,
      ownerLabel: 'Me',
    })),
  };
}

const read = (doc: Y.Doc, name: string, points: number | null, plans: PlanSummary[] = []) => ({
  digest: digestSpace(doc, {
    spaceId: `space${name}`,
    myMemberId: ME,
    fallbackName: '?',
    nextAgendaPoints: points,
  }),
  plans,
});

describe('the manager’s desk', () => {
  it('shows each person’s next meeting, actions, plans, career conversation and summaries', () => {
    const doc = space('Avery', [
      ['2026-02-01', true, true],
      ['2026-06-01', false, true],
      ['2026-06-22', false, false],
    ]);
    const action = (id: string, ownerId: string, dueDate: string | null) =>
      addActionItem(doc, {
        id,
        meetingId: 'Averym1',
        text: `Do ${id}`,
        ownerId,
        dueDate: dueDate,
        createdAt: 1,
        createdBy: ME,
      });
    action('a1', ME, '2026-06-10'); // mine, overdue
    action('a2', ME, '2026-07-01'); // mine, open
    action('a3', 'memberAvery', '2026-06-01'); // theirs, overdue
    action('a4', 'memberAvery', '2026-06-01');
    updateActionItem(doc, 'a4', { doneAt: 5 }); // done: not counted
    action('a5', ME, '2026-01-01');
    updateActionItem(doc, 'a5', { removed: true }); // removed: not counted
    recordSummaryVersion(doc, 'Averym1', VERSION);
    writeConfirmation(doc, 'Averym1', 'employee', confirmation(VERSION));
    writeConfirmation(doc, 'Averym1', 'manager', confirmation(OLD_VERSION)); // stale: mine waits
    recordSummaryVersion(doc, 'Averym0', VERSION);
    writeConfirmation(doc, 'Averym0', 'employee', confirmation(VERSION));
    writeConfirmation(doc, 'Averym0', 'manager', confirmation(VERSION)); // both: not waiting

    const plans = [
      plan('p1', [
        ['2026-05-01', 'done'],
        ['2026-06-01', 'in-progress'],
        ['2026-07-01', 'not-started'],
      ]),
      { ...plan('p2', [['2026-01-01', 'blocked']]), deletedAt: 9 },
    ];
    const [row] = managerDesk([read(doc, 'Avery', 3, plans)], TODAY);

    expect(row?.personName).toBe('Avery');
    expect(row?.nextMeeting).toEqual({ meetingId: 'Averym2', date: '2026-06-22', career: false, points: 3 });
    expect(row?.mine).toEqual({ open: 2, overdue: 1 });
    expect(row?.theirs).toEqual({ open: 1, overdue: 1 });
    expect(row?.plans).toEqual([
      { planId: 'p1', title: 'Plan p1', percent: 33, done: 1, total: 3, overdue: 1 },
    ]);
    expect(row?.lastCareer).toBe('2026-02-01');
    expect(row?.careerDue).toBe('2026-05-01');
    expect(row?.summariesWaitingForMe).toBe(1);
    expect(row?.summariesWaitingForThem).toBe(0);
    expect(row?.reasons.map((r) => r.kind)).toEqual([
      'career-overdue',
      'my-actions-overdue',
      'summaries-waiting-for-me',
      'milestones-overdue',
      'their-actions-overdue',
    ]);
    expect(row?.reasons[0]).toEqual({ kind: 'career-overdue', days: 45 });
  });

  it('sorts people by what needs attention, then by the sooner meeting, then by name', () => {
    const calm = space('Blake', [
      ['2026-05-01', true, true],
      ['2026-06-30', false, false],
    ]);
    const emptySoon = space('Casey', [
      ['2026-05-01', true, true],
      ['2026-06-16', false, false],
    ]);
    const noMeeting = space('Devon', [['2026-05-01', true, true]]);
    const calmEarlier = space('Eli', [
      ['2026-05-01', true, true],
      ['2026-06-20', false, false],
    ]);
    const careerDueScheduled = space('Finn', [['2026-06-18', true, false]]);
    updateSeriesSettings(careerDueScheduled, { careerQuarterly: true });
    const rows = managerDesk(
      [
        read(calm, 'Blake', 0),
        read(emptySoon, 'Casey', 0),
        read(noMeeting, 'Devon', null),
        read(calmEarlier, 'Eli', 4),
        read(careerDueScheduled, 'Finn', 2),
      ],
      TODAY,
    );
    expect(rows.map((r) => r.personName)).toEqual(['Casey', 'Devon', 'Finn', 'Eli', 'Blake']);
    expect(rows[0]?.reasons).toEqual([{ kind: 'empty-agenda-soon', days: 1 }]);
    expect(rows[1]?.reasons).toEqual([{ kind: 'no-next-meeting' }]);
    // A career conversation already scheduled is when the next one is due, and it is not late.
    expect(rows[2]?.careerDue).toBe('2026-06-18');
    expect(rows[2]?.attention).toBe(0);
    // Blake's agenda is empty but the meeting is two weeks away: nothing to flag yet.
    expect(rows[4]?.attention).toBe(0);
  });

  it('says nothing about career conversations when the series asks for none', () => {
    const doc = space('Gray', [['2026-06-20', false, false]]);
    updateSeriesSettings(doc, { careerQuarterly: false });
    const [row] = managerDesk([read(doc, 'Gray', 1)], TODAY);
    expect(row?.careerDue).toBeNull();
    expect(row?.lastCareer).toBeNull();
    expect(row?.reasons).toEqual([]);
  });

  it('counts a summary the manager confirmed and the report has not as waiting for them', () => {
    const doc = space('Harper', [
      ['2026-06-01', true, true],
      ['2026-06-20', false, false],
    ]);
    recordSummaryVersion(doc, 'Harperm0', VERSION);
    writeConfirmation(doc, 'Harperm0', 'manager', confirmation(VERSION));
    const [row] = managerDesk([read(doc, 'Harper', 1)], TODAY);
    expect(row?.summariesWaitingForMe).toBe(0);
    expect(row?.summariesWaitingForThem).toBe(1);
    expect(row?.reasons).toEqual([{ kind: 'summaries-waiting-for-them', count: 1 }]);
  });
});

describe('desk digests kept in the vault', () => {
  it('round-trip, write nothing when unchanged, and leave out a record that does not read', () => {
    const doc = space('Jules', [
      ['2026-03-01', true, true],
      ['2026-06-20', false, false],
    ]);
    const digest = digestSpace(doc, {
      spaceId: 'spaceJules',
      myMemberId: ME,
      fallbackName: '?',
      nextAgendaPoints: 2,
    });
    const vault = new Y.Doc();
    writeDeskDigest(vault, digest);
    let updates = 0;
    vault.on('update', () => (updates += 1));
    writeDeskDigest(vault, digest);
    expect(updates).toBe(0);
    vault.getMap('deskDigests').set('spaceBad', { spaceId: 'spaceBad', personName: 3 });
    vault.getMap('deskDigests').set('spaceOther', digest); // filed under another space's key
    expect([...readDeskDigests(vault).values()]).toEqual([digest]);
    expect(() => writeDeskDigest(vault, { ...digest, personName: 'x'.repeat(81) })).toThrow();
  });
});
