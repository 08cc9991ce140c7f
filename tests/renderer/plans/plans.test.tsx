import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultGoalFields } from '../../../shared/schema/goal';
import { setGrowthItemDeleted } from '../../../shared/schema/growthIndex';
import {
  TODAY_MS,
  createPlan,
  currentPlanId,
  freshBootOptions,
  planList,
  planSummary,
  renderPlans,
} from './renderPlans';
import { isolate } from '../../../shared/i18n/locales';

describe('plans page', () => {
  it('creates a plan for a goal and a standalone plan, and lists both', async () => {
    let goalId = '';
    const { user, services } = await renderPlans({
      seed: async (s) => {
        goalId = await s.growth.createGoal({ ...defaultGoalFields, title: 'Lead a team' });
      },
    });
    expect(screen.getByText('No development plans yet.')).toBeInTheDocument();

    await createPlan(user, 'Leadership plan', 'Lead a team');
    const leadershipId = currentPlanId();
    expect(screen.getByRole('link', { name: 'Lead a team' })).toHaveAttribute('href', `#/goals/${goalId}`);
    expect(planSummary(services, leadershipId)).toMatchObject({
      title: 'Leadership plan',
      goalId,
      status: 'active',
      reviewCadence: 'monthly',
    });

    await createPlan(user, 'Read more widely');
    expect(screen.getByText('Standalone plan')).toBeInTheDocument();
    expect(planSummary(services, currentPlanId())?.goalId).toBeNull();

    const list = planList();
    expect(within(list).getByRole('link', { name: 'Read more widely' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const leadership = within(list).getByRole('link', { name: 'Leadership plan' }).closest('li')!;
    expect(leadership).toHaveTextContent('Goal: Lead a team');
    expect(leadership).toHaveTextContent('No milestones yet');
    await user.click(within(list).getByRole('link', { name: 'Leadership plan' }));
    expect(await screen.findByRole('heading', { name: 'Leadership plan', level: 1 })).toBeInTheDocument();
  });

  it('opens New plan with the goal chosen when linked from a goal (?goal=)', async () => {
    const options = freshBootOptions();
    let goalId = '';
    const { user, services } = await renderPlans({
      options,
      seed: async (s) => {
        await s.growth.createGoal({ ...defaultGoalFields, title: 'Another goal' });
        goalId = await s.growth.createGoal({ ...defaultGoalFields, title: 'Move into product' });
      },
      hash: '#/plans',
    });
    window.location.hash = `#/plans?goal=${goalId}`;
    const form = await screen.findByRole('form', { name: 'New plan' });
    expect(within(form).getByLabelText('Goal')).toHaveDisplayValue('Move into product');
    await user.type(within(form).getByLabelText('Plan title'), 'Product skills');
    await user.click(within(form).getByRole('button', { name: 'Create plan' }));
    await screen.findByRole('heading', { name: 'Product skills', level: 1 });
    expect(window.location.hash).not.toContain('goal=');
    expect(planSummary(services, currentPlanId())?.goalId).toBe(goalId);
  });

  it('will not create a plan without a title, and says so beside the field', async () => {
    const { user, services } = await renderPlans();
    await user.click(screen.getByRole('button', { name: 'New plan' }));
    const form = await screen.findByRole('form', { name: 'New plan' });
    await user.click(within(form).getByRole('button', { name: 'Create plan' }));
    const title = within(form).getByLabelText('Plan title');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Give the plan a title');
    expect(title).toHaveFocus();
    expect(services.vault.doc.getMap('plans').size).toBe(0);
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'New plan' })).not.toBeInTheDocument();
    expect(screen.getByText('No development plans yet.')).toBeInTheDocument();
  });

  it('edits the details, records a review, and keeps them across a restart', async () => {
    const { user, services, reload } = await renderPlans({
      options: freshBootOptions({ now: () => TODAY_MS }),
    });
    await createPlan(user, 'Draft plan');
    const id = currentPlanId();
    expect(screen.getByText(/Not reviewed yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit details' }));
    const form = screen.getByRole('form', { name: 'Plan details' });
    await user.clear(within(form).getByLabelText('Plan title'));
    await user.click(within(form).getByRole('button', { name: 'Save details' }));
    expect(within(form).getByLabelText('Plan title')).toHaveAccessibleDescription('Give the plan a title');
    expect(planSummary(services, id)?.title).toBe('Draft plan');

    await user.type(within(form).getByLabelText('Plan title'), 'Speaking plan');
    await user.selectOptions(within(form).getByLabelText('Status'), 'Paused');
    await user.selectOptions(within(form).getByLabelText('Review'), 'Quarterly');
    await user.click(within(form).getByRole('button', { name: 'Save details' }));
    expect(await screen.findByRole('heading', { name: 'Speaking plan', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Paused')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit details' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Mark reviewed' }));
    expect(screen.getByText('Review recorded for today.')).toBeInTheDocument();
    expect(screen.getByText(/Quarterly · Last reviewed .* · Next review by/)).toBeInTheDocument();
    expect(planSummary(services, id)).toMatchObject({
      title: 'Speaking plan',
      status: 'paused',
      reviewCadence: 'quarterly',
      lastReviewedAt: TODAY_MS,
    });

    await reload();
    expect(await screen.findByRole('heading', { name: 'Speaking plan', level: 1 })).toBeInTheDocument();
    expect(screen.getByText(/Quarterly · Last reviewed/)).toBeInTheDocument();
  });

  it('deletes a plan with Undo', async () => {
    const { user, services } = await renderPlans();
    await createPlan(user, 'Short-lived plan');
    const id = currentPlanId();
    await user.click(screen.getByRole('button', { name: 'Delete plan' }));
    expect(screen.queryByRole('navigation', { name: 'Development plans' })).not.toBeInTheDocument();
    expect(screen.getByText('Choose a plan, or start a new one.')).toBeInTheDocument();
    expect(planSummary(services, id)?.deletedAt).not.toBeNull();
    expect(screen.getByText(`Deleted plan “${isolate('Short-lived plan')}”`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: 'Short-lived plan', level: 1 })).toBeInTheDocument();
    expect(within(planList()).getByRole('link', { name: 'Short-lived plan' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await waitFor(() => expect(planSummary(services, id)?.deletedAt).toBeNull());
  });
});

describe('a plan whose goal is not in this journal', () => {
  const planDetails = { status: 'active', reviewCadence: 'monthly' } as const;
  it('says the goal was deleted when it was, and that it was not shared when it never was here', async () => {
    let deletedGoalId = '';
    const { services } = await renderPlans({
      seed: async (s) => {
        deletedGoalId = await s.growth.createGoal({ ...defaultGoalFields, title: 'Old goal' });
        await s.growth.createPlan({ ...planDetails, title: 'Plan for an old goal', goalId: deletedGoalId });
        // A plan received from the manager, linked to a goal of theirs that was not shared.
        await s.growth.createPlan({ ...planDetails, title: 'Their plan', goalId: 'goalOfTheirs1' });
      },
    });
    setGrowthItemDeleted(services.vault.doc, 'goals', deletedGoalId, TODAY_MS);
    const list = planList();
    await waitFor(() =>
      expect(
        within(list).getByRole('link', { name: 'Plan for an old goal' }).closest('li'),
      ).toHaveTextContent('Goal: a deleted goal'),
    );
    expect(within(list).getByRole('link', { name: 'Their plan' }).closest('li')).toHaveTextContent(
      'Goal: a goal not shared with you',
    );
  });
});
