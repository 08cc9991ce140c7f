import * as Y from 'yjs';
import { addDays, isoDateAt, type IsoDate } from '../shared/schema/dates';
import {
  defaultGoalFields,
  goalHorizonSchema,
  goalPathSchema,
  initGoal,
  readGoal,
  type GoalStatus,
} from '../shared/schema/goal';
import { indexGoal, indexPlan } from '../shared/schema/growthIndex';
import {
  initPlan,
  readPlan,
  savePlanRecord,
  type MilestoneStatus,
  type Owner,
  type PlanStatus,
} from '../shared/schema/plan';
import { seededRandom } from './journalGenerator';

/**
 * Goals and development plans for the Growth overview benchmark: 40 goals and 60 plans of 8–15
 * milestones, built with the shared schema functions as the app builds them, as item documents
 * plus the vault's growth index. The shapes (titles, statuses, which milestones are done or
 * overdue) come from the seed; the dates are placed relative to `today`, the day the benchmark
 * runs, because the overview reads the real clock: "due in the next 30 days", "overdue" and
 * "done per month for the last 12 months" only mean something relative to it.
 *
 * The result is a delta on top of the generated journal's vault (`vaultUpdate`), so it can be
 * added to a profile the other benchmarks have already used without changing what they measure.
 */

export const GROWTH_GOALS = 40;
export const GROWTH_PLANS = 60;

const DAY = 86_400_000;
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

const GOAL_TOPICS = [
  'Lead the platform team',
  'Speak at a conference',
  'Move into product management',
  'Become a staff engineer',
  'Mentor two new joiners',
  'Own the hiring loop',
  'Get better at estimation',
  'Run a cross-team project',
  'Learn the data stack',
  'Write more design docs',
];
const MILESTONE_VERBS = [
  'Draft',
  'Present',
  'Ship',
  'Review',
  'Shadow',
  'Finish',
  'Pair on',
  'Lead',
  'Write up',
];
const MILESTONE_OBJECTS = [
  'the architecture proposal',
  'a brown-bag talk',
  'the on-call runbook',
  'a customer interview',
  'the quarterly roadmap',
  'an incident postmortem',
  'the hiring rubric',
  'a course module',
  'the migration plan',
  'a stretch assignment',
];

export interface GeneratedGrowth {
  /** `item:<id>` → the item document as one update. */
  items: Map<string, Uint8Array>;
  /** The vault's growth index, as an update on top of the journal's vault. */
  vaultUpdate: Uint8Array;
  goals: number;
  plans: number;
  milestones: number;
  /** What the overview should show for `today` (a sanity check for the benchmark). */
  expected: { activePlans: number; overdue: number; doneInLast12Months: number };
}

export interface GrowthOptions {
  /** The journal's encoded vault: goals and plans are indexed on top of it. */
  vault: Uint8Array;
  /** Now, in ms: the bench's own clock (only its calendar day is used). */
  now: number;
  seed?: number;
}

export function generateGrowth({
  vault: vaultBytes,
  now,
  seed = 20_261_125,
}: GrowthOptions): GeneratedGrowth {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const seededId = () =>
    Array.from({ length: 20 }, () => ID_ALPHABET.charAt(Math.floor(random() * 64))).join('');
  const today = isoDateAt(now);
  const dayOf = (date: IsoDate) => Date.parse(`${date}T12:00:00`);
  // Instants are counted from noon today, so one day's runs build byte-identical documents.
  const noon = dayOf(today);
  // The chart's first day: the 1st of the month eleven months before this one.
  const months = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - 11;
  const chartStart = `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;

  const vault = new Y.Doc();
  vault.clientID = 2;
  Y.applyUpdate(vault, vaultBytes);
  const before = Y.encodeStateVector(vault);
  const items = new Map<string, Uint8Array>();
  let clientId = 50_000;
  const expected = { activePlans: 0, overdue: 0, doneInLast12Months: 0 };
  let milestoneCount = 0;

  const build = (fill: (doc: Y.Doc, id: string) => void): string => {
    const id = seededId();
    const doc = new Y.Doc();
    doc.clientID = clientId++;
    fill(doc, id);
    items.set(`item:${id}`, Y.encodeStateAsUpdate(doc));
    doc.destroy();
    return id;
  };

  const goalStatuses: GoalStatus[] = [
    'active',
    'active',
    'active',
    'exploring',
    'exploring',
    'achieved',
    'parked',
  ];
  const goalIds: string[] = [];
  for (let g = 0; g < GROWTH_GOALS; g++) {
    const status = goalStatuses[g % goalStatuses.length]!;
    // Achieved goals were achieved some time in the last year; the rest were set up then.
    const createdAt = noon - int(30, 365) * DAY;
    goalIds.push(
      build((doc, id) => {
        initGoal(
          doc,
          id,
          {
            ...defaultGoalFields,
            title: `${pick(GOAL_TOPICS)} (${g + 1})`,
            why: 'Generated for the Growth overview benchmark.',
            status,
            path: pick(goalPathSchema.options),
            horizon: pick(goalHorizonSchema.options),
          },
          status === 'achieved' ? noon - int(1, 330) * DAY : createdAt,
        );
        indexGoal(vault, readGoal(doc)!);
      }),
    );
  }

  const planStatuses: PlanStatus[] = ['active', 'active', 'active', 'active', 'paused', 'completed'];
  const owners: Owner[] = [
    { kind: 'me' },
    { kind: 'me' },
    { kind: 'manager' },
    { kind: 'person', name: 'Priya' },
  ];
  for (let p = 0; p < GROWTH_PLANS; p++) {
    const status = planStatuses[p % planStatuses.length]!;
    if (status === 'active') expected.activePlans++;
    const createdAt = noon - int(60, 400) * DAY;
    build((doc, id) => {
      initPlan(
        doc,
        id,
        {
          title: `Development plan ${p + 1}: ${pick(GOAL_TOPICS).toLowerCase()}`,
          goalId: p % 10 === 9 ? null : pick(goalIds),
          status,
          reviewCadence: pick(['monthly', 'quarterly', null] as const),
        },
        createdAt,
      );
      const count = int(8, 15);
      for (let m = 0; m < count; m++) {
        // Due dates from a year ago to six months ahead.
        const dueDate = addDays(today, int(-360, 180));
        const past = dueDate < today;
        // Most past milestones are done (a little before or after their date), some are late;
        // a few future ones are done early.
        const done = past ? random() < 0.8 : random() < 0.1;
        const completedAt = done ? Math.min(noon - DAY, dayOf(dueDate) + int(-20, 10) * DAY) : null;
        const open: MilestoneStatus = pick(['not-started', 'in-progress', 'in-progress', 'blocked']);
        savePlanRecord(
          doc,
          'milestones',
          {
            id: seededId(),
            title: `${pick(MILESTONE_VERBS)} ${pick(MILESTONE_OBJECTS)}`,
            owner: pick(owners),
            startDate: null,
            dueDate,
            status: done ? 'done' : open,
            successCriterion: 'Agreed with my manager at our one-on-one.',
            evidence: '',
            completedAt,
          },
          createdAt,
        );
        milestoneCount++;
        if (!done && past && status === 'active') expected.overdue++;
        if (completedAt !== null && isoDateAt(completedAt) >= chartStart) expected.doneInLast12Months++;
      }
      indexPlan(vault, readPlan(doc)!);
    });
  }

  const vaultUpdate = Y.encodeStateAsUpdate(vault, before);
  vault.destroy();
  return {
    items,
    vaultUpdate,
    goals: GROWTH_GOALS,
    plans: GROWTH_PLANS,
    milestones: milestoneCount,
    expected,
  };
}
