import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TandemApi } from '../../../shared/ipc/contract';
import { saveCompetency } from '../../../shared/schema/competency';
import { readPlan } from '../../../shared/schema/plan';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import {
  TODAY_MS,
  addMilestone,
  createPlan,
  currentPlanId,
  freshBootOptions,
  milestoneTitles,
  planSummary,
  renderPlans,
  section,
} from './renderPlans';
import { sentence } from '../i18n/sentence';

afterEach(() => {
  delete window.tandem;
});

/** What is stored in the plan's own document, the source of truth. */
async function storedPlan(services: AppServices, id: string) {
  const [item, release] = services.growth.open(id);
  await item.ready;
  const plan = readPlan(item.doc);
  release();
  return plan;
}

// Typing through whole forms in jsdom is slow; these tests do a lot of it.
describe('plan records', { timeout: 15_000 }, () => {
  it('adds skill gaps (from the competency list or by name) and activities with links; they survive a restart', async () => {
    const openExternal = vi.fn(() => Promise.resolve({ opened: true }));
    window.tandem = { shell: { openExternal } } as unknown as TandemApi;
    const { user, reload } = await renderPlans({
      options: freshBootOptions({ now: () => TODAY_MS }),
      seed: (s) => {
        saveCompetency(
          s.vault.doc,
          'c1',
          { name: 'Facilitation', description: '', current: 2, target: 4 },
          TODAY_MS,
        );
      },
    });
    await createPlan(user, 'Leadership plan');
    const id = currentPlanId();

    // Skill gaps: one from the competency list (its levels prefilled), one by a free name.
    const gaps = section('Skill gaps');
    await user.click(within(gaps).getByRole('button', { name: 'Add skill gap' }));
    let form = screen.getByRole('form', { name: 'New skill gap' });
    await user.selectOptions(within(form).getByLabelText('Skill'), 'Facilitation');
    const level = (group: string, name: string) =>
      within(within(form).getByRole('radiogroup', { name: group })).getByRole('radio', { name });
    expect(level('Current level', '2 Learning')).toBeChecked();
    expect(level('Target level', '4 Skilled')).toBeChecked();
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await user.click(within(gaps).getByRole('button', { name: 'Add skill gap' }));
    form = screen.getByRole('form', { name: 'New skill gap' });
    await user.type(within(form).getByLabelText('Skill name'), 'Budgeting');
    await user.click(level('Current level', '1 Aware'));
    await user.click(level('Target level', '3 Practising'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(gaps).getByRole('heading', { name: 'Facilitation' }).parentElement).toHaveTextContent(
      'Learning (2) → Skilled (4) · 2 to go',
    );
    expect(within(gaps).getByRole('heading', { name: 'Budgeting' }).parentElement).toHaveTextContent(
      'Aware (1) → Practising (3)',
    );

    // An activity with a resource link, shown under its kind; the link opens in the browser.
    const activities = section('Learning activities');
    await user.click(within(activities).getByRole('button', { name: 'Add activity' }));
    form = screen.getByRole('form', { name: 'New activity' });
    await user.selectOptions(within(form).getByLabelText('Kind'), 'Formal training or course');
    await user.type(within(form).getByLabelText('Activity'), 'Facilitation course');
    await user.click(within(form).getByRole('button', { name: 'Add a link' }));
    await user.type(within(form).getByLabelText('Resource 1 name'), 'Course page');
    await user.type(within(form).getByLabelText('Resource 1 link'), 'https://example.org/course');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const training = within(activities).getByRole('list', { name: 'Formal training or course' });
    expect(within(training).getByRole('heading', { name: 'Facilitation course' })).toBeInTheDocument();
    await user.click(within(training).getByRole('link', { name: /Course page/ }));
    expect(openExternal).toHaveBeenCalledWith({ url: 'https://example.org/course' });

    const restarted = await reload();
    await screen.findByRole('heading', { name: 'Leadership plan', level: 1 });
    expect(
      within(section('Skill gaps'))
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Skill gaps', 'Facilitation', 'Budgeting']);
    expect(within(section('Learning activities')).getByRole('link', { name: /Course page/ })).toHaveAttribute(
      'href',
      'https://example.org/course',
    );
    expect((await storedPlan(restarted.services, id))?.activities[0]?.resources).toEqual([
      { label: 'Course page', url: 'https://example.org/course' },
    ]);
  });

  it('adds milestones, supporters and success stages; the vault summary has the milestones; all survive a restart', async () => {
    const { user, services, reload } = await renderPlans({
      options: freshBootOptions({ now: () => TODAY_MS }),
    });
    await createPlan(user, 'Leadership plan');
    const id = currentPlanId();
    let form: HTMLElement;

    // Milestones with each kind of owner.
    await addMilestone(user, {
      title: 'Run a team retro',
      start: '2026-03-01',
      due: '2026-03-31',
      criterion: 'Retro held with three actions agreed',
      evidence: 'Notes in the team wiki',
    });
    await addMilestone(user, { title: 'Agree scope', due: '2026-04-15', owner: 'My manager' });
    await addMilestone(user, {
      title: 'Shadow a lead',
      due: '2026-05-01',
      owner: 'Someone else…',
      ownerName: 'Priya',
    });
    const retro = within(section('Milestones'))
      .getByRole('heading', { name: 'Run a team retro' })
      .closest('li')!;
    expect(retro).toHaveTextContent('Owner: Me');
    expect(retro).toHaveTextContent('Success: Retro held with three actions agreed');
    expect(retro).toHaveTextContent('Evidence: Notes in the team wiki');
    expect(within(section('Milestones')).getByText(sentence(/Owner: My manager/))).toBeInTheDocument();
    expect(within(section('Milestones')).getByText(sentence(/Owner: Priya/))).toBeInTheDocument();

    // Supporters and success stages.
    const supporters = section('Who supports me');
    await user.click(within(supporters).getByRole('button', { name: 'Add supporter' }));
    form = screen.getByRole('form', { name: 'New supporter' });
    await user.type(within(form).getByLabelText('Name'), 'Sam');
    await user.selectOptions(within(form).getByLabelText('Role'), 'Sponsor');
    await user.type(within(form).getByLabelText('How they help'), 'Puts my name forward');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(supporters).getByRole('heading', { name: /Sam/ })).toHaveTextContent('Sam · Sponsor');

    const stages = section('What success looks like');
    await user.click(within(stages).getByRole('button', { name: 'Add stage' }));
    form = screen.getByRole('form', { name: 'New stage' });
    await user.type(within(form).getByLabelText('Stage'), 'After 30 days');
    await user.type(within(form).getByLabelText('Success looks like'), 'Ran my first retro');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(stages).getByRole('heading', { name: 'After 30 days' })).toBeInTheDocument();

    // The vault's summary (what the list, overview and links read) has the milestones.
    expect(planSummary(services, id)?.milestones).toEqual([
      expect.objectContaining({
        title: 'Run a team retro',
        dueDate: '2026-03-31',
        status: 'not-started',
        ownerLabel: 'Me',
      }),
      expect.objectContaining({ title: 'Agree scope', dueDate: '2026-04-15', ownerLabel: 'My manager' }),
      expect.objectContaining({ title: 'Shadow a lead', dueDate: '2026-05-01', ownerLabel: 'Priya' }),
    ]);

    await reload();
    await screen.findByRole('heading', { name: 'Leadership plan', level: 1 });
    expect(milestoneTitles()).toEqual(['Run a team retro', 'Agree scope', 'Shadow a lead']);
    expect(within(section('Milestones')).getByText(sentence(/Owner: Priya/))).toBeInTheDocument();
    expect(within(section('Who supports me')).getByText('Puts my name forward')).toBeInTheDocument();
    expect(within(section('What success looks like')).getByText('Ran my first retro')).toBeInTheDocument();
  });

  it('edits a milestone in place and returns focus to its Edit button', async () => {
    const { user, services } = await renderPlans({ options: freshBootOptions({ now: () => TODAY_MS }) });
    await createPlan(user, 'Plan');
    await addMilestone(user, { title: 'Draft the proposal', due: '2026-03-20' });
    await user.click(screen.getByRole('button', { name: 'Edit milestone: Draft the proposal' }));
    const form = screen.getByRole('form', { name: 'Edit milestone: Draft the proposal' });
    expect(within(form).getByLabelText('Due date')).toHaveValue('2026-03-20');
    await user.clear(within(form).getByLabelText('Milestone'));
    await user.type(within(form).getByLabelText('Milestone'), 'Send the proposal');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(milestoneTitles()).toEqual(['Send the proposal']);
    expect(screen.getByRole('button', { name: 'Edit milestone: Send the proposal' })).toHaveFocus();
    expect(planSummary(services, currentPlanId())?.milestones.map((m) => m.title)).toEqual([
      'Send the proposal',
    ]);
  });
});
