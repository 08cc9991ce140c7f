import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readGoal } from '../../../shared/schema/goal';
import {
  at,
  bootOverview,
  createGoal,
  createPlan,
  markDone,
  renderOverview,
  testClock,
} from './renderOverview';

/** Wednesday 25 November 2026 at noon: the chart runs December 2025 – November 2026. */
const TODAY = '2026-11-25';

const section = (name: string | RegExp) => screen.getByRole('region', { name });
const list = (name: string | RegExp) => screen.getByRole('list', { name });
const chartTable = () => screen.getByRole('table', { name: 'Milestones done per month' });

/** Month → count, as the chart's text alternative states them. */
function chartCounts(): Record<string, number> {
  const rows = within(chartTable()).getAllByRole('row').slice(1);
  return Object.fromEntries(
    rows.map((row) => [
      within(row).getByRole('rowheader').textContent,
      Number(within(row).getByRole('cell').textContent),
    ]),
  );
}

/** Titles in a milestone list, in order, each with its due date (the <time> element). */
function milestoneRows(name: string | RegExp) {
  return within(list(name))
    .getAllByRole('listitem')
    .map((item) => ({
      title: within(item).getAllByRole('link')[0]!.textContent,
      due: item.querySelector('time')?.getAttribute('datetime'),
      text: item.textContent,
    }));
}

afterEach(() => {
  delete document.documentElement.dataset.overviewState;
});

describe('Growth overview', () => {
  it('invites the first goal when there is nothing yet, and marks itself ready', async () => {
    const clock = testClock(at(TODAY));
    const { services } = await bootOverview(clock);
    renderOverview(services);
    expect(screen.getByRole('heading', { level: 1, name: 'Growth' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create your first goal' })).toHaveAttribute('href', '#/goals');
    expect(document.documentElement.dataset.overviewState).toBe('ready');
    expect(performance.getEntriesByName('tandem:overview-ready', 'mark').length).toBeGreaterThan(0);
  });

  it('counts goals by status and links each goal', async () => {
    const clock = testClock(at(TODAY));
    const { services, user } = await bootOverview(clock);
    const lead = await createGoal(services, 'Lead the platform team', 'active');
    await createGoal(services, 'Speak at a conference', 'active');
    await createGoal(services, 'Try product management', 'exploring');
    await createGoal(services, 'Get certified in security', 'achieved');
    renderOverview(services);

    const goals = section('Goals');
    const count = (status: string) =>
      within(goals).getByRole('heading', { level: 3, name: new RegExp(status) });
    expect(count('Active')).toHaveTextContent('2 Active');
    expect(count('Exploring')).toHaveTextContent('1 Exploring');
    expect(count('Achieved')).toHaveTextContent('1 Achieved');
    expect(count('Parked')).toHaveTextContent('0 Parked');
    const link = within(goals).getByRole('link', { name: 'Lead the platform team' });
    expect(link).toHaveAttribute('href', `#/goals/${lead}`);
    await user.click(link);
    expect(await screen.findByRole('heading', { name: 'Goal page' })).toBeInTheDocument();
  });

  it('lists milestones due in the next 30 days and overdue ones for the injected date', async () => {
    const clock = testClock(at(TODAY));
    const { services } = await bootOverview(clock);
    const planId = await createPlan(services, clock, {
      title: 'Become a staff engineer',
      milestones: [
        { id: 'm1', title: 'Write the design doc', dueDate: '2026-11-20' },
        { id: 'm2', title: 'Present at the guild', dueDate: '2026-11-25', owner: { kind: 'manager' } },
        {
          id: 'm3',
          title: 'Mentor a new joiner',
          dueDate: '2026-12-25',
          owner: { kind: 'person', name: 'Priya' },
        },
        { id: 'm4', title: 'Too far ahead', dueDate: '2026-12-26' },
        { id: 'm5', title: 'Already finished', dueDate: '2026-11-01', doneAt: at('2026-10-30') },
        { id: 'm6', title: 'Very late', dueDate: '2026-09-01', status: 'blocked' },
      ],
    });
    await createPlan(services, clock, {
      title: 'Paused plan',
      status: 'paused',
      milestones: [{ id: 'p1', title: 'Paused and due', dueDate: '2026-11-26' }],
    });
    renderOverview(services);

    const overdue = milestoneRows('Overdue milestones');
    expect(overdue.map((m) => [m.title, m.due])).toEqual([
      ['Very late', '2026-09-01'],
      ['Write the design doc', '2026-11-20'],
    ]);
    expect(overdue[1]!.text).toContain('5 days overdue');
    expect(overdue[0]!.text).toContain('Blocked');
    expect(screen.getByRole('heading', { name: 'Overdue (2)' })).toBeInTheDocument();

    const dueSoon = milestoneRows('Milestones due in the next 30 days');
    expect(dueSoon.map((m) => [m.title, m.due])).toEqual([
      ['Present at the guild', '2026-11-25'],
      ['Mentor a new joiner', '2026-12-25'],
    ]);
    expect(dueSoon[0]!.text).toContain('Due today');
    expect(dueSoon[0]!.text).toContain('Plan: Become a staff engineer');
    expect(dueSoon[0]!.text).toContain('Owner: My manager');
    expect(dueSoon[1]!.text).toContain('Due in 30 days');
    expect(dueSoon[1]!.text).toContain('Owner: Priya');
    expect(within(list('Milestones due in the next 30 days')).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      `#/plans/${planId}`,
    );

    // Only the active plan, with its completion in words as well as a bar.
    const plans = within(list('Active plans')).getAllByRole('listitem');
    expect(plans).toHaveLength(1);
    expect(plans[0]).toHaveTextContent('Become a staff engineer');
    expect(plans[0]).toHaveTextContent('1 of 6 milestones done');
    expect(plans[0]).toHaveTextContent('17%');
    expect(plans[0]).toHaveTextContent('2 overdue');
  });

  it('shows the first five overdue milestones and the rest on request', async () => {
    const clock = testClock(at(TODAY));
    const { services, user } = await bootOverview(clock);
    await createPlan(services, clock, {
      title: 'Catch-up plan',
      milestones: Array.from({ length: 7 }, (_, i) => ({
        id: `late-${i}`,
        title: `Late step ${i + 1}`,
        dueDate: `2026-10-0${i + 1}`,
      })),
    });
    renderOverview(services);
    expect(milestoneRows('Overdue milestones').map((m) => m.title)).toEqual([
      'Late step 1',
      'Late step 2',
      'Late step 3',
      'Late step 4',
      'Late step 5',
    ]);
    await user.click(screen.getByRole('button', { name: 'Show all 7' }));
    expect(milestoneRows('Overdue milestones')).toHaveLength(7);
    expect(screen.getByRole('button', { name: 'Show fewer' })).toBeInTheDocument();
  });

  it('states the monthly counts in the chart’s text alternative', async () => {
    const clock = testClock(at(TODAY));
    const { services } = await bootOverview(clock);
    await createPlan(services, clock, {
      title: 'Grow as a speaker',
      milestones: [
        { id: 'a', title: 'Lightning talk', dueDate: '2026-03-31', doneAt: at('2026-03-05') },
        { id: 'b', title: 'Meetup talk', dueDate: '2026-03-31', doneAt: at('2026-03-20') },
        { id: 'c', title: 'Write an abstract', dueDate: '2026-06-30', doneAt: at('2026-06-10') },
        { id: 'd', title: 'Before the window', dueDate: '2025-11-30', doneAt: at('2025-11-15') },
        { id: 'e', title: 'First of the window', dueDate: '2025-12-31', doneAt: at('2025-12-01') },
        { id: 'f', title: 'Not yet', dueDate: '2026-12-31' },
      ],
    });
    renderOverview(services);

    const counts = chartCounts();
    expect(Object.keys(counts)).toHaveLength(12);
    expect(Object.keys(counts)[0]).toBe('December 2025');
    expect(Object.keys(counts)[11]).toBe('November 2026');
    expect(counts).toMatchObject({ 'December 2025': 1, 'March 2026': 2, 'June 2026': 1, 'November 2026': 0 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(4);

    const chart = screen.getByRole('img', { name: /Milestones done per month/ });
    expect(chart).toHaveAccessibleName(/4 milestones done from December 2025 to November 2026/);
    expect(chart).toHaveAccessibleName(/the most in March 2026 \(2\)/);
    expect(chart.querySelector('title')).toHaveTextContent('Milestones done per month');
    expect(chart.querySelector('[data-month="2026-03"]')).toHaveTextContent('2');
  });

  it('moves a milestone marked done into the chart and the wins, out of what is due', async () => {
    const clock = testClock(at('2026-11-10'));
    const { services, user } = await bootOverview(clock);
    const goal = await createGoal(services, 'Lead the platform team', 'active');
    const planId = await createPlan(services, clock, {
      title: 'Platform lead plan',
      goalId: goal,
      milestones: [
        { id: 'one', title: 'Run the planning session', dueDate: '2026-11-30' },
        { id: 'two', title: 'Own the on-call rota', dueDate: '2026-12-10' },
      ],
    });
    clock.ms = at(TODAY);
    renderOverview(services);
    expect(screen.getByText(/Nothing finished in the last 30 days yet/)).toBeInTheDocument();
    expect(chartCounts()['November 2026']).toBe(0);
    expect(milestoneRows('Milestones due in the next 30 days').map((m) => m.title)).toContain(
      'Run the planning session',
    );

    await markDone(services, planId, 'one', at(TODAY));

    expect(chartCounts()['November 2026']).toBe(1);
    expect(screen.getByRole('img', { name: /1 milestone this month/ })).toBeInTheDocument();
    const wins = within(list('Recent wins')).getAllByRole('listitem');
    expect(wins).toHaveLength(1);
    expect(wins[0]).toHaveTextContent('Run the planning session');
    expect(wins[0]).toHaveTextContent('Milestone done in Platform lead plan');
    expect(section(/Recent wins/)).toHaveTextContent('1 milestone done in the last 30 days.');
    expect(milestoneRows('Milestones due in the next 30 days').map((m) => m.title)).toEqual([
      'Own the on-call rota',
    ]);
    expect(within(list('Active plans')).getByRole('listitem')).toHaveTextContent('1 of 2 milestones done');

    // Achieving the goal is a win too, newest first.
    clock.ms = at(TODAY) + 60_000;
    const [item, release] = services.growth.open(goal);
    await item.ready;
    const fields = readGoal(item.doc)!;
    act(() => services.growth.saveGoal(item.doc, { ...fields, status: 'achieved' }));
    release();
    const updated = within(list('Recent wins')).getAllByRole('listitem');
    expect(updated.map((w) => w.textContent)).toEqual([
      expect.stringContaining('Goal achieved'),
      expect.stringContaining('Run the planning session'),
    ]);
    expect(section(/Recent wins/)).toHaveTextContent(
      '1 milestone done and 1 goal achieved in the last 30 days.',
    );

    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(chartTable()).not.toHaveClass('visually-hidden');
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
  });
});
