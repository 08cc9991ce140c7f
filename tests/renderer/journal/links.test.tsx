import '../editor/domPolyfills';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultGoalFields } from '../../../shared/schema/goal';
import { readVaultEntry } from '../../../shared/schema/vault';
import { savePlanRecord } from '../../../shared/schema/plan';
import { createFromTemplate, renderJournal } from './renderApp';

describe('linking a reflection to goals and milestones', () => {
  it('links and unlinks, and the index records the links', async () => {
    const { user, services } = await renderJournal();
    const goalId = await services.growth.createGoal({ ...defaultGoalFields, title: 'Lead a team' });
    const planId = await services.growth.createPlan({
      title: 'Leadership plan',
      goalId,
      status: 'active',
      reviewCadence: 'monthly',
    });
    const [plan, release] = services.growth.open(planId);
    await plan.ready;
    savePlanRecord(
      plan.doc,
      'milestones',
      {
        id: 'm1',
        title: 'Run a team retro',
        owner: { kind: 'me' },
        startDate: null,
        dueDate: '2026-12-15',
        status: 'not-started',
        successCriterion: 'Retro held with actions agreed',
        evidence: '',
        completedAt: null,
      },
      Date.now(),
    );
    services.growth.reindexPlan(plan.doc);
    release();

    await createFromTemplate(user, 'Blank page');
    const entryId = window.location.hash.split('/').pop() ?? '';
    const picker = screen.getByLabelText('Link to a goal or milestone');
    await user.selectOptions(picker, 'Lead a team');
    await user.click(screen.getByRole('button', { name: 'Add link' }));
    await user.selectOptions(picker, 'Run a team retro');
    await user.click(screen.getByRole('button', { name: 'Add link' }));

    const linked = screen.getByRole('list', { name: 'Linked goals and milestones' });
    expect(within(linked).getByRole('link', { name: 'Lead a team' })).toHaveAttribute(
      'href',
      `#/goals/${goalId}`,
    );
    expect(within(linked).getByRole('link', { name: 'Run a team retro (Leadership plan)' })).toHaveAttribute(
      'href',
      `#/plans/${planId}`,
    );
    await waitFor(() =>
      expect(readVaultEntry(services.vault.doc, entryId)?.links).toEqual([
        `goal:${goalId}`,
        `milestone:${planId}:m1`,
      ]),
    );

    await user.click(screen.getByRole('button', { name: 'Remove link to Lead a team' }));
    await waitFor(() =>
      expect(readVaultEntry(services.vault.doc, entryId)?.links).toEqual([`milestone:${planId}:m1`]),
    );
  });

  it('offers no link picker while there are no goals or plans', async () => {
    const { user } = await renderJournal();
    await createFromTemplate(user, 'Blank page');
    expect(screen.queryByLabelText('Link to a goal or milestone')).not.toBeInTheDocument();
  });
});
