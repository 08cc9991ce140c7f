import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../shared/schema/plan';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import {
  TODAY_MS,
  createPlan,
  currentPlanId,
  fillMilestone,
  freshBootOptions,
  planSummary,
  renderPlans,
  section,
} from './renderPlans';

/** What is stored in the plan's own document (the source of truth), not just the index. */
async function storedPlan(services: AppServices, id: string) {
  const [item, release] = services.growth.open(id);
  await item.ready;
  const plan = readPlan(item.doc);
  release();
  return plan;
}

// Typing through whole forms in jsdom is slow; these tests do a lot of it.
describe('bad input in plan forms', { timeout: 15_000 }, () => {
  it('explains each bad milestone field beside it and saves nothing until all are fixed', async () => {
    const { user, services } = await renderPlans({ options: freshBootOptions({ now: () => TODAY_MS }) });
    await createPlan(user, 'Plan');
    const id = currentPlanId();
    await user.click(within(section('Milestones')).getByRole('button', { name: 'Add milestone' }));
    const form = screen.getByRole('form', { name: 'New milestone' });
    const field = (label: string) => within(form).getByLabelText(label);
    const save = () => user.click(within(form).getByRole('button', { name: 'Save' }));

    // Empty title and an impossible date (31 February).
    await fillMilestone(user, form, { due: '2026-02-31' });
    await save();
    expect(field('Milestone')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Milestone')).toHaveAccessibleDescription('Give the milestone a title');
    expect(field('Milestone')).toHaveFocus();
    expect(field('Due date')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Due date')).toHaveAccessibleDescription(/There is no 2026-02-31 on the calendar\./);

    // A due date before the start date; a named owner with no name.
    await fillMilestone(user, form, {
      title: 'Give a talk',
      start: '2026-04-10',
      due: '2026-04-01',
      owner: 'Someone else…',
    });
    expect(field('Milestone')).not.toHaveAttribute('aria-invalid');
    await save();
    expect(field('Due date')).toHaveAccessibleDescription(/The due date is before the start date/);
    expect(field('Start date')).not.toHaveAttribute('aria-invalid');
    expect(field('Owner’s name')).toHaveAccessibleDescription('Name the owner');
    expect(field('Owner’s name')).toHaveFocus();

    // A date typed in another shape.
    await fillMilestone(user, form, { due: '1/4/2026' });
    await save();
    expect(field('Due date')).toHaveAccessibleDescription(/Write the date as year-month-day/);

    expect((await storedPlan(services, id))?.milestones).toEqual([]);
    expect(planSummary(services, id)?.milestones).toEqual([]);
    expect(within(section('Milestones')).queryByRole('list', { name: 'Milestones' })).not.toBeInTheDocument();

    await fillMilestone(user, form, { due: '2026-04-30', ownerName: 'Alex' });
    await save();
    expect(screen.queryByRole('form', { name: 'New milestone' })).not.toBeInTheDocument();
    expect((await storedPlan(services, id))?.milestones).toEqual([
      expect.objectContaining({
        title: 'Give a talk',
        owner: { kind: 'person', name: 'Alex' },
        startDate: '2026-04-10',
        dueDate: '2026-04-30',
      }),
    ]);
  });

  it('asks for both skill levels and refuses a target below the current level', async () => {
    const { user, services } = await renderPlans();
    await createPlan(user, 'Plan');
    const id = currentPlanId();
    await user.click(within(section('Skill gaps')).getByRole('button', { name: 'Add skill gap' }));
    const form = screen.getByRole('form', { name: 'New skill gap' });
    const field = (label: string) => within(form).getByLabelText(label);
    const group = (label: string) => within(form).getByRole('radiogroup', { name: label });
    const pick = (label: string, level: string) =>
      user.click(within(group(label)).getByRole('radio', { name: level }));
    const save = () => user.click(within(form).getByRole('button', { name: 'Save' }));

    // Levels are a 1–5 scale to pick from: none picked yet is the only way to be out of range.
    await pick('Current level', '2 Learning');
    await save();
    expect(field('Skill name')).toHaveAccessibleDescription('Name the skill');
    expect(group('Target level')).toHaveAttribute('aria-invalid', 'true');
    expect(group('Target level')).toHaveAccessibleDescription(/Choose a level from 1 to 5/);

    await user.type(field('Skill name'), 'Negotiation');
    await pick('Current level', '4 Skilled');
    await pick('Target level', '3 Practising');
    await save();
    expect(group('Target level')).toHaveAccessibleDescription(
      'The target level should not be below the current level',
    );
    expect((await storedPlan(services, id))?.skillGaps).toEqual([]);

    // Changing the current level clears the target's complaint, which was about both.
    await pick('Current level', '1 Aware');
    expect(group('Target level')).not.toHaveAttribute('aria-invalid');
    await save();
    expect(within(section('Skill gaps')).getByRole('heading', { name: 'Negotiation' })).toBeInTheDocument();
    expect((await storedPlan(services, id))?.skillGaps).toEqual([
      expect.objectContaining({ name: 'Negotiation', current: 1, target: 3, competencyId: null }),
    ]);
  });

  it('rejects links that are not web addresses, and empty names for activities, supporters and stages', async () => {
    const { user, services } = await renderPlans();
    await createPlan(user, 'Plan');
    const id = currentPlanId();

    await user.click(within(section('Learning activities')).getByRole('button', { name: 'Add activity' }));
    let form = screen.getByRole('form', { name: 'New activity' });
    await user.click(within(form).getByRole('button', { name: 'Add a link' }));
    await user.type(within(form).getByLabelText('Resource 1 link'), 'javascript:alert(1)');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByLabelText('Activity')).toHaveAccessibleDescription('Give the activity a title');
    expect(within(form).getByLabelText('Resource 1 link')).toHaveAccessibleDescription(
      'Links must start with http:// or https://',
    );
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));

    await user.click(within(section('Who supports me')).getByRole('button', { name: 'Add supporter' }));
    form = screen.getByRole('form', { name: 'New supporter' });
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByLabelText('Name')).toHaveAccessibleDescription('Name the person');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));

    await user.click(within(section('What success looks like')).getByRole('button', { name: 'Add stage' }));
    form = screen.getByRole('form', { name: 'New stage' });
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByLabelText('Stage')).toHaveAccessibleDescription(/Name the stage/);
    expect(within(form).getByLabelText('Success looks like')).toHaveAccessibleDescription(
      'Describe what success looks like',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'New stage' })).not.toBeInTheDocument();

    const plan = await storedPlan(services, id);
    expect(plan?.activities).toEqual([]);
    expect(plan?.supporters).toEqual([]);
    expect(plan?.successStages).toEqual([]);
  });
});
