import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startHarness, type Harness } from './harness';
import { appStateReady, goToRoute, settledSaved } from './harness/appState';
import { auditAccessibility, describeViolations } from './harness/axeAudit';
import {
  ARABIC_NAME,
  buildPlanFixture,
  CJK_NAME,
  HEBREW_NAME,
  MANAGER_NAME,
  PRINT_OWNER,
} from './harness/planFixture';
import { stringsIn, untranslatedText } from './harness/untranslatedText';

/**
 * Tandem in Arabic (right to left) and in the pseudo-locale (accented, 30 % longer): the layout
 * mirrors, arrows that point along the line turn round, and no text is clipped by its box.
 */

const now = Date.UTC(2026, 11, 7, 10);
const plan = buildPlanFixture({ milestoneCount: 4, today: '2026-12-07', now });

interface Box {
  x: number;
  width: number;
}

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

/**
 * The pseudo-locale is offered in Settings only in development builds; the tests run the
 * production build, so they choose it as Settings does: main keeps the choice, the profile's
 * storage lets the first frame start in it.
 */
async function usePseudoLocale(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    await window.tandem.app.setLocale({ choice: 'en-XA' });
    localStorage.setItem('tandem.locale', 'en-XA');
  })()`);
  await goToRoute(page, '/journal');
  await page.reload();
  await appStateReady(page, 'journal-state');
}

/** Chooses the language in Settings, as a person would; it applies at once. */
async function useLocale(page: Page, locale: string): Promise<void> {
  await goToRoute(page, '/settings');
  await page.locator('.settings select').first().selectOption(locale);
  await page.locator(`html[lang="${locale === 'en-XA' ? 'en' : locale}"]`).waitFor({ state: 'attached' });
}

/**
 * Text cut off by its box: an element whose own text overflows it while its overflow is hidden,
 * unless it ends in an ellipsis on purpose (a list row's title).
 */
const clippedText = (page: Page) =>
  page.evaluate<string[]>(`[...document.querySelectorAll('body *')]
    .filter((el) => {
      // Shown only to screen readers (a 1px box on purpose), or not shown at all.
      if (el.getClientRects().length === 0 || el.clientWidth <= 1) return false;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
      if (!own) return false;
      const style = getComputedStyle(el);
      if (style.textOverflow === 'ellipsis') return false;
      const hidden = style.overflowX === 'hidden' || style.overflowX === 'clip';
      return hidden && el.scrollWidth > el.clientWidth + 1;
    })
    .map((el) => el.tagName.toLowerCase() + ': ' + el.textContent.trim().slice(0, 60))`);

describe('right to left and the pseudo-locale', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness({ viewport: { width: 1024, height: 768 } });
    for (const [docId, update] of plan.docs) await harness.main.mirror.append(docId, update);
    page = harness.context.pages()[0] ?? (await harness.newPage());
    await page.goto(harness.appUrl);
    await appStateReady(page, 'journal-state');
    await goToRoute(page, `/plans/${plan.planId}`);
    await page.getByRole('heading', { name: plan.planTitle, level: 1 }).waitFor();
    await settledSaved(page);
  });

  afterAll(async () => {
    await harness.close();
  });

  it('mirrors the layout in Arabic: sections at the right, the list beside them, the pane after', async () => {
    await useLocale(page, 'ar');
    expect(await page.evaluate<string>('document.documentElement.dir')).toBe('rtl');
    await goToRoute(page, `/plans/${plan.planId}`);
    await page.getByRole('heading', { name: plan.planTitle, level: 1 }).waitFor();
    const nav = await box(page, '.shell-nav');
    const list = await box(page, '.two-pane-sidebar');
    const pane = await box(page, '.two-pane-main');
    expect(nav.x + nav.width).toBeCloseTo(1024, 0);
    expect(list.x + list.width).toBeLessThanOrEqual(nav.x + 1);
    expect(pane.x + pane.width).toBeLessThanOrEqual(list.x + 1);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await saveScreenshot(page, `rtl-plan-1024x768-${scheme}`);
      const problems = describeViolations(`Arabic plan (${scheme})`, await auditAccessibility(page));
      expect(problems).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('turns the back arrow round in Arabic, in the narrow layout', async () => {
    await page.setViewportSize({ width: 640, height: 480 });
    const back = page.locator('.pane-back');
    await back.waitFor();
    expect(
      await page.evaluate<string>(`getComputedStyle(document.querySelector('.pane-back svg')).transform`),
    ).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    // The way back sits at the start of the line: the right.
    const link = await box(page, '.pane-back');
    const main = await box(page, '.two-pane-main');
    expect(main.x + main.width - (link.x + link.width)).toBeLessThan(40);
    await saveScreenshot(page, 'rtl-plan-640x480-light');
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('clips no text in the pseudo-locale on the main screens', async () => {
    await usePseudoLocale(page);
    expect(await page.evaluate<string>('document.documentElement.dir')).toBe('ltr');
    // Catalogued text is in the pseudo-locale: accented and longer (Settings' Language label).
    await goToRoute(page, '/settings');
    const label = (await page.locator('.settings label').nth(1).textContent()) ?? '';
    expect(label).not.toBe('Language');
    expect(label.normalize('NFD').replace(/\p{M}+/gu, '')).toMatch(/Language/);
    const problems: string[] = [];
    for (const route of [
      '/journal',
      '/growth',
      '/goals',
      `/plans/${plan.planId}`,
      '/competencies',
      '/settings',
    ]) {
      await goToRoute(page, route);
      await page.locator('.shell-main h1').first().waitFor();
      for (const width of [1024, 640]) {
        await page.setViewportSize({ width, height: width === 640 ? 480 : 768 });
        problems.push(...(await clippedText(page)).map((p) => `${route} at ${width}px: ${p}`));
      }
      await page.setViewportSize({ width: 1024, height: 768 });
    }
    await goToRoute(page, `/plans/${plan.planId}`);
    await page.getByRole('heading', { name: plan.planTitle, level: 1 }).waitFor();
    await saveScreenshot(page, 'pseudo-plan-1024x768-light');
    expect(problems).toEqual([]);
  });

  it('shows only catalogued text in the pseudo-locale, no sentence glued from pieces', async () => {
    await usePseudoLocale(page);
    // A journal entry and a search, as a person makes them.
    const entryTitle = 'Pseudo walk entry';
    const entryBody = 'Notes about the quarterly roadmap.';
    await goToRoute(page, '/journal');
    await page.keyboard.press('ControlOrMeta+n');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="entry-editor"][data-ready="true"]').waitFor();
    await expect.poll(() => page.evaluate<string>('document.activeElement.id')).toBe('entry-title');
    await page.keyboard.type(entryTitle);
    await page.keyboard.press('Enter');
    await page.keyboard.type(entryBody);
    await settledSaved(page);
    const userData = [
      ...stringsIn({ ...plan, docs: null }),
      PRINT_OWNER,
      CJK_NAME,
      HEBREW_NAME,
      MANAGER_NAME,
      ARABIC_NAME,
      // What the fixture stores but does not list.
      'I want to grow the people around me, not only the systems.',
      'Reviews progress every month.',
      'Monthly mentoring on leading leads.',
      'Opens doors to the architecture board.',
      entryTitle,
      entryBody,
      // The search result marks the match: the sentence arrives in three text nodes.
      'Notes about the',
      'quarterly',
      'roadmap.',
    ];
    const check = async (screen: string) =>
      (await untranslatedText(page, { userData, properNouns: ['Tandem', 'A4'] })).map(
        (p) => `${screen}: ${p}`,
      );
    const problems: string[] = [];
    problems.push(...(await check('journal entry')));
    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.type('quarterly');
    await page.locator('[data-testid="search-results"][data-query="quarterly"]').waitFor();
    problems.push(...(await check('search results')));
    await page.keyboard.press('Escape');
    // A career framework from the built-in template (in the window's language), its start
    // screen checked on the way.
    const startFramework = async () => {
      await page.locator('.two-pane-sidebar .page-header button').click();
      await page.locator('.framework-start').waitFor();
      problems.push(...(await check('new career framework')));
      await page.locator('.framework-start button[data-variant="primary"]').click();
      await page.locator('.framework-start').waitFor({ state: 'detached' });
      await page.locator('.two-pane-main h2').first().waitFor();
    };
    const screens: [string, string, (() => Promise<void>)?][] = [
      ['journal list', '/journal'],
      ['growth overview', '/growth'],
      ['goals', '/goals'],
      ['a goal', `/goals/${plan.goalId}`],
      ['plans', '/plans'],
      ['a plan', `/plans/${plan.planId}`],
      ['a career framework', '/frameworks', startFramework],
      ['career frameworks', '/frameworks'],
      ['competencies', '/competencies'],
      ['feedback', '/feedback'],
      ['one-on-ones', '/one-on-ones'],
      ['people and sharing', '/sharing'],
      ['settings', '/settings'],
    ];
    for (const [screen, route, then] of screens) {
      await goToRoute(page, route);
      await page.locator('.shell-main h1').first().waitFor();
      if (then) {
        await then();
        await page.locator('.shell-main h1').first().waitFor();
      }
      await settledSaved(page, 300);
      problems.push(...(await check(screen)));
    }
    expect(problems).toEqual([]);
  });

  it('ran without page errors', () => {
    expect(harness.pageErrors).toEqual([]);
  });
});
