import * as Y from 'yjs';
import { addDays, type IsoDate } from '../../../shared/schema/dates';
import { initGoal, readGoal } from '../../../shared/schema/goal';
import { indexGoal, indexPlan } from '../../../shared/schema/growthIndex';
import { itemDocId, newItemId, VAULT_DOC_ID } from '../../../shared/schema/ids';
import {
  initPlan,
  readPlan,
  savePlanRecord,
  type Activity,
  type MilestoneStatus,
  type Owner,
} from '../../../shared/schema/plan';
import { updateProfile } from '../../../shared/schema/vault';

/**
 * A development plan built with the app's own schema functions, as item documents plus the
 * vault's profile and growth index, for printing tests and the PDF benchmark. Its people have
 * an accented, a CJK and two right-to-left names, so every script the PDF must carry is in it.
 */

export const PRINT_OWNER = 'Zoë Ångström';
export const CJK_NAME = '李小龍';
export const HEBREW_NAME = 'נועה כהן';
export const ARABIC_NAME = 'فاطمة الزهراء';
export const MANAGER_NAME = 'Jordan Okafor';

export interface PlanFixture {
  planId: string;
  goalId: string;
  planTitle: string;
  goalTitle: string;
  alignment: string;
  /** Yjs updates by document id, for the disk mirror. */
  docs: Map<string, Uint8Array>;
  skillGaps: { name: string; current: number; target: number }[];
  activities: { kind: Activity['kind']; title: string }[];
  milestones: {
    title: string;
    ownerLabel: string;
    dueDate: IsoDate;
    status: MilestoneStatus;
    criterion: string;
  }[];
  supporters: string[];
  stages: { stage: string; description: string }[];
}

const DAY = 86_400_000;
const statuses: MilestoneStatus[] = ['done', 'in-progress', 'not-started', 'done', 'blocked', 'not-started'];
const owners: { owner: Owner; label: string }[] = [
  { owner: { kind: 'me' }, label: PRINT_OWNER },
  { owner: { kind: 'manager' }, label: 'My manager' },
  { owner: { kind: 'person', name: CJK_NAME }, label: CJK_NAME },
  { owner: { kind: 'person', name: HEBREW_NAME }, label: HEBREW_NAME },
];

export function buildPlanFixture({
  milestoneCount,
  today,
  now,
}: {
  milestoneCount: number;
  today: IsoDate;
  now: number;
}): PlanFixture {
  const vault = new Y.Doc();
  const goalDoc = new Y.Doc();
  const planDoc = new Y.Doc();
  const goalId = newItemId();
  const planId = newItemId();
  const goalTitle = 'Lead the platform team';
  const alignment = 'Supports the 2027 reliability objective: fewer than two major incidents a quarter.';
  const planTitle = 'Platform lead plan — crème brûlée edition';

  updateProfile(vault, { displayName: PRINT_OWNER, onboarding: 'completed', reflectionRhythm: 'weekly' });
  initGoal(
    goalDoc,
    goalId,
    {
      title: goalTitle,
      why: 'I want to grow the people around me, not only the systems.',
      alignment,
      horizon: '1-year',
      status: 'active',
      path: 'step-up',
      competencyIds: [],
    },
    now,
  );
  initPlan(planDoc, planId, { title: planTitle, goalId, status: 'active', reviewCadence: 'monthly' }, now);

  const skillGaps = [
    { name: 'Incident command', current: 2, target: 4 },
    { name: 'Stakeholder communication', current: 3, target: 5 },
    { name: 'Roadmapping', current: 1, target: 3 },
  ];
  skillGaps.forEach((g, i) =>
    savePlanRecord(planDoc, 'skillGaps', { id: `gap${i}`, competencyId: null, ...g }, now),
  );

  const activities: PlanFixture['activities'] = [
    { kind: 'stretch-assignment', title: 'Run the Q3 planning cycle' },
    { kind: 'mentoring', title: `Monthly mentoring with ${CJK_NAME}` },
    { kind: 'training', title: 'Leadership essentials course' },
    { kind: 'reading', title: 'Read “An Elegant Puzzle”' },
    { kind: 'mentoring', title: 'Shadow the director’s staff meeting' },
  ];
  activities.forEach((a, i) =>
    savePlanRecord(
      planDoc,
      'activities',
      { id: `act${i}`, ...a, notes: '', resources: [], status: i === 0 ? 'in-progress' : 'planned' },
      now,
    ),
  );

  const milestones: PlanFixture['milestones'] = [];
  for (let i = 0; i < milestoneCount; i++) {
    const n = String(i + 1).padStart(2, '0');
    const status = statuses[i % statuses.length]!;
    const { owner, label } = owners[i % owners.length]!;
    const dueDate = addDays(today, (i - 8) * 9);
    const criterion =
      i % 3 === 0
        ? `Milestone ${n} is accepted by the team lead, written up in the wiki and demonstrated at the fortnightly review with no open questions left.`
        : `Criterion ${n}: evidence shared in the one-on-one.`;
    const title = `Milestone ${n}: ${['Draft the team charter', 'Run the incident drill', 'Present the roadmap', 'Pair on hiring loops', 'Own the on-call rota'][i % 5]}`;
    savePlanRecord(
      planDoc,
      'milestones',
      {
        id: `ms${n}`,
        title,
        owner,
        startDate: null,
        dueDate,
        status,
        successCriterion: criterion,
        evidence: '',
        completedAt: status === 'done' ? now - (i % 4) * 31 * DAY : null,
      },
      now,
    );
    milestones.push({ title, ownerLabel: label, dueDate, status, criterion });
  }

  const supporterRecords = [
    { name: MANAGER_NAME, role: 'manager', howTheyHelp: 'Reviews progress every month.' },
    { name: CJK_NAME, role: 'mentor', howTheyHelp: 'Monthly mentoring on leading leads.' },
    { name: ARABIC_NAME, role: 'sponsor', howTheyHelp: 'Opens doors to the architecture board.' },
  ] as const;
  supporterRecords.forEach((s, i) => savePlanRecord(planDoc, 'supporters', { id: `sup${i}`, ...s }, now));

  const stages = [
    { stage: 'After 30 days', description: 'The team charter is agreed and published.' },
    { stage: 'After 90 days', description: 'I run incident reviews on my own.' },
    { stage: 'After 6 months', description: 'The team delivers the roadmap without escalations.' },
  ];
  stages.forEach((s, i) => savePlanRecord(planDoc, 'successStages', { id: `stage${i}`, ...s }, now));

  indexGoal(vault, readGoal(goalDoc)!);
  indexPlan(vault, readPlan(planDoc)!);
  return {
    planId,
    goalId,
    planTitle,
    goalTitle,
    alignment,
    docs: new Map([
      [VAULT_DOC_ID, Y.encodeStateAsUpdate(vault)],
      [itemDocId(goalId), Y.encodeStateAsUpdate(goalDoc)],
      [itemDocId(planId), Y.encodeStateAsUpdate(planDoc)],
    ]),
    skillGaps,
    activities,
    milestones,
    supporters: supporterRecords.map((s) => s.name),
    stages,
  };
}
