import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveCompetency } from '../../../shared/schema/competency';
import { defaultGoalFields } from '../../../shared/schema/goal';
import { readGoalSummaries } from '../../../shared/schema/growthIndex';
import { MARCH_3, freshBootOptions, renderGrowth } from './renderGrowth';
import { isolate } from '../../../shared/i18n/locales';

const goalList = () => screen.getByRole('navigation', { name: 'Goals' });
const goalForm = (name: string) => screen.getByRole('form', { name });

describe('goals', () => {
  it('creates a goal with every field and shows it, grouped by status, with path and horizon', async () => {
    const { user } = await renderGrowth('/goals');
    expect(screen.getByText('No goals yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /New goal/ }));
    const form = goalForm('New goal');
    await user.type(within(form).getByLabelText('Title'), 'Lead the platform team');
    await user.type(within(form).getByLabelText('Why it matters to me'), 'I enjoy growing people');
    await user.type(
      within(form).getByLabelText('How it aligns with team or organisation priorities'),
      'We are hiring two squads',
    );
    await user.selectOptions(within(form).getByLabelText('Time horizon'), 'Within two years');
    await user.selectOptions(within(form).getByLabelText('Status'), 'Active');
    await user.click(within(form).getByRole('radio', { name: 'Lateral move' }));
    await user.click(within(form).getByRole('button', { name: 'Create goal' }));

    const goal = await screen.findByRole('article', { name: 'Lead the platform team' });
    expect(within(goal).getByText('I enjoy growing people')).toBeInTheDocument();
    expect(within(goal).getByText('We are hiring two squads')).toBeInTheDocument();
    expect(within(goal).getByText('Lateral move')).toBeInTheDocument();
    expect(within(goal).getByText('Within two years')).toBeInTheDocument();
    const active = within(goalList()).getByRole('list', { name: 'Active' });
    const link = within(active).getByRole('link', { name: /Lead the platform team/ });
    expect(link).toHaveTextContent('Lateral move · Within two years');
    expect(link).toHaveAttribute('aria-current', 'page');
  });

  it('rejects an empty title with a specific message beside it, and writes nothing', async () => {
    const { user, services } = await renderGrowth('/goals');
    await user.click(screen.getByRole('button', { name: /New goal/ }));
    const title = within(goalForm('New goal')).getByLabelText('Title');
    await user.type(title, '   ');
    await user.click(screen.getByRole('button', { name: 'Create goal' }));
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Give the goal a title');
    expect(title).toHaveFocus();
    expect(readGoalSummaries(services.vault.doc)).toHaveLength(0);

    // Typing clears the message; Cancel drops the draft without saving it.
    await user.type(title, 'Half a thought');
    expect(title).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'New goal' })).not.toBeInTheDocument();
    expect(screen.getByText('No goals yet.')).toBeInTheDocument();
    expect(readGoalSummaries(services.vault.doc)).toHaveLength(0);
  });

  it('saves edits, and Cancel leaves the goal as it was', async () => {
    const options = freshBootOptions();
    const { user, services } = await renderGrowth('/goals', options);
    const id = await services.growth.createGoal({ ...defaultGoalFields, title: 'Speak at a conference' });
    await user.click(await within(goalList()).findByRole('link', { name: /Speak at a conference/ }));
    await screen.findByRole('article', { name: 'Speak at a conference' });

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const title = within(goalForm('Edit goal')).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Never shown');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('article', { name: 'Speak at a conference' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.clear(within(goalForm('Edit goal')).getByLabelText('Title'));
    await user.type(within(goalForm('Edit goal')).getByLabelText('Title'), 'Give a keynote');
    await user.type(within(goalForm('Edit goal')).getByLabelText('Why it matters to me'), 'Visibility');
    await user.click(screen.getByRole('radio', { name: /^Expert/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const goal = await screen.findByRole('article', { name: 'Give a keynote' });
    expect(within(goal).getByText('Visibility')).toBeInTheDocument();
    expect(within(goal).getByText('Expert / individual-contributor track')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(goalList()).getByRole('link', { name: /Give a keynote/ })).toBeInTheDocument(),
    );
    expect(readGoalSummaries(services.vault.doc).find((g) => g.id === id)?.path).toBe('expert');
  });

  it('celebrates a goal when it is achieved and stamps when, in the index', async () => {
    const { user, services } = await renderGrowth('/goals', freshBootOptions({ now: () => MARCH_3 }));
    const id = await services.growth.createGoal({
      ...defaultGoalFields,
      title: 'Ship the design system',
      status: 'active',
    });
    await user.click(await within(goalList()).findByRole('link', { name: /Ship the design system/ }));
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.selectOptions(within(goalForm('Edit goal')).getByLabelText('Status'), 'Achieved');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText(`Goal achieved: “${isolate('Ship the design system')}”. Well done!`),
    ).toBeInTheDocument();
    const badge = screen.getByText(/^Achieved 3 Mar 2026/);
    expect(badge).toHaveAttribute('data-celebrate', 'true');
    const summary = readGoalSummaries(services.vault.doc).find((g) => g.id === id);
    expect(summary).toMatchObject({ status: 'achieved', achievedAt: MARCH_3 });
    expect(
      within(within(goalList()).getByRole('list', { name: 'Achieved' })).getByRole('link', {
        name: /Ship the design system/,
      }),
    ).toBeInTheDocument();

    // Saving again without a change of status is not a second celebration.
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText(/^Achieved 3 Mar 2026/)).not.toHaveAttribute('data-celebrate');
  });

  it('links existing competencies and one added on the spot', async () => {
    const { user, services } = await renderGrowth('/goals');
    saveCompetency(
      services.vault.doc,
      'c-facilitation',
      { name: 'Facilitation', description: '', current: 2, target: 4 },
      MARCH_3,
    );
    saveCompetency(
      services.vault.doc,
      'c-sql',
      { name: 'SQL', description: '', current: 3, target: 3 },
      MARCH_3,
    );
    await user.click(screen.getByRole('button', { name: /New goal/ }));
    const form = goalForm('New goal');
    await user.type(within(form).getByLabelText('Title'), 'Run the team retro');
    const checklist = within(form).getByRole('group', { name: 'Competencies this goal builds' });
    await user.click(within(checklist).getByRole('checkbox', { name: /Facilitation/ }));

    await user.click(within(checklist).getByRole('button', { name: /New competency/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New competency' });
    await user.click(within(dialog).getByRole('button', { name: 'Add competency' }));
    expect(within(dialog).getByLabelText('Name')).toHaveAccessibleDescription('Give the competency a name');
    await user.type(within(dialog).getByLabelText('Name'), 'Coaching');
    const level = (group: string, name: string) =>
      within(within(dialog).getByRole('radiogroup', { name: group })).getByRole('radio', { name });
    await user.click(level('Current level', '1 Aware'));
    await user.click(level('Target level', '3 Practising'));
    await user.click(within(dialog).getByRole('button', { name: 'Add competency' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The goal form is still open, untouched, with the new competency ticked.
    expect(within(form).getByLabelText('Title')).toHaveValue('Run the team retro');
    expect(within(checklist).getByRole('checkbox', { name: /Coaching/ })).toBeChecked();
    expect(within(checklist).getByRole('checkbox', { name: /SQL/ })).not.toBeChecked();

    await user.click(within(form).getByRole('button', { name: 'Create goal' }));
    const goal = await screen.findByRole('article', { name: 'Run the team retro' });
    const linked = within(goal).getByRole('list', { name: 'Competencies' });
    expect(
      within(linked)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^Coaching now Aware \(1\), target Practising \(3\) · Gap: 2 levels to go/),
      expect.stringMatching(/^Facilitation now Learning \(2\), target Skilled \(4\)/),
    ]);
    const [summary] = readGoalSummaries(services.vault.doc);
    expect(summary?.competencyIds).toHaveLength(2);
    expect(summary?.competencyIds).toContain('c-facilitation');
  });
});
