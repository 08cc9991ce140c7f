import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyReminderState, stepReminder } from '../../../shared/cadence/reminderPolicy';
import { filterActions, isActionOverdue } from '../../../shared/oneOnOne/actionFilters';
import { planProgressPoint, reflectionExcerptPoint } from '../../../shared/oneOnOne/bringIn';
import { searchMeetings } from '../../../shared/oneOnOne/historySearch';
import { oneOnOneReminder } from '../../../shared/oneOnOne/reminders';
import { sinceLastTime } from '../../../shared/oneOnOne/sinceLastTime';
import { currentMeeting, pastMeetings, previousClosedMeeting } from '../../../shared/oneOnOne/series';
import type { PlanSummary } from '../../../shared/schema/growthIndex';
import {
  addTalkingPoint,
  editTalkingPoint,
  moveTalkingPoint,
  readTalkingPoints,
  removeTalkingPoint,
} from '../../../shared/schema/meeting';
import { type ActionItem } from '../../../shared/schema/actionItems';
import { type MeetingSummary } from '../../../shared/schema/meetingIndex';
import {
  defaultSeriesSettings,
  readSeriesSettings,
  updateSeriesSettings,
} from '../../../shared/schema/seriesSettings';

const action = (over: Partial<ActionItem>): ActionItem => ({
  id: 'a',
  meetingId: 'm1',
  text: 'Do it',
  ownerId: 'me',
  dueDate: null,
  createdAt: 0,
  createdBy: 'me',
  doneAt: null,
  carriedFrom: null,
  carriedTo: null,
  removed: false,
  ...over,
});

const meeting = (over: Partial<MeetingSummary>): MeetingSummary => ({
  id: 'm',
  date: '2026-03-02',
  career: false,
  previousId: null,
  createdAt: 0,
  closedAt: null,
  closedBy: null,
  searchText: '',
  sharedAtClose: [],
  ...over,
});

describe('talking points', () => {
  const author = { authorId: 'me', authorName: 'Ana', createdAt: 1 };

  it('refuses empty and blank points without writing anything', () => {
    const doc = new Y.Doc();
    expect(() => addTalkingPoint(doc, { id: 'p', text: '   ', ...author })).toThrow(
      /validation\.point\.empty/,
    );
    expect(readTalkingPoints(doc)).toEqual([]);
    addTalkingPoint(doc, { id: 'p', text: 'Real', ...author });
    expect(() => editTalkingPoint(doc, 'p', '')).toThrow(/empty/);
    expect(readTalkingPoints(doc)[0]?.text).toBe('Real');
  });

  it('reorders by writing only the moved point, and removes', () => {
    const doc = new Y.Doc();
    for (const id of ['a', 'b', 'c']) addTalkingPoint(doc, { id, text: id.toUpperCase(), ...author });
    moveTalkingPoint(doc, 'c', 0);
    expect(readTalkingPoints(doc).map((p) => p.id)).toEqual(['c', 'a', 'b']);
    moveTalkingPoint(doc, 'c', 1);
    expect(readTalkingPoints(doc).map((p) => p.id)).toEqual(['a', 'c', 'b']);
    removeTalkingPoint(doc, 'a');
    expect(readTalkingPoints(doc).map((p) => p.id)).toEqual(['c', 'b']);
  });

  it('keeps both people’s concurrent moves and edits of different points', () => {
    const a = new Y.Doc();
    for (const id of ['p1', 'p2', 'p3']) addTalkingPoint(a, { id, text: id, ...author });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    moveTalkingPoint(a, 'p3', 0);
    editTalkingPoint(b, 'p1', 'p1 edited');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readTalkingPoints(a)).toEqual(readTalkingPoints(b));
    expect(readTalkingPoints(a).map((p) => p.text)).toEqual(['p3', 'p1 edited', 'p2']);
  });
});

describe('series settings', () => {
  it('falls back to defaults for missing or damaged keys and validates changes', () => {
    const doc = new Y.Doc();
    expect(readSeriesSettings(doc)).toEqual(defaultSeriesSettings);
    doc.getMap('series').set('cadence', 'hourly');
    expect(readSeriesSettings(doc).cadence).toBe('weekly');
    expect(() => updateSeriesSettings(doc, { time: '25:00' })).toThrow(/validation\.time\.format/);
    updateSeriesSettings(doc, { cadence: 'monthly', reminderMinutes: 30 });
    expect(readSeriesSettings(doc)).toMatchObject({ cadence: 'monthly', reminderMinutes: 30 });
  });
});

describe('action item filters', () => {
  const items = [
    action({ id: 'mine-open', ownerId: 'me', dueDate: '2026-03-01' }),
    action({ id: 'theirs-open', ownerId: 'you', dueDate: '2026-03-10' }),
    action({ id: 'done', ownerId: 'you', doneAt: 5, dueDate: '2026-01-01' }),
    action({ id: 'carried', carriedTo: 'm2' }),
    action({ id: 'removed', removed: true }),
  ];
  const ids = (filter: Parameters<typeof filterActions>[1]) =>
    filterActions(items, filter, { today: '2026-03-05', me: 'me' }).map((a) => a.id);

  it('filters open, overdue, mine and theirs, leaving out carried originals and removed items', () => {
    expect(ids('open')).toEqual(['mine-open', 'theirs-open']);
    expect(ids('overdue')).toEqual(['mine-open']);
    expect(ids('mine')).toEqual(['mine-open']);
    expect(ids('theirs')).toEqual(['theirs-open']);
    expect(ids('done')).toEqual(['done']);
    expect(ids('all')).toEqual(['mine-open', 'theirs-open', 'done']);
  });

  it('is overdue only after the due day, and never once done', () => {
    expect(isActionOverdue(action({ dueDate: '2026-03-05' }), '2026-03-05')).toBe(false);
    expect(isActionOverdue(action({ dueDate: '2026-03-04' }), '2026-03-05')).toBe(true);
    expect(isActionOverdue(action({ dueDate: '2026-03-04', doneAt: 1 }), '2026-03-05')).toBe(false);
  });
});

describe('meeting history', () => {
  const meetings = [
    meeting({
      id: 'm1',
      date: '2026-01-05',
      closedAt: 1,
      searchText: 'Conference budget\nPromotion criteria',
    }),
    meeting({ id: 'm2', date: '2026-02-02', closedAt: 2, searchText: 'Résumé review' }),
    meeting({ id: 'm3', date: '2026-03-02' }),
  ];

  it('finds past meetings by word starts, ignoring case and accents, and by date', () => {
    expect(searchMeetings(meetings, 'promo').map((m) => m.id)).toEqual(['m1']);
    expect(searchMeetings(meetings, 'RESUME').map((m) => m.id)).toEqual(['m2']);
    expect(searchMeetings(meetings, '2026-02').map((m) => m.id)).toEqual(['m2']);
    expect(searchMeetings(meetings, 'budget resume')).toEqual([]);
    expect(searchMeetings(meetings, '  ')).toHaveLength(3);
  });

  it('knows the current, past and previous meetings', () => {
    expect(currentMeeting(meetings)?.id).toBe('m3');
    expect(pastMeetings(meetings).map((m) => m.id)).toEqual(['m2', 'm1']);
    expect(previousClosedMeeting(meetings, 'm3')?.id).toBe('m2');
    expect(previousClosedMeeting(meetings, 'm1')).toBeNull();
  });
});

describe('since last time', () => {
  const plan: PlanSummary = {
    id: 'plan',
    title: 'Lead a project',
    goalId: null,
    status: 'active',
    reviewCadence: null,
    lastReviewedAt: null,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    milestones: [
      { id: 'm-old', title: 'Old', dueDate: '2026-01-01', status: 'done', completedAt: 50, ownerLabel: 'Me' },
      {
        id: 'm-new',
        title: 'Kick-off',
        dueDate: '2026-03-01',
        status: 'done',
        completedAt: 150,
        ownerLabel: 'Me',
      },
      {
        id: 'm-open',
        title: 'Ship',
        dueDate: '2026-04-01',
        status: 'in-progress',
        completedAt: null,
        ownerLabel: 'Me',
      },
    ],
  };

  it('lists what was closed, done and shared after the previous meeting closed', () => {
    const view = sinceLastTime({
      since: 100,
      until: null,
      sharedBefore: ['item:g'],
      sharedAtClose: null,
      actions: [
        action({ id: 'before', doneAt: 90 }),
        action({ id: 'after', doneAt: 120 }),
        action({ id: 'open' }),
      ],
      plans: [plan],
      sharedItems: [
        { id: 'item:g', kind: 'goal', title: 'Old goal' },
        { id: 'item:p', kind: 'plan', title: 'New plan' },
      ],
    });
    expect(view.closedActions.map((a) => a.id)).toEqual(['after']);
    expect(view.milestonesDone.map((m) => m.title)).toEqual(['Kick-off']);
    expect(view.newSharedItems.map((i) => i.title)).toEqual(['New plan']);
  });

  it('for a closed meeting, stops at its close: nothing done or shared later is listed', () => {
    const view = sinceLastTime({
      since: null,
      until: 125,
      sharedBefore: null,
      sharedAtClose: ['item:g'],
      actions: [
        action({ id: 'before', doneAt: 90 }),
        action({ id: 'after', doneAt: 120 }),
        action({ id: 'later', doneAt: 400 }),
      ],
      plans: [plan],
      sharedItems: [
        { id: 'item:g', kind: 'goal', title: 'Old goal' },
        { id: 'item:p', kind: 'plan', title: 'Shared after the close' },
      ],
    });
    expect(view.closedActions.map((a) => a.id)).toEqual(['after', 'before']);
    expect(view.milestonesDone.map((m) => m.title)).toEqual(['Old']);
    expect(view.newSharedItems.map((i) => i.title)).toEqual(['Old goal']);
  });

  it('brings a plan’s progress in as a talking point', () => {
    expect(planProgressPoint(plan, '2026-03-05').text).toBe(
      'Plan “Lead a project”: 2 of 3 milestones done (67 %); next: Ship, due 2026-04-01',
    );
  });

  it('shares exactly the chosen reflection excerpt and no id of the reflection', () => {
    const point = reflectionExcerptPoint('  I want to lead the next migration.  ');
    expect(point.text).toBe('From my reflection: “I want to lead the next migration.”');
    expect(point.source).toEqual({ kind: 'reflection', title: '' });
  });
});

describe('the reminder before a one-on-one', () => {
  const settings = { ...defaultSeriesSettings, time: '14:30', reminderMinutes: 90 };

  it('falls the configured time before the next meeting, in the user’s zone', () => {
    const reminder = oneOnOneReminder({
      spaceId: 's1',
      peerName: 'Ben',
      settings,
      nextMeeting: { date: '2026-03-31', career: true },
      timeZone: 'Europe/Berlin',
    });
    expect(reminder?.id).toBe('one-on-one:s1');
    expect(reminder?.title).toBe('Your career conversation with Ben is at 14:30');
    expect(new Date(reminder?.dueAt ?? 0).toISOString()).toBe('2026-03-31T11:00:00.000Z');
  });

  it('is off at 0 minutes and when nothing is scheduled', () => {
    const base = { spaceId: 's1', peerName: 'Ben', timeZone: 'UTC' };
    expect(
      oneOnOneReminder({
        ...base,
        settings: { ...settings, reminderMinutes: 0 },
        nextMeeting: { date: '2026-03-31', career: false },
      }),
    ).toBeNull();
    expect(oneOnOneReminder({ ...base, settings, nextMeeting: null })).toBeNull();
  });
});

describe('raising the reminder before a one-on-one', () => {
  const zone = 'Europe/Berlin';
  const dueAt = Date.parse('2026-03-31T06:30:00Z'); // 08:30 in Berlin, before the 09:00 preferred time
  const base = { dueAt, timeZone: zone, preferredTime: '09:00', atTime: true, state: emptyReminderState };

  it('fires at its own time, not at the preferred time of day, and once', () => {
    expect(stepReminder({ ...base, now: dueAt - 60_000 })).toMatchObject({
      notify: false,
      nextCheckAt: dueAt,
    });
    const fired = stepReminder({ ...base, now: dueAt + 1000 });
    expect(fired.notify).toBe(true);
    expect(stepReminder({ ...base, now: dueAt + 60_000, state: fired.state }).notify).toBe(false);
  });

  it('is dropped when found hours late, after the meeting', () => {
    expect(stepReminder({ ...base, now: dueAt + 3 * 3_600_000 }).notify).toBe(false);
  });

  it('fires again for the next meeting', () => {
    const fired = stepReminder({ ...base, now: dueAt + 1000 });
    const nextWeek = dueAt + 7 * 86_400_000;
    expect(stepReminder({ ...base, dueAt: nextWeek, now: nextWeek + 5, state: fired.state }).notify).toBe(
      true,
    );
  });
});
