import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { competencyFieldsSchema } from '../../../shared/schema/competency';
import { isoDateSchema } from '../../../shared/schema/dates';
import { feedbackFieldsSchema } from '../../../shared/schema/feedback';
import {
  defaultGoalFields,
  goalFieldsSchema,
  initGoal,
  readGoal,
  updateGoal,
} from '../../../shared/schema/goal';
import {
  indexGoal,
  indexPlan,
  readGoalSummaries,
  readPlanSummaries,
  setGrowthItemDeleted,
} from '../../../shared/schema/growthIndex';
import {
  activitySchema,
  initPlan,
  milestoneSchema,
  planDetailsSchema,
  readPlan,
  resourceSchema,
  savePlanRecord,
  setMilestoneStatus,
  skillGapSchema,
  successStageSchema,
  supporterSchema,
  type Milestone,
} from '../../../shared/schema/plan';
import { firstIssueText, validate } from '../../../shared/schema/validation';

const errorsOf = (schema: Parameters<typeof validate>[0], input: unknown) => {
  const result = validate(schema, input);
  return result.ok ? {} : result.errors;
};

const milestone: Milestone = {
  id: 'm1',
  title: 'Lead the design review',
  owner: { kind: 'me' },
  startDate: '2026-03-01',
  dueDate: '2026-03-31',
  status: 'not-started',
  successCriterion: '',
  evidence: '',
  completedAt: null,
};

function newPlan(): Y.Doc {
  const doc = new Y.Doc();
  initPlan(
    doc,
    'p1',
    { title: 'Tech lead plan', goalId: 'g1', status: 'active', reviewCadence: 'monthly' },
    1000,
  );
  savePlanRecord(doc, 'milestones', milestone, 1000);
  return doc;
}

describe('calendar dates', () => {
  it('refuse dates that do not exist', () => {
    for (const date of ['2026-02-31', '2026-13-01', '2026-00-10', '2026-04-31', '2027-02-29']) {
      const parsed = isoDateSchema.safeParse(date);
      expect(parsed.success ? 'accepted' : firstIssueText(parsed.error)).toBe('That date does not exist');
    }
    expect(isoDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(firstIssueText(isoDateSchema.safeParse('31/03/2026').error!)).toBe('Use a date like 2026-03-31');
  });

  it('name the field in forms', () => {
    expect(errorsOf(milestoneSchema, { ...milestone, dueDate: '2026-02-31' })).toEqual({
      dueDate: 'That date does not exist',
    });
    expect(errorsOf(milestoneSchema, { ...milestone, startDate: '2026-13-01' }).startDate).toBe(
      'That date does not exist',
    );
    const feedback = {
      from: 'Sam',
      givenOn: '2026-02-30',
      behaviour: 'Ran the retro',
      impact: 'The team aired a real problem',
      nextStep: 'Do it monthly',
      goalId: null,
      competencyId: null,
    };
    expect(errorsOf(feedbackFieldsSchema, feedback)).toEqual({ givenOn: 'That date does not exist' });
  });

  it('put a due date before the start date on the due date', () => {
    expect(
      errorsOf(milestoneSchema, { ...milestone, startDate: '2026-04-01', dueDate: '2026-03-31' }),
    ).toEqual({
      dueDate: 'The due date is before the start date',
    });
    expect(
      errorsOf(milestoneSchema, { ...milestone, startDate: '2026-03-31', dueDate: '2026-03-31' }),
    ).toEqual({});
    expect(errorsOf(milestoneSchema, { ...milestone, startDate: null })).toEqual({});
  });
});

describe('titles and names', () => {
  it('say what is missing, for each kind of record', () => {
    const blank = '   ';
    expect(errorsOf(goalFieldsSchema, { ...defaultGoalFields, title: blank })).toEqual({
      title: 'Give the goal a title',
    });
    expect(
      errorsOf(planDetailsSchema, { title: '', goalId: null, status: 'active', reviewCadence: null }),
    ).toEqual({ title: 'Give the plan a title' });
    expect(errorsOf(milestoneSchema, { ...milestone, title: blank })).toEqual({
      title: 'Give the milestone a title',
    });
    expect(
      errorsOf(activitySchema, {
        id: 'a',
        kind: 'mentoring',
        title: '',
        notes: '',
        resources: [],
        status: 'planned',
      }),
    ).toEqual({ title: 'Give the activity a title' });
    expect(
      errorsOf(skillGapSchema, { id: 's', name: blank, competencyId: null, current: 2, target: 4 }),
    ).toEqual({ name: 'Name the skill' });
    expect(errorsOf(supporterSchema, { id: 's', name: '', role: 'mentor', howTheyHelp: '' })).toEqual({
      name: 'Name the person',
    });
    expect(errorsOf(successStageSchema, { id: 's', stage: '', description: '' })).toEqual({
      stage: 'Name the stage, e.g. "After 30 days"',
      description: 'Describe what success looks like',
    });
    expect(errorsOf(competencyFieldsSchema, { name: '', description: '', current: 1, target: 2 })).toEqual({
      name: 'Give the competency a name',
    });
    expect(errorsOf(milestoneSchema, { ...milestone, owner: { kind: 'person', name: ' ' } })).toEqual({
      'owner.name': 'Name the owner',
    });
    expect(errorsOf(goalFieldsSchema, { ...defaultGoalFields, title: 'x'.repeat(201) })).toEqual({
      title: 'Keep the title under 200 characters',
    });
  });
});

describe('levels', () => {
  const gap = { id: 's', name: 'Facilitation', competencyId: null, current: 2, target: 4 };

  it('go from 1 to 5 in whole steps', () => {
    expect(errorsOf(skillGapSchema, { ...gap, current: 0 })).toEqual({ current: 'Levels go from 1 to 5' });
    expect(errorsOf(skillGapSchema, { ...gap, target: 6 })).toEqual({ target: 'Levels go from 1 to 5' });
    expect(errorsOf(skillGapSchema, { ...gap, current: 2.5 })).toEqual({
      current: 'Choose a whole level from 1 to 5',
    });
    expect(
      errorsOf(competencyFieldsSchema, { name: 'Coaching', description: '', current: 6, target: 2.5 }),
    ).toEqual({
      current: 'Levels go from 1 to 5',
      target: 'Choose a whole level from 1 to 5',
    });
    expect(errorsOf(skillGapSchema, { ...gap, current: 'three' })).toEqual({
      current: 'Choose a level from 1 to 5',
    });
  });

  it('do not aim below where you are', () => {
    expect(errorsOf(skillGapSchema, { ...gap, current: 4, target: 3 })).toEqual({
      target: 'The target level should not be below the current level',
    });
  });
});

describe('resource links', () => {
  it('accept http(s) links or nothing, and refuse everything else', () => {
    for (const url of ['', 'https://example.com/course', 'http://intranet.local/wiki?page=1']) {
      expect(resourceSchema.safeParse({ label: 'Course', url }).success).toBe(true);
    }
    for (const url of [
      'javascript:alert(1)',
      'ftp://files.example.com',
      'www.example.com',
      'https://exa mple.com',
      'file:///etc/passwd',
    ]) {
      expect(errorsOf(resourceSchema, { label: 'Course', url })).toEqual({
        url: 'Links must start with http:// or https://',
      });
    }
    expect(errorsOf(resourceSchema, { label: '', url: `https://example.com/${'a'.repeat(2000)}` })).toEqual({
      url: 'That link is too long',
    });
  });

  it('are checked inside an activity', () => {
    const activity = {
      id: 'a',
      kind: 'reading',
      title: 'Read the book',
      notes: '',
      resources: [{ label: 'Book', url: 'javascript:void(0)' }],
      status: 'planned',
    };
    expect(errorsOf(activitySchema, activity)).toEqual({
      'resources.0.url': 'Links must start with http:// or https://',
    });
  });
});

describe('plan documents', () => {
  it('write nothing when a milestone does not validate', () => {
    const doc = newPlan();
    const before = Y.encodeStateAsUpdate(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    expect(() =>
      savePlanRecord(doc, 'milestones', { ...milestone, id: 'm2', dueDate: '2026-02-31' }, 2000),
    ).toThrow('validation.date.unreal');
    expect(() => savePlanRecord(doc, 'milestones', { ...milestone, title: '' }, 2000)).toThrow();
    expect(updates).toEqual([]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(readPlan(doc)?.milestones).toEqual([milestone]);
    expect(readPlan(doc)?.updatedAt).toBe(1000);
  });

  it('stamp completedAt when a milestone is done, keep it, and clear it when reopened', () => {
    const doc = newPlan();
    setMilestoneStatus(doc, 'm1', 'done', 5000);
    expect(readPlan(doc)?.milestones[0]).toMatchObject({ status: 'done', completedAt: 5000 });
    setMilestoneStatus(doc, 'm1', 'done', 6000);
    expect(readPlan(doc)?.milestones[0]?.completedAt).toBe(5000);
    setMilestoneStatus(doc, 'm1', 'in-progress', 7000);
    expect(readPlan(doc)?.milestones[0]).toMatchObject({ status: 'in-progress', completedAt: null });
    setMilestoneStatus(doc, 'm1', 'done', 8000);
    expect(readPlan(doc)?.milestones[0]?.completedAt).toBe(8000);
    expect(readPlan(doc)?.updatedAt).toBe(8000);
    expect(() => setMilestoneStatus(doc, 'nope', 'done', 9000)).toThrow('No milestone nope in this plan');
  });
});

describe('goal documents', () => {
  it('stamp achievedAt once when a goal is achieved, and clear it when it is reopened', () => {
    const doc = new Y.Doc();
    initGoal(doc, 'g1', { ...defaultGoalFields, title: 'Become a tech lead' }, 1000);
    expect(readGoal(doc)?.achievedAt).toBeNull();
    updateGoal(doc, { ...defaultGoalFields, title: 'Become a tech lead', status: 'achieved' }, 2000);
    expect(readGoal(doc)?.achievedAt).toBe(2000);
    updateGoal(doc, { ...defaultGoalFields, title: 'Became a tech lead', status: 'achieved' }, 3000);
    expect(readGoal(doc)).toMatchObject({ achievedAt: 2000, updatedAt: 3000, title: 'Became a tech lead' });
    updateGoal(doc, { ...defaultGoalFields, title: 'Become a tech lead', status: 'active' }, 4000);
    expect(readGoal(doc)?.achievedAt).toBeNull();
  });

  it('write nothing when the fields do not validate', () => {
    const doc = new Y.Doc();
    initGoal(doc, 'g1', { ...defaultGoalFields, title: 'Become a tech lead' }, 1000);
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => updateGoal(doc, { ...defaultGoalFields, title: '' }, 2000)).toThrow('validation.goal.title');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});

describe('vault index of goals and plans', () => {
  it('follows edits and keeps a soft delete', () => {
    const vault = new Y.Doc();
    const goalDoc = new Y.Doc();
    initGoal(goalDoc, 'g1', { ...defaultGoalFields, title: 'Become a tech lead' }, 1000);
    indexGoal(vault, readGoal(goalDoc)!);
    setGrowthItemDeleted(vault, 'goals', 'g1', 1500);
    updateGoal(goalDoc, { ...defaultGoalFields, title: 'Lead the platform team', status: 'achieved' }, 2000);
    indexGoal(vault, readGoal(goalDoc)!);
    expect(readGoalSummaries(vault)).toEqual([
      {
        id: 'g1',
        title: 'Lead the platform team',
        status: 'achieved',
        path: 'step-up',
        horizon: '1-year',
        competencyIds: [],
        createdAt: 1000,
        updatedAt: 2000,
        achievedAt: 2000,
        deletedAt: 1500,
      },
    ]);
    setGrowthItemDeleted(vault, 'goals', 'g1', null);
    indexGoal(vault, readGoal(goalDoc)!);
    expect(readGoalSummaries(vault)[0]?.deletedAt).toBeNull();

    const planDoc = newPlan();
    indexPlan(vault, readPlan(planDoc)!);
    setGrowthItemDeleted(vault, 'plans', 'p1', 2500);
    savePlanRecord(
      planDoc,
      'milestones',
      { ...milestone, id: 'm2', owner: { kind: 'person', name: 'Priya' } },
      3000,
    );
    setMilestoneStatus(planDoc, 'm1', 'done', 3100);
    indexPlan(vault, readPlan(planDoc)!);
    const [summary] = readPlanSummaries(vault);
    expect(summary).toMatchObject({ id: 'p1', updatedAt: 3100, deletedAt: 2500, reviewCadence: 'monthly' });
    expect(summary?.milestones).toEqual([
      {
        id: 'm1',
        title: 'Lead the design review',
        dueDate: '2026-03-31',
        status: 'done',
        completedAt: 3100,
        ownerLabel: 'Me',
      },
      {
        id: 'm2',
        title: 'Lead the design review',
        dueDate: '2026-03-31',
        status: 'not-started',
        completedAt: null,
        ownerLabel: 'Priya',
      },
    ]);
    expect(() => setGrowthItemDeleted(vault, 'plans', 'missing', 1)).toThrow(
      'No plans item missing in the index',
    );
  });
});
