import { planProgress, type PlanProgress } from '../../../../shared/growth/progress';
import { growthOverview, type MonthTally } from '../../../../shared/growth/overview';
import { levelLabels } from '../../../../shared/schema/competency';
import type { IsoDate } from '../../../../shared/schema/dates';
import type { Goal } from '../../../../shared/schema/goal';
import { ownerLabel, planSummaryOf } from '../../../../shared/schema/growthIndex';
import {
  activityKindLabels,
  activityKindSchema,
  milestoneStatusLabels,
  type Activity,
  type ActivityKind,
  type Milestone,
  type Plan,
  type Supporter,
} from '../../../../shared/schema/plan';

/**
 * Everything the printed plan shows, worked out from the plan, its goal and the profile. Pure:
 * "today" and the time zone are passed in, so the same plan prints the same on any machine.
 * Progress and the monthly chart come from the same functions the editor and the Growth
 * overview use, so the paper never disagrees with the screen.
 */

export const supporterRoleLabels: Record<Supporter['role'], string> = {
  mentor: 'Mentor',
  sponsor: 'Sponsor',
  manager: 'Manager',
  coach: 'Coach',
  peer: 'Peer',
};

export type PrintedGoal =
  | { kind: 'linked'; title: string; alignment: string; why: string }
  | { kind: 'standalone' }
  | { kind: 'missing' };

export interface PrintedMilestone {
  id: string;
  title: string;
  owner: string;
  /** A role the view names in the window's language ("My manager"); null when `owner` is a name. */
  ownerRole: 'me' | 'manager' | null;
  dueDate: IsoDate;
  status: string;
  /** The status itself, for the view to name in the window's language. */
  statusValue: Milestone['status'];
  successCriterion: string;
}

export interface ActivityGroup {
  kind: ActivityKind;
  label: string;
  activities: Activity[];
}

export interface PlanPrintModel {
  title: string;
  ownerName: string;
  producedOn: IsoDate;
  goal: PrintedGoal;
  skillGaps: {
    id: string;
    name: string;
    current: string;
    target: string;
    currentLevel: number;
    targetLevel: number;
  }[];
  activityGroups: ActivityGroup[];
  milestones: PrintedMilestone[];
  supporters: Supporter[];
  successStages: Plan['successStages'];
  progress: PlanProgress<Milestone>;
  /** Milestones of this plan done per month, the last twelve months. */
  doneByMonth: MonthTally[];
  /** Who signs beside the owner: the plan's supporter with the manager role, if named. */
  managerName: string | null;
}

export interface PlanPrintInput {
  plan: Plan;
  /** The linked goal's document, null when it could not be read (deleted or missing). */
  goal: Goal | null;
  ownerName: string;
  today: IsoDate;
  timeZone: string;
}

export const levelText = (n: number): string => `${levelLabels[n] ?? 'Level'} (${n})`;

function printedGoal(plan: Plan, goal: Goal | null): PrintedGoal {
  if (plan.goalId === null) return { kind: 'standalone' };
  if (goal === null) return { kind: 'missing' };
  return { kind: 'linked', title: goal.title, alignment: goal.alignment, why: goal.why };
}

/** Groups in the schema's order of kinds, so every printout of every plan reads the same way. */
function groupActivities(activities: readonly Activity[]): ActivityGroup[] {
  return activityKindSchema.options.flatMap((kind) => {
    const ofKind = activities.filter((a) => a.kind === kind);
    return ofKind.length === 0 ? [] : [{ kind, label: activityKindLabels[kind], activities: ofKind }];
  });
}

export function buildPlanPrintModel({
  plan,
  goal,
  ownerName,
  today,
  timeZone,
}: PlanPrintInput): PlanPrintModel {
  const owner = (m: Milestone) => ownerLabel(m.owner, ownerName);
  // The overview's monthly tally, run over this one plan (as an active, undeleted summary).
  const { doneByMonth } = growthOverview(
    [],
    [{ ...planSummaryOf(plan, null, ownerName), status: 'active' }],
    { today, timeZone },
  );
  return {
    title: plan.title,
    ownerName,
    producedOn: today,
    goal: printedGoal(plan, goal),
    skillGaps: plan.skillGaps.map((g) => ({
      id: g.id,
      name: g.name,
      current: levelText(g.current),
      target: levelText(g.target),
      currentLevel: g.current,
      targetLevel: g.target,
    })),
    activityGroups: groupActivities(plan.activities),
    milestones: plan.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      owner: owner(m),
      ownerRole: m.owner.kind === 'person' || (m.owner.kind === 'me' && ownerName) ? null : m.owner.kind,
      dueDate: m.dueDate,
      status: milestoneStatusLabels[m.status],
      statusValue: m.status,
      successCriterion: m.successCriterion,
    })),
    supporters: plan.supporters,
    successStages: plan.successStages,
    progress: planProgress(plan, today),
    doneByMonth,
    managerName: plan.supporters.find((s) => s.role === 'manager')?.name ?? null,
  };
}
