import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { appStateReady, goToRoute, settledSaved } from './harness/appState';
import { auditAccessibility, describeViolations } from './harness/axeAudit';
import { buildPlanFixture } from './harness/planFixture';

/**
 * The accessibility audit: axe-core on every screen and dialog, in the light and the dark theme,
 * failing on any violation; one main landmark on each screen.
 */

const now = Date.UTC(2026, 11, 7, 10);
const plan = buildPlanFixture({ milestoneCount: 4, today: '2026-12-07', now });

interface Screen {
  name: string;
  /** Brings the screen up from anywhere in the app. */
  open: (page: Page) => Promise<void>;
  /** Puts things back (closes the dialog). */
  close?: (page: Page) => Promise<void>;
}

const heading = (page: Page, name: string, level = 1) => page.getByRole('heading', { name, level }).waitFor();

const route =
  (path: string, name: string, level = 1): Screen['open'] =>
  async (page) => {
    await goToRoute(page, path);
    await heading(page, name, level);
  };

const escape = async (page: Page) => {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
};

const screens: Screen[] = [
  { name: 'journal', open: route('/journal', 'Journal') },
  {
    name: 'journal entry',
    open: async (page) => {
      await goToRoute(page, '/journal');
      await page.locator('.two-pane-sidebar a.list-item').first().click();
      await page.locator('[data-testid="entry-editor"][data-ready="true"]').waitFor();
    },
  },
  {
    name: 'new entry dialog',
    open: async (page) => {
      await goToRoute(page, '/journal');
      await page.getByRole('button', { name: 'New entry' }).click();
      await page.getByRole('dialog').waitFor();
    },
    close: escape,
  },
  {
    name: 'journal search',
    open: async (page) => {
      await goToRoute(page, '/journal');
      await page.getByRole('searchbox', { name: 'Search journal' }).fill('audit');
      await page.locator('[data-testid="search-results"][data-query="audit"]').waitFor();
    },
    close: async (page) => {
      await page.getByRole('searchbox', { name: 'Search journal' }).fill('');
    },
  },
  { name: 'growth', open: route('/growth', 'Growth') },
  { name: 'goals', open: route('/goals', 'Goals') },
  { name: 'goal', open: route(`/goals/${plan.goalId}`, plan.goalTitle, 2) },
  {
    name: 'new goal form',
    open: async (page) => {
      await goToRoute(page, '/goals');
      await page.getByRole('button', { name: 'New goal' }).click();
      await heading(page, 'New goal', 2);
    },
  },
  { name: 'plans', open: route('/plans', 'Plans') },
  { name: 'plan', open: route(`/plans/${plan.planId}`, plan.planTitle) },
  {
    name: 'new plan dialog',
    open: async (page) => {
      await goToRoute(page, '/plans');
      await page.getByRole('button', { name: 'New plan' }).click();
      await page.getByRole('dialog').waitFor();
    },
    close: escape,
  },
  {
    name: 'plan history, a version open',
    open: async (page) => {
      await goToRoute(page, `/plans/${plan.planId}`);
      await heading(page, plan.planTitle);
      const toggle = page.getByRole('button', { name: /^History/ });
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      await page.getByRole('list', { name: 'Versions, newest first' }).getByRole('button').first().click();
      await page.getByRole('button', { name: 'Back to all versions' }).waitFor();
    },
    close: async (page) => {
      await page.getByRole('button', { name: 'Back to all versions' }).click();
    },
  },
  {
    name: 'export PDF dialog',
    open: async (page) => {
      await goToRoute(page, `/plans/${plan.planId}`);
      await page.getByRole('button', { name: /^Export PDF/ }).click();
      await page.getByRole('dialog').waitFor();
    },
    close: escape,
  },
  { name: 'competencies', open: route('/competencies', 'Competencies') },
  {
    name: 'new competency form',
    open: async (page) => {
      await goToRoute(page, '/competencies');
      await page.getByRole('button', { name: 'Add competency' }).first().click();
      await heading(page, 'New competency', 2);
    },
  },
  { name: 'feedback', open: route('/feedback', 'Feedback') },
  { name: 'career frameworks', open: route('/frameworks', 'Career frameworks') },
  {
    name: 'start a framework',
    open: async (page) => {
      await goToRoute(page, '/frameworks');
      await page.getByRole('button', { name: 'New framework' }).first().click();
      await heading(page, 'Start a framework', 2);
    },
  },
  {
    name: 'framework with ratings',
    open: async (page) => {
      await goToRoute(page, '/frameworks');
      const made = page.locator('.two-pane-sidebar a.list-item').first();
      if ((await made.count()) === 0) {
        await page.getByRole('button', { name: 'New framework' }).first().click();
        await page.getByRole('button', { name: 'Start from the template' }).click();
      } else {
        await made.click();
      }
      await heading(page, 'Where each track leads', 3);
      const start = page.getByRole('button', { name: 'Start rating' });
      if ((await start.count()) > 0) await start.click();
      await page
        .getByRole('button', { name: /^Save rating of / })
        .first()
        .waitFor();
    },
  },
  {
    name: 'new feedback form',
    open: async (page) => {
      await goToRoute(page, '/feedback');
      await page.getByRole('button', { name: 'New note' }).click();
      await page.locator('.two-pane-main form').waitFor();
    },
  },
  { name: 'one-on-ones', open: route('/one-on-ones', 'One-on-ones') },
  { name: 'people and sharing', open: route('/sharing', 'People & sharing') },
  { name: 'settings', open: route('/settings', 'Settings') },
];

async function mainLandmarks(page: Page): Promise<number> {
  return page.getByRole('main').count();
}

/**
 * Headings whose size contradicts their level: an h2 drawn larger than an h1 of the same pane,
 * an h3 larger than an h2, and so on. axe checks the levels; this checks that what a sighted
 * person sees says the same. A pane is the list, the item beside it, an open dialog (the page
 * behind it is inert then) or the page.
 */
async function headingSizeProblems(page: Page, screen: string): Promise<string[]> {
  const sizes = await page.evaluate<{ pane: number; level: number; size: number; text: string }[]>(`(() => {
    const dialog = document.querySelector('[role="dialog"]');
    const panes = [];
    return [...(dialog ?? document).querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => {
        const pane = h.closest('[role="dialog"], .two-pane-sidebar, .two-pane-main, main');
        if (!panes.includes(pane)) panes.push(pane);
        return {
          pane: panes.indexOf(pane),
          level: Number(h.tagName.slice(1)),
          size: parseFloat(getComputedStyle(h).fontSize),
          text: h.textContent.trim().slice(0, 40),
        };
      });
  })()`);
  const problems: string[] = [];
  for (const heading of sizes) {
    const above = sizes.filter((h) => h.pane === heading.pane && h.level === heading.level - 1);
    if (above.length === 0) continue;
    const smallest = Math.min(...above.map((h) => h.size));
    if (heading.size > smallest) {
      problems.push(
        `${screen}: h${heading.level} “${heading.text}” (${heading.size}px) is larger than an h${heading.level - 1} (${smallest}px)`,
      );
    }
  }
  return problems;
}

describe('accessibility audit', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness({ viewport: { width: 1280, height: 860 } });
    page = harness.context.pages()[0] ?? (await harness.newPage());
    await page.goto(harness.appUrl);
  });

  afterAll(async () => {
    await harness.close();
  });

  it('passes on the first-run screen in both themes', async () => {
    await page.getByRole('heading', { name: 'Welcome to Tandem' }).waitFor();
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await mainLandmarks(page)).toBe(1);
      problems.push(...describeViolations(`first run (${scheme})`, await auditAccessibility(page)));
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(problems).toEqual([]);
  });

  it('passes on every screen and dialog in both themes', async () => {
    // A journal, a goal and a plan to show: the plan's fixture, then one entry written here.
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await appStateReady(page, 'journal-state');
    for (const [docId, update] of plan.docs) await harness.main.mirror.append(docId, update);
    await page.reload();
    await appStateReady(page, 'journal-state');
    await page.keyboard.press('ControlOrMeta+n');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Blank page/ })
      .click();
    await page.locator('[data-testid="entry-editor"][data-ready="true"]').waitFor();
    await page.keyboard.type('Notes for the audit');
    await settledSaved(page);

    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const screen of screens) {
        await screen.open(page);
        const label = `${screen.name} (${scheme})`;
        expect(await mainLandmarks(page), `${label}: one main landmark`).toBe(1);
        problems.push(...describeViolations(label, await auditAccessibility(page)));
        if (scheme === 'light') problems.push(...(await headingSizeProblems(page, label)));
        await screen.close?.(page);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(problems).toEqual([]);
  });

  it('ran without page errors', () => {
    expect(harness.pageErrors).toEqual([]);
  });
});
