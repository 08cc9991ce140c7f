import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoDateAt } from '../../shared/schema/dates';
import { saveScreenshot, startHarness, type Harness } from './harness';
import { appStateReady, goToRoute, settledSaved } from './harness/appState';
import { isolate } from '../../shared/i18n/locales';

/**
 * Goals, a development plan and the Growth overview end to end, in the built app with the real
 * main-process handlers: create a goal and a plan with milestones through their pages, mark
 * milestones done and watch the overview (lists, bars, wins, the monthly chart) follow, reload
 * and find it all intact. Tests run in order and share one profile.
 */

const TIME_ZONE = 'Europe/London'; // the harness's browser zone: "today" as the app sees it
const today = isoDateAt(Date.now(), TIME_ZONE);
const thisMonth = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(Date.parse(`${today}T00:00:00Z`));

const GOAL = 'Lead the platform team';
const PLAN = 'Platform lead plan';
const milestones = [
  { title: 'Draft the team charter', due: addDays(today, -10), owner: 'Me' },
  { title: 'Shadow the current lead', due: addDays(today, -3), owner: 'Me' },
  { title: 'Run the planning offsite', due: addDays(today, 5), owner: 'Me' },
  { title: 'Present the roadmap', due: addDays(today, 12), owner: 'My manager' },
  { title: 'Take over the on-call rota', due: addDays(today, 60), owner: 'Me' },
] as const;

// The page is a region of the shell's one main landmark, named by its heading.
const overview = (page: Page) => page.getByRole('region', { name: 'Growth' });
const listTitles = async (page: Page, name: string) =>
  (await overview(page).getByRole('list', { name, exact: true }).count()) === 0
    ? []
    : overview(page).getByRole('list', { name, exact: true }).getByRole('listitem').allTextContents();

async function openOverview(page: Page): Promise<void> {
  await goToRoute(page, '/growth');
  await appStateReady(page, 'overview-state');
  await overview(page).waitFor();
}

/** This month's count as the chart's text alternative (its table) states it. */
async function doneThisMonth(page: Page): Promise<number> {
  const table = overview(page).getByRole('table', { name: 'Milestones done per month' });
  const row = table.getByRole('row', { name: new RegExp(`^${thisMonth}`) });
  return Number(await row.getByRole('cell').textContent());
}

async function openPlan(page: Page): Promise<void> {
  await goToRoute(page, '/plans');
  await page
    .getByRole('link', { name: new RegExp(PLAN) })
    .first()
    .click();
  await page.getByRole('list', { name: 'Milestones' }).waitFor();
}

/** Closes the "Milestone done" toasts, so screenshots show the page under them. */
async function dismissToasts(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

async function markDone(page: Page, title: string): Promise<void> {
  await page.getByRole('combobox', { name: `Status of ${title}` }).selectOption({ label: 'Done' });
  await page
    .getByRole('status')
    .filter({ hasText: `Milestone done: “${isolate(title)}”` })
    .waitFor();
  await settledSaved(page);
}

describe('growth: goals, plans and the overview', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness({ colorScheme: 'light', viewport: { width: 1200, height: 1000 } });
    page = harness.context.pages()[0] ?? (await harness.newPage());
    await page.goto(harness.appUrl);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await appStateReady(page, 'journal-state');
  });

  afterAll(async () => {
    await harness.close();
  });

  it('invites the first goal when there is nothing yet', async () => {
    await openOverview(page);
    await saveScreenshot(page, 'growth-overview-empty');
    await overview(page).getByRole('link', { name: 'Create your first goal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goals' }).waitFor();
  });

  it('creates a goal', async () => {
    await page.getByRole('button', { name: /New goal/ }).click();
    const form = page.getByRole('form', { name: 'New goal' });
    await form.getByLabel('Title').fill(GOAL);
    await form.getByLabel('Status').selectOption({ label: 'Active' });
    await form.getByRole('button', { name: 'Create goal' }).click();
    await page.getByRole('navigation', { name: 'Goals' }).getByRole('link', { name: GOAL }).waitFor();
    await settledSaved(page);
  });

  it('creates a plan for the goal with milestones', async () => {
    await goToRoute(page, '/plans');
    await page.getByRole('button', { name: /New plan/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Plan title').fill(PLAN);
    await dialog.getByLabel('Goal').selectOption({ label: GOAL });
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await dialog.waitFor({ state: 'detached' });
    for (const m of milestones) {
      await page.getByRole('button', { name: 'Add milestone' }).click();
      const form = page.getByRole('form', { name: 'New milestone' });
      await form.getByLabel('Milestone', { exact: true }).fill(m.title);
      await form.getByLabel('Owner', { exact: true }).selectOption({ label: m.owner });
      await form.getByLabel('Due date').fill(m.due);
      await form.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('list', { name: 'Milestones' }).getByRole('heading', { name: m.title }).waitFor();
    }
    await settledSaved(page);
  });

  it('shows the goal, the plan and what is due or overdue on the overview', async () => {
    await openOverview(page);
    const goals = overview(page).getByRole('region', { name: 'Goals' });
    expect(await goals.getByRole('heading', { name: /Active/ }).textContent()).toBe('1 Active');
    expect(await goals.getByRole('link', { name: GOAL }).count()).toBe(1);
    const plans = await listTitles(page, 'Active plans');
    expect(plans).toEqual([expect.stringContaining('0 of 5 milestones done')]);
    expect(plans[0]).toContain('2 overdue');
    const overdue = await listTitles(page, 'Overdue milestones');
    expect(overdue.map((t) => milestones.find((m) => t.includes(m.title))?.title)).toEqual([
      'Draft the team charter',
      'Shadow the current lead',
    ]);
    expect(overdue[0]).toContain('10 days overdue');
    const dueSoon = await listTitles(page, 'Milestones due in the next 30 days');
    expect(dueSoon).toEqual([
      expect.stringContaining('Run the planning offsite'),
      expect.stringContaining('Present the roadmap'),
    ]);
    expect(dueSoon[1]).toContain('Owner: My manager');
    expect(dueSoon[1]).toContain(`Plan: ${PLAN}`);
    expect(await doneThisMonth(page)).toBe(0);
    expect(
      await overview(page)
        .getByText(/Nothing finished in the last 30 days yet/)
        .count(),
    ).toBe(1);
  });

  it('follows milestones marked done in the plan: bars, lists, wins and the chart', async () => {
    await openPlan(page);
    await markDone(page, 'Shadow the current lead');
    await markDone(page, 'Run the planning offsite');
    await dismissToasts(page);
    await page.getByRole('heading', { level: 2, name: 'Milestones' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'growth-plan-editor');

    await openOverview(page);
    expect(await listTitles(page, 'Active plans')).toEqual([
      expect.stringContaining('2 of 5 milestones done'),
    ]);
    expect(await doneThisMonth(page)).toBe(2);
    const wins = await listTitles(page, 'Recent wins');
    expect(wins).toHaveLength(2);
    expect(wins.join('\n')).toContain('Shadow the current lead');
    expect(await listTitles(page, 'Overdue milestones')).toEqual([
      expect.stringContaining('Draft the team charter'),
    ]);
    expect(await listTitles(page, 'Milestones due in the next 30 days')).toEqual([
      expect.stringContaining('Present the roadmap'),
    ]);
    await saveScreenshot(page, 'growth-overview');

    await openPlan(page);
    await markDone(page, 'Present the roadmap');
    await openOverview(page);
    expect(await doneThisMonth(page)).toBe(3);
    expect(await listTitles(page, 'Recent wins')).toHaveLength(3);
    expect(await listTitles(page, 'Active plans')).toEqual([
      expect.stringContaining('3 of 5 milestones done'),
    ]);
    const chart = overview(page).getByRole('img', { name: /Milestones done per month/ });
    expect(await chart.getAttribute('aria-label')).toContain('3 milestones this month');
  });

  it('is all intact after a reload', async () => {
    // The page reloads at #/growth: the overview is the first thing the app shows.
    await page.reload();
    await appStateReady(page, 'overview-state');
    expect(await doneThisMonth(page)).toBe(3);
    expect(await listTitles(page, 'Recent wins')).toHaveLength(3);
    expect(await listTitles(page, 'Active plans')).toEqual([
      expect.stringContaining('3 of 5 milestones done'),
    ]);
    expect(await listTitles(page, 'Overdue milestones')).toEqual([
      expect.stringContaining('Draft the team charter'),
    ]);
    await openPlan(page);
    for (const [title, status] of [
      ['Draft the team charter', 'not-started'],
      ['Shadow the current lead', 'done'],
      ['Present the roadmap', 'done'],
    ] as const) {
      expect(await page.getByRole('combobox', { name: `Status of ${title}` }).inputValue()).toBe(status);
    }
    expect(harness.ipcCalls.filter((c) => !c.ok)).toEqual([]);
  });

  it('looks right in dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await dismissToasts(page);
    await saveScreenshot(page, 'growth-plan-editor-dark');
    await openOverview(page);
    await overview(page).getByRole('button', { name: 'Show as table' }).click();
    await saveScreenshot(page, 'growth-overview-dark');
    const barFill = await page.evaluate<string>(
      `getComputedStyle(document.querySelector('.overview-chart-bar')).fill`,
    );
    // The theme's dark accent (#7cc4ad), not the light one: the chart follows the CSS variables.
    expect(barFill).toBe('rgb(124, 196, 173)');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('ran without page errors', () => {
    expect(harness.pageErrors).toEqual([]);
  });
});
