import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TandemApi } from '../../../shared/ipc/contract';
import { itemDocId } from '../../../shared/schema/ids';
import { readPlan, savePlanRecord } from '../../../shared/schema/plan';
import { updateProfile } from '../../../shared/schema/vault';
import { AppServicesContext } from '../../../renderer/src/services/AppServicesContext';
import { bootServices } from '../../../renderer/src/app/services';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { PlansPage } from '../../../renderer/src/features/plans/PlansPage';
import { PlanPrintPage } from '../../../renderer/src/features/print/PlanPrintPage';
import { ToastProvider } from '../../../renderer/src/ui/toasts';
import { freshBootOptions, TODAY_MS } from '../plans/renderPlans';

/**
 * The print route and the editor's "Export PDF…" dialog, with real services over fake-indexeddb.
 * Only window.tandem (the preload's API, main's side of the boundary) is stood in for.
 */

afterEach(() => {
  delete window.tandem;
});

async function seedPlan(services: AppServices): Promise<string> {
  updateProfile(services.vault.doc, { displayName: 'Zoë Ångström', onboarding: 'completed' });
  const goalId = await services.growth.createGoal({
    title: 'Lead the platform team',
    why: '',
    alignment: 'Fewer than two major incidents a quarter',
    horizon: '1-year',
    status: 'active',
    path: 'step-up',
    competencyIds: [],
  });
  const planId = await services.growth.createPlan({
    title: 'Platform lead plan',
    goalId,
    status: 'active',
    reviewCadence: null,
  });
  const [item, release] = services.store.open(itemDocId(planId));
  await item.ready;
  const now = services.now();
  savePlanRecord(
    item.doc,
    'milestones',
    {
      id: 'm1',
      title: 'Run the incident drill',
      owner: { kind: 'person', name: '李小龍' },
      startDate: null,
      dueDate: '2026-04-01',
      status: 'in-progress',
      successCriterion: 'Drill run with no open actions',
      evidence: '',
      completedAt: null,
    },
    now,
  );
  savePlanRecord(
    item.doc,
    'supporters',
    { id: 's1', name: 'נועה כהן', role: 'manager', howTheyHelp: 'Monthly review' },
    now,
  );
  services.growth.reindexPlan(item.doc);
  expect(readPlan(item.doc)?.milestones).toHaveLength(1);
  release();
  return planId;
}

async function renderAt(hashFor: (planId: string) => string) {
  const services = await bootServices(freshBootOptions({ now: () => TODAY_MS }));
  const planId = await seedPlan(services);
  window.location.hash = hashFor(planId);
  render(
    <AppServicesContext.Provider value={services}>
      <HashRouter>
        <ToastProvider>
          <Routes>
            <Route path="/print/plans/:planId" element={<PlanPrintPage />} />
            <Route path="/plans/:planId" element={<PlansPage />} />
          </Routes>
        </ToastProvider>
      </HashRouter>
    </AppServicesContext.Provider>,
  );
  return { services, planId, user: userEvent.setup() };
}

const printState = () => document.documentElement.dataset.printState;

describe('the print route', () => {
  it('shows the whole plan and then tells the printer it is ready, with the header’s name and title', async () => {
    await renderAt((id) => `#/print/plans/${id}?size=Letter&ack=1`);
    await screen.findByRole('heading', { name: 'Platform lead plan', level: 1 });
    await waitFor(() => expect(printState()).toBe('ready'));
    expect(document.documentElement.dataset.printOwner).toBe('Zoë Ångström');
    expect(document.documentElement.dataset.printTitle).toBe('Platform lead plan');
    expect(screen.getByText('Fewer than two major incidents a quarter')).toBeTruthy();
    const row = screen.getByRole('row', { name: /Run the incident drill/ });
    expect(within(row).getByText('李小龍')).toBeTruthy();
    expect(within(row).getByText('In progress')).toBeTruthy();
    expect(within(row).getByText('Drill run with no open actions')).toBeTruthy();
    expect(screen.getByText('0 of 1 milestone done (0%)')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Acknowledgement' })).toBeTruthy();
    expect(screen.getByText('נועה כהן', { selector: '.print-signature span' })).toBeTruthy();
    // The chosen paper size reaches the @page rule.
    expect(document.querySelector('style')?.textContent).toContain('size: letter');
  });

  it('leaves the signature lines out unless asked', async () => {
    await renderAt((id) => `#/print/plans/${id}?size=A4&ack=0`);
    await waitFor(() => expect(printState()).toBe('ready'));
    expect(screen.queryByRole('heading', { name: 'Acknowledgement' })).toBeNull();
    expect(document.querySelector('style')?.textContent).toContain('size: A4');
  });

  it('reports a plan that is not in the journal as an error the printer can pass on', async () => {
    await renderAt(() => '#/print/plans/NoSuchPlan123?size=A4&ack=0');
    await waitFor(() => expect(printState()).toBe('error'));
    expect(document.documentElement.dataset.printError).toBe('This plan is not in your journal any more.');
  });
});

describe('Export PDF… in the plan editor', () => {
  it('sends the chosen paper size and signature lines, and confirms where the file went', async () => {
    const exportPdf = vi.fn(() =>
      Promise.resolve({ status: 'saved', path: '/home/zoe/Platform lead plan.pdf' }),
    );
    window.tandem = { plan: { exportPdf } } as unknown as TandemApi;
    const { planId, user } = await renderAt((id) => `#/plans/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Export PDF…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the plan as PDF' });
    await user.click(within(dialog).getByRole('radio', { name: /US Letter/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /signature lines/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save PDF…' }));
    // The toast names the file, not the folder it went to.
    await screen.findByText('PDF saved: Platform lead plan.pdf');
    // No sharing in this window, so no one-on-ones: none go along for main to check.
    expect(exportPdf).toHaveBeenCalledWith({
      planId,
      pageSize: 'Letter',
      includeAcknowledgement: true,
      conversations: [],
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps the dialog open with main’s reason when the PDF could not be saved', async () => {
    const message =
      'The PDF could not be saved to /media/usb/plan.pdf: the disk is full. Nothing was written there.';
    window.tandem = {
      plan: { exportPdf: vi.fn(() => Promise.resolve({ status: 'failed', message })) },
    } as unknown as TandemApi;
    const { user } = await renderAt((id) => `#/plans/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Export PDF…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the plan as PDF' });
    await user.click(within(dialog).getByRole('button', { name: 'Save PDF…' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(message);
    expect(within(dialog).getByRole('button', { name: 'Save PDF…' })).toBeTruthy();
  });
});
