import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter, Route, Routes } from 'react-router';
import { expect } from 'vitest';
import { readPlanSummaries } from '../../../shared/schema/growthIndex';
import { AppServicesContext } from '../../../renderer/src/services/AppServicesContext';
import { bootServices, type BootOptions } from '../../../renderer/src/app/services';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { PlansPage } from '../../../renderer/src/features/plans/PlansPage';
import { ToastProvider } from '../../../renderer/src/ui/toasts';
import type { UiLocale } from '../../../shared/i18n/locales';
import { localeWrapper } from '../i18n/inLocale';

export type User = ReturnType<typeof userEvent.setup>;

let counter = 0;

/** A fresh, isolated vault (its own IndexedDB names) per test. */
export function freshBootOptions(overrides: Partial<BootOptions> = {}): BootOptions {
  return { dbPrefix: `plans-${Date.now()}-${counter++}/`, mirror: null, closeDelayMs: 0, ...overrides };
}

/** 10 March 2026, midday local time: "today" for every test that injects the clock. */
export const TODAY_MS = new Date(2026, 2, 10, 12).getTime();

interface RenderOptions {
  options?: BootOptions;
  hash?: string;
  /** Runs against the booted services before the page renders (seed goals, plans, …). */
  seed?: (services: AppServices) => Promise<void> | void;
  /** Shows the page in this language (English without one). */
  locale?: UiLocale;
}

/** The plans page on its own routes, with real services, as the lead will wire it. */
export async function renderPlans({
  options = freshBootOptions(),
  hash = '#/plans',
  seed,
  locale,
}: RenderOptions = {}) {
  window.location.hash = hash;
  const user = userEvent.setup();
  const services = await bootServices(options);
  await seed?.(services);
  const wrapper = await localeWrapper(locale);
  const view = render(
    <AppServicesContext.Provider value={services}>
      <HashRouter>
        <ToastProvider>
          <Routes>
            <Route path="/plans" element={<PlansPage />} />
            <Route path="/plans/:planId" element={<PlansPage />} />
            <Route path="/goals/:goalId" element={<p>Goal page</p>} />
          </Routes>
        </ToastProvider>
      </HashRouter>
    </AppServicesContext.Provider>,
    wrapper ? { wrapper } : {},
  );
  await screen.findByRole('heading', { level: 1 });
  /** Closes everything and boots again from what was stored, on the same route. */
  const reload = async () => {
    view.unmount();
    await services.store.closeAll();
    return renderPlans({ options, hash: window.location.hash, ...(locale ? { locale } : {}) });
  };
  return { user, services, reload, ...view };
}

export const planList = () => screen.getByRole('navigation', { name: 'Development plans' });
export const section = (name: string) => screen.getByRole('region', { name });
export const currentPlanId = () => window.location.hash.split('/').pop()?.split('?')[0] ?? '';

/** New plan → fill the dialog → wait for the new plan's editor. */
export async function createPlan(user: User, title: string, goal?: string) {
  await user.click(screen.getByRole('button', { name: 'New plan' }));
  const form = await screen.findByRole('form', { name: 'New plan' });
  await user.type(within(form).getByLabelText('Plan title'), title);
  if (goal) await user.selectOptions(within(form).getByLabelText('Goal'), goal);
  await user.click(within(form).getByRole('button', { name: 'Create plan' }));
  await screen.findByRole('heading', { name: title, level: 1 });
}

interface MilestoneInput {
  title: string;
  due: string;
  start?: string;
  criterion?: string;
  evidence?: string;
  owner?: string;
  ownerName?: string;
}

/** Fills whichever milestone form is open (new or edit) without saving it. */
export async function fillMilestone(user: User, form: HTMLElement, m: Partial<MilestoneInput>) {
  const put = async (label: string, value: string | undefined) => {
    if (value === undefined) return;
    const input = within(form).getByLabelText(label);
    await user.clear(input);
    if (value !== '') await user.type(input, value);
  };
  await put('Milestone', m.title);
  if (m.owner) await user.selectOptions(within(form).getByLabelText('Owner'), m.owner);
  await put('Owner’s name', m.ownerName);
  await put('Start date', m.start);
  await put('Due date', m.due);
  await put('Success looks like', m.criterion);
  await put('Evidence and notes', m.evidence);
}

export async function addMilestone(user: User, m: MilestoneInput) {
  await user.click(within(section('Milestones')).getByRole('button', { name: 'Add milestone' }));
  const form = screen.getByRole('form', { name: 'New milestone' });
  await fillMilestone(user, form, m);
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(screen.queryByRole('form', { name: 'New milestone' })).not.toBeInTheDocument());
}

export const milestoneTitles = () =>
  within(section('Milestones'))
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

export const planSummary = (services: AppServices, id: string) =>
  readPlanSummaries(services.vault.doc).find((p) => p.id === id);
