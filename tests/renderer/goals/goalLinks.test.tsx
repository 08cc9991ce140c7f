import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveCompetency } from '../../../shared/schema/competency';
import { defaultGoalFields } from '../../../shared/schema/goal';
import { upsertVaultEntry, type VaultEntry } from '../../../shared/schema/vault';
import { MARCH_3, freshBootOptions, renderGrowth } from './renderGrowth';
import { isolate } from '../../../shared/i18n/locales';

const goalList = () => screen.getByRole('navigation', { name: 'Goals' });

function reflection(id: string, title: string, links: string[], deletedAt: number | null = null): VaultEntry {
  return {
    ...{ id, title, links, deletedAt },
    kind: 'reflection',
    createdAt: MARCH_3,
    updatedAt: MARCH_3,
    tags: [],
    templateId: 'blank',
    excerpt: '',
    wordCount: 0,
  };
}

describe('a goal and what links to it', () => {
  it('lists its plans, the reflections that link to it and feedback about it', async () => {
    const { user, services } = await renderGrowth('/goals');
    const { growth, vault } = services;
    const goalId = await growth.createGoal({ ...defaultGoalFields, title: 'Become a staff engineer' });
    const otherId = await growth.createGoal({ ...defaultGoalFields, title: 'Learn Rust' });
    const planId = await growth.createPlan({
      title: 'Staff plan 2026',
      goalId,
      status: 'active',
      reviewCadence: null,
    });
    await growth.createPlan({ title: 'Rust plan', goalId: otherId, status: 'active', reviewCadence: null });
    const feedback = {
      givenOn: '2026-02-20',
      impact: 'The team agreed quickly',
      nextStep: 'Do it again',
      competencyId: null,
    };
    const feedbackId = await growth.createFeedback({
      ...feedback,
      from: 'Priya',
      behaviour: 'You wrote a clear RFC',
      goalId,
    });
    await growth.createFeedback({ ...feedback, from: 'Sam', behaviour: 'Nice Rust', goalId: otherId });
    upsertVaultEntry(vault.doc, reflection('r1', 'Wrote my first design doc', [`goal:${goalId}`]));
    upsertVaultEntry(vault.doc, reflection('r2', 'About Rust', [`goal:${otherId}`]));
    upsertVaultEntry(vault.doc, reflection('r3', 'Deleted musing', [`goal:${goalId}`], MARCH_3));

    await user.click(await within(goalList()).findByRole('link', { name: /Become a staff engineer/ }));
    const goal = await screen.findByRole('article', { name: 'Become a staff engineer' });

    const plans = within(goal).getByRole('list', { name: 'Development plans' });
    expect(
      within(plans)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual([`#/plans/${planId}`]);
    expect(plans).toHaveTextContent('Staff plan 2026 Active · no milestones yet');

    const notes = within(goal).getByRole('list', { name: 'Feedback' });
    const note = within(notes).getByRole('link', { name: 'From Priya, 20 Feb 2026' });
    expect(note).toHaveAttribute('href', `#/feedback/${feedbackId}`);
    expect(notes).toHaveTextContent('You wrote a clear RFC');
    expect(notes).not.toHaveTextContent('Sam');

    const reflections = within(goal).getByRole('list', { name: 'Reflections' });
    expect(
      within(reflections)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Wrote my first design doc']);
    await user.click(within(reflections).getByRole('link', { name: 'Wrote my first design doc' }));
    expect(await screen.findByText('Journal page')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/journal/r1');
  });

  it('says plainly when nothing links to a goal yet', async () => {
    const { user, services } = await renderGrowth('/goals');
    await services.growth.createGoal({ ...defaultGoalFields, title: 'Mentor someone' });
    await user.click(await within(goalList()).findByRole('link', { name: /Mentor someone/ }));
    const goal = await screen.findByRole('article', { name: 'Mentor someone' });
    expect(within(goal).getByText('No development plan for this goal yet.')).toBeInTheDocument();
    expect(within(goal).getByText(/No reflections link to this goal yet/)).toBeInTheDocument();
    expect(within(goal).getByText('No feedback notes about this goal yet.')).toBeInTheDocument();
  });

  it('filters the list by status', async () => {
    const { user, services } = await renderGrowth('/goals');
    await services.growth.createGoal({ ...defaultGoalFields, title: 'Active one', status: 'active' });
    await services.growth.createGoal({ ...defaultGoalFields, title: 'Parked one', status: 'parked' });
    await within(goalList()).findByRole('link', { name: /Parked one/ });
    await user.click(screen.getByRole('radio', { name: 'Parked (1)' }));
    expect(
      within(goalList())
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([expect.stringMatching(/^Parked one/)]);
    await user.click(screen.getByRole('radio', { name: 'Achieved (0)' }));
    expect(within(goalList()).getByText('No achieved goals.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'All (2)' }));
    expect(within(goalList()).getAllByRole('link')).toHaveLength(2);
  });

  it('deletes a goal and brings it back with Undo', async () => {
    const { user, services } = await renderGrowth('/goals');
    await services.growth.createGoal({ ...defaultGoalFields, title: 'Keep me' });
    await user.click(await within(goalList()).findByRole('link', { name: /Keep me/ }));
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(screen.getByText('No goals yet.')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/goals');
    expect(screen.getByText(`Deleted “${isolate('Keep me')}”`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Keep me' })).toBeInTheDocument();
    expect(within(goalList()).getByRole('link', { name: /Keep me/ })).toHaveAttribute('aria-current', 'page');
  });

  it('keeps goals, their edits and their links after the app is closed and opened again', async () => {
    const options = freshBootOptions();
    const first = await renderGrowth('/goals', options);
    saveCompetency(
      first.services.vault.doc,
      'c-discovery',
      { name: 'Product discovery', description: '', current: 1, target: 4 },
      MARCH_3,
    );
    await first.user.click(screen.getByRole('button', { name: /New goal/ }));
    await first.user.type(screen.getByLabelText('Title'), 'Move into product');
    await first.user.click(screen.getByRole('radio', { name: 'Lateral move' }));
    await first.user.click(screen.getByRole('checkbox', { name: /Product discovery/ }));
    await first.user.click(screen.getByRole('button', { name: 'Create goal' }));
    await first.user.click(await screen.findByRole('button', { name: 'Edit' }));
    await first.user.type(screen.getByLabelText('Why it matters to me'), 'Closer to users');
    await first.user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Closer to users');
    await first.close();

    const second = await renderGrowth('/goals', options);
    await second.user.click(await within(goalList()).findByRole('link', { name: /Move into product/ }));
    const goal = await screen.findByRole('article', { name: 'Move into product' });
    expect(within(goal).getByText('Closer to users')).toBeInTheDocument();
    expect(within(goal).getByText('Lateral move')).toBeInTheDocument();
    expect(within(goal).getByRole('link', { name: 'Product discovery' })).toHaveAttribute(
      'href',
      '#/competencies',
    );
  });
});
