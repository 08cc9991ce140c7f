import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startHarness, type Harness } from './harness';
import { appStateReady, goToRoute, settledSaved } from './harness/appState';
import { buildPlanFixture } from './harness/planFixture';

/**
 * The shell that holds still and fits any window the app allows: the sidebar stays put while a
 * long page scrolls in its own pane; below the breakpoint the sidebar shrinks to icons (names on
 * demand) and a list page becomes one column with a way back. Screenshots at the three sizes in
 * both themes are saved for a person to look at.
 */

const SIZES = [
  { name: '640x480', width: 640, height: 480 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1440x900', width: 1440, height: 900 },
] as const;

const now = Date.UTC(2026, 11, 7, 10);
const plan = buildPlanFixture({ milestoneCount: 4, today: '2026-12-07', now });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

/** How far the window itself (not a pane) has scrolled. */
const windowScroll = (page: Page) => page.evaluate<number>('document.scrollingElement.scrollTop');

/** A number read off the first element `selector` finds, e.g. its `scrollTop`. */
const measure = (page: Page, selector: string, expression: string) =>
  page.evaluate<number>(
    `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return ${expression}; })()`,
  );

describe('the shell', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness({ viewport: { width: 1024, height: 768 } });
    for (const [docId, update] of plan.docs) await harness.main.mirror.append(docId, update);
    page = harness.context.pages()[0] ?? (await harness.newPage());
    await page.goto(harness.appUrl);
    await appStateReady(page, 'journal-state');
    // Open the goal and the plan once, so the window's own store holds them.
    await goToRoute(page, `/plans/${plan.planId}`);
    await page.getByRole('heading', { name: plan.planTitle, level: 1 }).waitFor();
    await settledSaved(page);
  });

  afterAll(async () => {
    await harness.close();
  });

  it('keeps the sidebar in place while a long page scrolls in its own pane', async () => {
    for (const route of ['/settings', `/plans/${plan.planId}`]) {
      await goToRoute(page, route);
      await page.locator('.shell-main h1').first().waitFor();
      const pane = route === '/settings' ? '.shell-main' : '.two-pane-main';
      // Sections below the heading load on their own (Settings asks main for several): wait
      // until the page has grown past the window.
      await expect
        .poll(() => measure(page, pane, 'el.scrollHeight - el.clientHeight'), {
          message: `${route} is longer than the window`,
        })
        .toBeGreaterThan(0);
      const navBefore = await box(page, '.shell-nav');
      await page.locator(pane).first().hover();
      await page.mouse.wheel(0, 2000);
      await expect.poll(() => measure(page, pane, 'el.scrollTop')).toBeGreaterThan(0);
      expect(await windowScroll(page)).toBe(0);
      const navAfter = await box(page, '.shell-nav');
      expect(navAfter).toEqual(navBefore);
      // The sidebar's background reaches the bottom of the window.
      expect(navAfter.y + navAfter.height).toBe(768);
    }
  });

  it('shrinks the sidebar to icons in a narrow window, with the names on demand', async () => {
    await page.setViewportSize({ width: 640, height: 480 });
    await goToRoute(page, '/journal');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    expect((await box(page, '.shell-nav')).width).toBeLessThanOrEqual(56);
    // The icons keep their names for assistive technology.
    await nav.getByRole('link', { name: 'Goals' }).waitFor();
    const toggle = nav.getByRole('button', { name: 'Show section names' });
    await toggle.click();
    expect(await nav.getByText('Competencies').isVisible()).toBe(true);
    expect((await box(page, '.shell-nav')).width).toBeGreaterThan(150);
    await saveScreenshot(page, 'layout-640-names-shown');
    await page.keyboard.press('Escape');
    expect(await nav.getByRole('button', { name: 'Show section names' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
  });

  it('shows a list page as one column with a way back to the list', async () => {
    await goToRoute(page, '/plans');
    const planLink = page.getByRole('navigation', { name: 'Development plans' }).getByRole('link').first();
    await planLink.waitFor();
    expect(await page.locator('.two-pane-main').isVisible()).toBe(false);
    await planLink.click();
    await page.getByRole('heading', { name: plan.planTitle, level: 1 }).waitFor();
    expect(await page.locator('.two-pane-sidebar').isVisible()).toBe(false);
    const back = page.getByRole('link', { name: 'Back to Plans' });
    expect(await back.isVisible()).toBe(true);
    // The plan's text fits: nothing in the pane is wider than the pane.
    expect(await measure(page, '.two-pane-main', 'el.scrollWidth - el.clientWidth')).toBe(0);
    await back.click();
    await planLink.waitFor();
    expect(new URL(page.url()).hash).toBe('#/plans');
  });

  it('wraps a long entry title between words at 800 px', async () => {
    await page.setViewportSize({ width: 800, height: 600 });
    await goToRoute(page, '/journal');
    await page.getByRole('button', { name: 'New entry' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Blank page/ })
      .click();
    await page.locator('article[data-entry-id]').waitFor();
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('Quarterly reflection on the platform migration');
    // The title box is wide enough for its longest word on one line.
    const width = (await title.boundingBox())!.width;
    expect(width).toBeGreaterThan(200);
    await settledSaved(page);
  });

  it('shows a toast below the page, never over it, and keeps it while the pointer is on it', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.locator('.two-pane-sidebar a.list-item').first().click();
    await page.getByRole('button', { name: 'Delete' }).click();
    const toast = page.locator('.toast').filter({ hasText: 'Deleted “Quarterly reflection' });
    await toast.waitFor();
    const shell = await box(page, '.shell');
    const strip = await box(page, '.toast-region');
    // The page made room: the toasts' strip starts where the shell ends, inside the window.
    expect(strip.y).toBeGreaterThanOrEqual(shell.y + shell.height - 1);
    expect(strip.y + strip.height).toBeLessThanOrEqual(768);
    await saveScreenshot(page, 'layout-toast-1024x768-light');
    await toast.hover();
    await page.waitForTimeout(21_000);
    expect(await toast.isVisible()).toBe(true);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.two-pane-sidebar a.list-item').first().waitFor();
  }, 60_000);

  it('is saved at 640×480, 1024×768 and 1440×900 in both themes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await goToRoute(page, `/plans/${plan.planId}`);
        await page.getByRole('heading', { name: plan.planTitle, level: 1 }).waitFor();
        await saveScreenshot(page, `layout-plan-${size.name}-${scheme}`);
        await goToRoute(page, '/journal');
        await page.locator('.two-pane-sidebar a.list-item').first().click();
        await page.locator('article[data-entry-id]').waitFor();
        await saveScreenshot(page, `layout-journal-${size.name}-${scheme}`);
        await goToRoute(page, '/settings');
        await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
        await saveScreenshot(page, `layout-settings-${size.name}-${scheme}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('ran without page errors', () => {
    expect(harness.pageErrors).toEqual([]);
  });
});
