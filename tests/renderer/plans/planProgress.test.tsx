import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { savePlanRecord, type Milestone } from '../../../shared/schema/plan';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import {
  TODAY_MS,
  freshBootOptions,
  milestoneTitles,
  planList,
  planSummary,
  renderPlans,
  section,
} from './renderPlans';
import { isolate } from '../../../shared/i18n/locales';
import { sentence } from '../i18n/sentence';

const milestone = (id: string, title: string, dueDate: string): Milestone => ({
  id,
  title,
  owner: { kind: 'me' },
  startDate: null,
  dueDate,
  status: 'not-started',
  successCriterion: '',
  evidence: '',
  completedAt: null,
});

/** A plan with three milestones on "today" = 10 March 2026: one overdue, two ahead. */
async function seedPlan(services: AppServices): Promise<string> {
  const id = await services.growth.createPlan({
    title: 'Speaking plan',
    goalId: null,
    status: 'active',
    reviewCadence: null,
  });
  const [item, release] = services.growth.open(id);
  await item.ready;
  for (const m of [
    milestone('m1', 'Pick a topic', '2026-03-01'),
    milestone('m2', 'Write the outline', '2026-03-20'),
    milestone('m3', 'Give the talk', '2026-04-15'),
  ])
    savePlanRecord(item.doc, 'milestones', m, TODAY_MS);
  services.growth.reindexPlan(item.doc);
  release();
  return id;
}

async function renderSeeded() {
  let id = '';
  const result = await renderPlans({
    options: freshBootOptions({ now: () => TODAY_MS }),
    seed: async (s) => {
      id = await seedPlan(s);
    },
  });
  await result.user.click(within(planList()).getByRole('link', { name: 'Speaking plan' }));
  await screen.findByRole('heading', { name: 'Speaking plan', level: 1 });
  return { ...result, id };
}

const progress = () => section('Progress');
const milestoneItem = (title: string) =>
  within(section('Milestones')).getByRole('heading', { name: title }).closest('li')!;

describe('plan progress', () => {
  it('shows completion, overdue and next due, and updates them as milestones are done', async () => {
    const { user, services, id } = await renderSeeded();
    expect(within(progress()).getByText('0 of 3 milestones done (0%)')).toBeInTheDocument();
    expect(within(progress()).getByRole('progressbar', { name: 'Plan completion' })).toHaveAttribute(
      'value',
      '0',
    );
    const overdue = within(progress()).getByRole('group', { name: 'Overdue milestones' });
    expect(overdue).toHaveTextContent('1 milestone overdue');
    expect(overdue).toHaveTextContent(/Pick a topic — .* \(9 days overdue\)/);
    expect(
      within(progress()).getByText(sentence(/^Next due: Write the outline — .* \(due in 10 days\)$/)),
    ).toBeInTheDocument();
    // Overdue is said in words on the milestone itself, not shown by colour alone.
    expect(within(milestoneItem('Pick a topic')).getByText('Overdue')).toBeInTheDocument();
    expect(within(milestoneItem('Write the outline')).queryByText('Overdue')).not.toBeInTheDocument();
    const listed = within(planList()).getByRole('link', { name: 'Speaking plan' }).closest('li')!;
    expect(listed).toHaveTextContent('1 milestone overdue');
    expect(listed).toHaveTextContent('Next due: Write the outline');

    await user.selectOptions(screen.getByLabelText('Status of Write the outline'), 'Done');
    expect(within(progress()).getByText('1 of 3 milestones done (33%)')).toBeInTheDocument();
    expect(
      within(progress()).getByText(sentence(/^Next due: Give the talk — .* \(due in 36 days\)$/)),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`Milestone done: “${isolate('Write the outline')}”. Nicely done.`),
    ).toBeInTheDocument();
    expect(milestoneItem('Write the outline').querySelector('[data-celebrate]')).not.toBeNull();
    expect(listed).toHaveTextContent('1 of 3 milestones done (33%)');
    expect(planSummary(services, id)?.milestones[1]).toMatchObject({ status: 'done', completedAt: TODAY_MS });

    await user.selectOptions(screen.getByLabelText('Status of Pick a topic'), 'Done');
    expect(within(progress()).getByText('2 of 3 milestones done (67%)')).toBeInTheDocument();
    expect(within(progress()).queryByRole('group', { name: 'Overdue milestones' })).not.toBeInTheDocument();
    expect(within(milestoneItem('Pick a topic')).queryByText('Overdue')).not.toBeInTheDocument();
    expect(listed).not.toHaveTextContent('overdue');

    // Undo from the celebration message puts the status back.
    await user.click(screen.getAllByRole('button', { name: 'Undo' }).at(-1)!);
    expect(within(progress()).getByText('1 of 3 milestones done (33%)')).toBeInTheDocument();
    expect(within(milestoneItem('Pick a topic')).getByText('Overdue')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status of Give the talk'), 'Blocked');
    expect(within(progress()).getByText('1 milestone blocked')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status of Pick a topic'), 'Done');
    await user.selectOptions(screen.getByLabelText('Status of Give the talk'), 'Done');
    expect(within(progress()).queryByText('1 milestone blocked')).not.toBeInTheDocument();
    expect(within(progress()).getByText('3 of 3 milestones done (100%)')).toBeInTheDocument();
    expect(within(progress()).getByText('Every milestone is done.')).toBeInTheDocument();
    expect(planSummary(services, id)?.milestones.map((m) => m.status)).toEqual(['done', 'done', 'done']);
  });

  it('reorders milestones from the keyboard, keeping focus on the moved one', async () => {
    const { user, services, id } = await renderSeeded();
    const upOfTalk = screen.getByRole('button', { name: 'Move Give the talk up' });
    act(() => upOfTalk.focus());
    await user.keyboard('{Enter}');
    expect(milestoneTitles()).toEqual(['Pick a topic', 'Give the talk', 'Write the outline']);
    expect(screen.getByRole('button', { name: 'Move Give the talk up' })).toHaveFocus();
    expect(screen.getByText('Moved “Give the talk” to position 2 of 3')).toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(milestoneTitles()).toEqual(['Give the talk', 'Pick a topic', 'Write the outline']);
    // At the top "Move up" is disabled, so focus lands on "Move down".
    expect(screen.getByRole('button', { name: 'Move Give the talk up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Give the talk down' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Move Pick a topic down' }));
    expect(milestoneTitles()).toEqual(['Give the talk', 'Write the outline', 'Pick a topic']);
    expect(planSummary(services, id)?.milestones.map((m) => m.id)).toEqual(['m3', 'm2', 'm1']);
  });

  it('deletes a milestone with Undo, back in its place', async () => {
    const { user, services, id } = await renderSeeded();
    await user.click(screen.getByRole('button', { name: 'Delete milestone: Write the outline' }));
    expect(milestoneTitles()).toEqual(['Pick a topic', 'Give the talk']);
    expect(within(progress()).getByText('0 of 2 milestones done (0%)')).toBeInTheDocument();
    expect(planSummary(services, id)?.milestones).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Add milestone' })).toHaveFocus();

    expect(screen.getByText(`Deleted milestone “${isolate('Write the outline')}”`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(milestoneTitles()).toEqual(['Pick a topic', 'Write the outline', 'Give the talk']);
    await waitFor(() =>
      expect(planSummary(services, id)?.milestones.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']),
    );
  });
});
