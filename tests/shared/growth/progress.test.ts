import { describe, expect, it } from 'vitest';
import { goalProgress, percentDone, planProgress, progressLabel } from '../../../shared/growth/progress';
import { growthOverview } from '../../../shared/growth/overview';
import { isoDateAt } from '../../../shared/schema/dates';
import type { GoalSummary, MilestoneSummary, PlanSummary } from '../../../shared/schema/growthIndex';

const utc = (iso: string) => Date.parse(iso);
const today = '2026-06-15';

function milestone(id: string, dueDate: string, overrides: Partial<MilestoneSummary> = {}): MilestoneSummary {
  return {
    id,
    title: `Milestone ${id}`,
    dueDate,
    status: 'not-started',
    completedAt: null,
    ownerLabel: 'Me',
    ...overrides,
  };
}

const done = (id: string, at: string, dueDate = '2026-01-01') =>
  milestone(id, dueDate, { status: 'done', completedAt: utc(at) });

function plan(id: string, milestones: MilestoneSummary[], overrides: Partial<PlanSummary> = {}): PlanSummary {
  return {
    id,
    title: `Plan ${id}`,
    goalId: null,
    status: 'active',
    reviewCadence: null,
    lastReviewedAt: null,
    milestones,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    ...overrides,
  };
}

function goal(id: string, overrides: Partial<GoalSummary> = {}): GoalSummary {
  return {
    id,
    title: `Goal ${id}`,
    status: 'active',
    path: 'step-up',
    horizon: '1-year',
    competencyIds: [],
    createdAt: 0,
    updatedAt: 0,
    achievedAt: null,
    deletedAt: null,
    ...overrides,
  };
}

describe('plan progress', () => {
  it('says a plan without milestones has none, rather than 0 %', () => {
    const progress = planProgress(plan('p', []), today);
    expect(progress).toEqual({
      planId: 'p',
      total: 0,
      done: 0,
      percent: null,
      label: 'No milestones yet',
      overdue: [],
      nextDue: null,
      blocked: 0,
    });
  });

  it('counts done, overdue (due before today), next due (today or later) and blocked', () => {
    const milestones = [
      milestone('late-2', '2026-06-10', { status: 'blocked' }),
      milestone('late-1', '2026-05-01', { status: 'in-progress' }),
      done('done', '2026-06-01T10:00:00Z', '2026-05-20'),
      milestone('later', '2026-07-01'),
      milestone('today', today, { status: 'blocked' }),
    ];
    const progress = planProgress(plan('p', milestones), today);
    expect(progress.total).toBe(5);
    expect(progress.done).toBe(1);
    expect(progress.percent).toBe(20);
    expect(progress.label).toBe('1 of 5 milestones done');
    expect(progress.overdue.map((m) => m.id)).toEqual(['late-1', 'late-2']);
    expect(progress.nextDue?.id).toBe('today');
    expect(progress.blocked).toBe(2);
  });

  it('shows 0 and 100 only for none and all', () => {
    expect(percentDone(0, 3)).toBe(0);
    expect(percentDone(1, 200)).toBe(1);
    expect(percentDone(199, 200)).toBe(99);
    expect(percentDone(2, 3)).toBe(67);
    expect(percentDone(3, 3)).toBe(100);
    expect(percentDone(0, 0)).toBeNull();
    expect(progressLabel(1, 1)).toBe('1 of 1 milestone done');
  });

  it('adds up the plans that serve a goal', () => {
    const plans = [
      plan('a', [done('1', '2026-01-01T00:00:00Z'), milestone('2', '2026-09-01')], { goalId: 'g' }),
      plan('b', [done('3', '2026-01-01T00:00:00Z')], { goalId: 'g' }),
      plan('c', [milestone('4', '2026-09-01')], { goalId: 'g', deletedAt: 5 }),
      plan('d', [milestone('5', '2026-09-01')], { goalId: 'other' }),
    ];
    expect(goalProgress('g', plans)).toEqual({
      goalId: 'g',
      plans: 2,
      total: 3,
      done: 2,
      percent: 67,
      label: '2 of 3 milestones done',
    });
    expect(goalProgress('none', plans)).toMatchObject({ plans: 0, percent: null, label: 'No plan yet' });
  });
});

describe('growth overview', () => {
  const zone = 'America/New_York';

  it('counts goals by status and active plans, leaving deleted ones out', () => {
    const overview = growthOverview(
      [
        goal('1'),
        goal('2', { status: 'exploring' }),
        goal('3', { status: 'parked' }),
        goal('4', { status: 'achieved', achievedAt: utc('2026-06-14T12:00:00Z') }),
        goal('5', { deletedAt: 1 }),
      ],
      [plan('a', []), plan('b', [], { status: 'paused' }), plan('c', [], { deletedAt: 1 })],
      { today, timeZone: zone },
    );
    expect(overview.goalsByStatus).toEqual({ exploring: 1, active: 1, achieved: 1, parked: 1 });
    expect(overview.activePlans).toBe(1);
    expect(overview.planProgress.map((p) => p.planId)).toEqual(['a']);
  });

  it('lists milestones due in the next 30 days by date, and overdue ones, from active plans', () => {
    const overview = growthOverview(
      [],
      [
        plan('a', [
          milestone('in-31', '2026-07-16'),
          milestone('in-30', '2026-07-15'),
          milestone('today', today),
          milestone('yesterday', '2026-06-14'),
          done('done-soon', '2026-06-01T12:00:00Z', '2026-06-20'),
        ]),
        plan('b', [
          milestone('in-2', '2026-06-17'),
          milestone('long-ago', '2025-12-01', { status: 'blocked' }),
        ]),
        plan('paused', [milestone('paused-soon', '2026-06-16')], { status: 'paused' }),
      ],
      { today, timeZone: zone },
    );
    expect(overview.dueSoon.map((m) => [m.id, m.planId, m.daysUntilDue])).toEqual([
      ['today', 'a', 0],
      ['in-2', 'b', 2],
      ['in-30', 'a', 30],
    ]);
    expect(overview.overdue.map((m) => [m.id, m.daysUntilDue])).toEqual([
      ['long-ago', -196],
      ['yesterday', -1],
    ]);
    expect(overview.dueSoon[0]).toMatchObject({
      planTitle: 'Plan a',
      goalId: null,
      title: 'Milestone today',
    });
  });

  it('collects wins of the last 30 local days, newest first', () => {
    const overview = growthOverview(
      [
        goal('won', { status: 'achieved', achievedAt: utc('2026-06-10T15:00:00Z') }),
        goal('won-long-ago', { status: 'achieved', achievedAt: utc('2026-01-10T15:00:00Z') }),
        // Status changed back: no longer a win.
        goal('reopened', { status: 'active', achievedAt: null }),
      ],
      [
        plan(
          'a',
          [
            done('recent', '2026-06-14T23:00:00Z'),
            // 00:30 on 16 May in New York: the first day of the window.
            done('edge-in', '2026-05-16T04:30:00Z'),
            // 23:30 on 15 May in New York (already the 16th in UTC): outside.
            done('edge-out', '2026-05-16T03:30:00Z'),
          ],
          { goalId: 'won' },
        ),
        plan('finished', [done('old-plan', '2026-06-01T12:00:00Z')], { status: 'completed' }),
      ],
      { today, timeZone: zone },
    );
    expect(overview.recentWins.map((w) => `${w.kind}:${w.id}`)).toEqual([
      'milestone:recent',
      'goal:won',
      'milestone:old-plan',
      'milestone:edge-in',
    ]);
    expect(overview.recentWins[0]).toEqual({
      kind: 'milestone',
      id: 'recent',
      title: 'Milestone recent',
      at: utc('2026-06-14T23:00:00Z'),
      planId: 'a',
      planTitle: 'Plan a',
      goalId: 'won',
    });
  });

  it('counts milestones done per local month for the last 12 months, zeros included', () => {
    const overview = growthOverview(
      [],
      [
        plan('a', [
          done('jun', '2026-06-02T12:00:00Z'),
          // 23:30 on 31 January in New York is 1 February in UTC: January.
          done('jan', '2026-02-01T04:30:00Z'),
          // 00:30 on 1 March (EST) in New York: March.
          done('mar', '2026-03-01T05:30:00Z'),
          done('jul-2025', '2025-07-01T04:00:00Z'),
          done('jun-2025', '2025-07-01T03:59:59Z'),
          // Done but with no completion time (older data): counted as done, not in a month.
          milestone('unknown', '2026-01-01', { status: 'done' }),
        ]),
        plan('deleted', [done('x', '2026-06-02T12:00:00Z')], { deletedAt: 1 }),
      ],
      { today, timeZone: zone },
    );
    expect(overview.doneByMonth).toEqual([
      { month: '2025-07', done: 1 },
      { month: '2025-08', done: 0 },
      { month: '2025-09', done: 0 },
      { month: '2025-10', done: 0 },
      { month: '2025-11', done: 0 },
      { month: '2025-12', done: 0 },
      { month: '2026-01', done: 1 },
      { month: '2026-02', done: 0 },
      { month: '2026-03', done: 1 },
      { month: '2026-04', done: 0 },
      { month: '2026-05', done: 0 },
      { month: '2026-06', done: 1 },
    ]);
  });

  it('places completions in the same month as isoDateAt does, in every zone', () => {
    const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'];
    // Instants near month ends across a year, including DST weeks.
    const instants: number[] = [];
    for (let month = 0; month < 12; month += 1) {
      const firstOfNext = Date.UTC(2026, month + 1, 1);
      for (const hours of [-15, -11, -6, -1, 0, 1, 5, 10, 14]) instants.push(firstOfNext + hours * 3_600_000);
    }
    for (const timeZone of zones) {
      const milestones = instants.map((at, i) => done(String(i), new Date(at).toISOString()));
      const overview = growthOverview([], [plan('a', milestones)], { today: '2026-12-31', timeZone });
      const expected = new Map<string, number>();
      for (const at of instants) {
        const month = isoDateAt(at, timeZone).slice(0, 7);
        expected.set(month, (expected.get(month) ?? 0) + 1);
      }
      for (const { month, done: count } of overview.doneByMonth) {
        expect([timeZone, month, count]).toEqual([timeZone, month, expected.get(month) ?? 0]);
      }
    }
  });

  it('takes its windows and month count from the options', () => {
    const overview = growthOverview(
      [],
      [plan('a', [milestone('in-5', '2026-06-20'), done('d', '2026-06-12T12:00:00Z')])],
      { today, timeZone: 'UTC', dueWithinDays: 3, winsWithinDays: 2, months: 3 },
    );
    expect(overview.dueSoon).toEqual([]);
    expect(overview.recentWins).toEqual([]);
    expect(overview.doneByMonth.map((m) => m.month)).toEqual(['2026-04', '2026-05', '2026-06']);
  });
});
