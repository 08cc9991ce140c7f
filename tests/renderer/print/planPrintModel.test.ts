import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../shared/schema/goal';
import type { Milestone, Plan } from '../../../shared/schema/plan';
import { buildPlanPrintModel } from '../../../renderer/src/features/print/planPrintModel';

/** What the printed plan says, worked out from a plan, its goal and the owner's name. */

const milestone = (over: Partial<Milestone> & Pick<Milestone, 'id' | 'dueDate'>): Milestone => ({
  title: `Milestone ${over.id}`,
  owner: { kind: 'me' },
  startDate: null,
  status: 'not-started',
  successCriterion: '',
  evidence: '',
  completedAt: null,
  ...over,
});

const plan: Plan = {
  id: 'p1',
  title: 'Lead plan',
  goalId: 'g1',
  status: 'active',
  reviewCadence: null,
  createdAt: 0,
  updatedAt: 0,
  lastReviewedAt: null,
  skillGaps: [{ id: 's1', name: 'Roadmapping', competencyId: null, current: 1, target: 3 }],
  activities: [
    { id: 'a1', kind: 'reading', title: 'A book', notes: '', resources: [], status: 'planned' },
    { id: 'a2', kind: 'mentoring', title: 'Sessions', notes: '', resources: [], status: 'planned' },
    { id: 'a3', kind: 'reading', title: 'Another book', notes: '', resources: [], status: 'done' },
  ],
  milestones: [
    milestone({ id: 'm1', dueDate: '2026-01-10', status: 'done', completedAt: Date.UTC(2026, 0, 12, 12) }),
    milestone({ id: 'm2', dueDate: '2026-02-01', owner: { kind: 'manager' } }),
    milestone({ id: 'm3', dueDate: '2026-04-01', owner: { kind: 'person', name: 'נועה כהן' } }),
    milestone({ id: 'm4', dueDate: '2026-03-01', status: 'done', completedAt: Date.UTC(2026, 2, 5, 12) }),
  ],
  supporters: [
    { id: 'x', name: '李小龍', role: 'mentor', howTheyHelp: '' },
    { id: 'y', name: 'Jordan Okafor', role: 'manager', howTheyHelp: '' },
  ],
  successStages: [{ id: 'st', stage: 'After 30 days', description: 'Charter agreed.' }],
};

const goal: Goal = {
  id: 'g1',
  title: 'Lead the team',
  why: 'Growth',
  alignment: 'Supports the reliability objective',
  horizon: '1-year',
  status: 'active',
  path: 'step-up',
  competencyIds: [],
  createdAt: 0,
  updatedAt: 0,
  achievedAt: null,
};

const build = (over: Partial<Parameters<typeof buildPlanPrintModel>[0]> = {}) =>
  buildPlanPrintModel({ plan, goal, ownerName: 'Zoë', today: '2026-03-10', timeZone: 'UTC', ...over });

describe('the printed plan', () => {
  it('names each milestone’s owner: the person by name, the manager by role, others as written', () => {
    expect(build().milestones.map((m) => m.owner)).toEqual(['Zoë', 'My manager', 'נועה כהן', 'Zoë']);
    expect(build({ ownerName: '' }).milestones[0]?.owner).toBe('Me');
    expect(build().milestones.map((m) => m.status)).toEqual(['Done', 'Not started', 'Not started', 'Done']);
  });

  it('groups learning activities by kind, in the same order of kinds for every plan', () => {
    expect(build().activityGroups.map((g) => [g.label, g.activities.map((a) => a.title)])).toEqual([
      ['Mentoring', ['Sessions']],
      ['Reading or self-study', ['A book', 'Another book']],
    ]);
  });

  it('shows skill gaps as named levels and the goal with its alignment', () => {
    expect(build().skillGaps).toEqual([
      {
        id: 's1',
        name: 'Roadmapping',
        current: 'Aware (1)',
        target: 'Practising (3)',
        currentLevel: 1,
        targetLevel: 3,
      },
    ]);
    expect(build().goal).toEqual({
      kind: 'linked',
      title: 'Lead the team',
      alignment: 'Supports the reliability objective',
      why: 'Growth',
    });
    expect(build({ goal: null }).goal).toEqual({ kind: 'missing' });
    expect(build({ plan: { ...plan, goalId: null }, goal: null }).goal).toEqual({ kind: 'standalone' });
  });

  it('summarises progress as the editor does and charts milestones done per month', () => {
    const model = build();
    expect(model.progress.label).toBe('2 of 4 milestones done');
    expect(model.progress.percent).toBe(50);
    expect(model.progress.overdue.map((m) => m.id)).toEqual(['m2']);
    expect(model.progress.nextDue?.id).toBe('m3');
    expect(model.doneByMonth).toHaveLength(12);
    expect(model.doneByMonth.at(-1)).toEqual({ month: '2026-03', done: 1 });
    expect(model.doneByMonth.find((m) => m.month === '2026-01')).toEqual({ month: '2026-01', done: 1 });
    expect(model.doneByMonth.reduce((sum, m) => sum + m.done, 0)).toBe(2);
    expect(model.producedOn).toBe('2026-03-10');
  });

  it('asks the supporter in the manager role to sign beside the owner', () => {
    expect(build().managerName).toBe('Jordan Okafor');
    expect(build({ plan: { ...plan, supporters: [] } }).managerName).toBeNull();
  });
});
