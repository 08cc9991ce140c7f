import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter, Route, Routes } from 'react-router';
import type * as Y from 'yjs';
import { defaultGoalFields, type GoalStatus } from '../../../shared/schema/goal';
import {
  savePlanRecord,
  setMilestoneStatus,
  type MilestoneStatus,
  type Owner,
  type PlanStatus,
} from '../../../shared/schema/plan';
import { AppServicesContext } from '../../../renderer/src/services/AppServicesContext';
import { bootServices } from '../../../renderer/src/app/services';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { GrowthOverview } from '../../../renderer/src/features/overview/GrowthOverview';
import type { UiLocale } from '../../../shared/i18n/locales';
import { freshBootOptions } from '../journal/renderApp';
import { localeWrapper } from '../i18n/inLocale';

/**
 * A clock the test moves: services read `now()` when goals are created and milestones marked
 * done, so wins and the monthly chart land on chosen days. Noon, so no time zone the tests may
 * run in moves a day across a date or month boundary.
 */
export function testClock(start: number) {
  const clock = { ms: start, now: () => clock.ms };
  return clock;
}

export const at = (date: string) => Date.parse(`${date}T12:00:00`);

/**
 * Boots real services (fake-indexeddb, real Yjs) with the given clock and renders the overview
 * at /growth; the goal and plan pages are stand-ins so links can be followed.
 */
export async function bootOverview(clock: { now: () => number }) {
  window.location.hash = '#/growth';
  const services = await bootServices(freshBootOptions({ now: clock.now }));
  return { services, user: userEvent.setup() };
}

/** Renders the overview in English, or (awaited) through the app's provider in `locale`. */
export async function renderOverviewIn(services: AppServices, locale: UiLocale) {
  const wrapper = await localeWrapper(locale);
  return render(overviewRoutes(services), wrapper ? { wrapper } : {});
}

export function renderOverview(services: AppServices) {
  return render(overviewRoutes(services));
}

function overviewRoutes(services: AppServices) {
  return (
    <AppServicesContext.Provider value={services}>
      <HashRouter>
        <Routes>
          <Route path="/growth" element={<GrowthOverview />} />
          <Route path="/goals" element={<h1>Goals page</h1>} />
          <Route path="/goals/:goalId" element={<h1>Goal page</h1>} />
          <Route path="/plans" element={<h1>Plans page</h1>} />
          <Route path="/plans/:planId" element={<h1>Plan page</h1>} />
        </Routes>
      </HashRouter>
    </AppServicesContext.Provider>
  );
}

export function createGoal(services: AppServices, title: string, status: GoalStatus): Promise<string> {
  return services.growth.createGoal({ ...defaultGoalFields, title, status });
}

export interface SeedMilestone {
  id: string;
  title: string;
  dueDate: string;
  owner?: Owner;
  /** Marked done at this instant (the clock is moved there for it). */
  doneAt?: number;
  status?: MilestoneStatus;
}

/** Runs `change` on a plan's item document, then re-derives its index record, as the UI does. */
export async function editPlan(services: AppServices, planId: string, change: (doc: Y.Doc) => void) {
  const [item, release] = services.growth.open(planId);
  try {
    await item.ready;
    change(item.doc);
    services.growth.reindexPlan(item.doc);
  } finally {
    release();
  }
}

/** A plan with milestones, seeded through the shared schema functions. */
export async function createPlan(
  services: AppServices,
  clock: { ms: number },
  plan: { title: string; goalId?: string | null; status?: PlanStatus; milestones: SeedMilestone[] },
): Promise<string> {
  const id = await services.growth.createPlan({
    title: plan.title,
    goalId: plan.goalId ?? null,
    status: plan.status ?? 'active',
    reviewCadence: null,
  });
  const now = clock.ms;
  await editPlan(services, id, (doc) => {
    for (const m of plan.milestones) {
      savePlanRecord(
        doc,
        'milestones',
        {
          id: m.id,
          title: m.title,
          owner: m.owner ?? { kind: 'me' },
          startDate: null,
          dueDate: m.dueDate,
          status: m.status ?? 'not-started',
          successCriterion: '',
          evidence: '',
          completedAt: null,
        },
        now,
      );
      if (m.doneAt !== undefined) setMilestoneStatus(doc, m.id, 'done', m.doneAt);
    }
  });
  return id;
}

/** Marks a milestone done while the overview is on screen. */
export async function markDone(services: AppServices, planId: string, milestoneId: string, when: number) {
  await act(() => editPlan(services, planId, (doc) => setMilestoneStatus(doc, milestoneId, 'done', when)));
}
