import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolate } from '../../shared/i18n/locales';
import { startHarness, type Harness } from './harness';
import { appStateReady, settledSaved } from './harness/appState';

/**
 * Focus goes where the person is, and the journal works by keyboard alone: every step here is
 * a key press (Tab, Enter, shortcuts, typing), never a click, and after each step focus is on
 * something sensible — never on the page body.
 */

interface Focused {
  tag: string;
  /** The accessible name as far as a test needs it: aria-label, or the text. */
  name: string;
  id: string;
  inList: boolean;
  current: boolean;
}

const focused = (page: Page) =>
  page.evaluate<Focused>(`(() => {
    const el = document.activeElement;
    return {
      tag: el.tagName.toLowerCase(),
      name: (
        el.getAttribute('aria-label') ??
        el.labels?.[0]?.textContent ??
        el.getAttribute('placeholder') ??
        el.textContent ??
        ''
      ).trim(),
      id: el.id,
      inList: el.closest('.two-pane-sidebar') !== null,
      current: el.getAttribute('aria-current') === 'page',
    };
  })()`);

/** Presses Tab (or Shift+Tab) until focus is on what `matches` accepts; fails after `max` presses. */
async function tabTo(page: Page, matches: (f: Focused) => boolean, { max = 60, back = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  throw new Error(`Tab never reached the element (${max} presses)`);
}

const named = (name: string | RegExp) => (f: Focused) =>
  typeof name === 'string' ? f.name === name : name.test(f.name);

const titleValue = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true }).inputValue();

describe('keyboard and focus', () => {
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

  it('starts journaling from the first-run screen and lands on New entry', async () => {
    await page.getByRole('heading', { name: 'Welcome to Tandem' }).waitFor();
    // The name field has focus already.
    await page.keyboard.type('Sam Keys');
    await tabTo(page, named(/^Start journaling/));
    await page.keyboard.press('Enter');
    await appStateReady(page, 'journal-state');
    await expect.poll(async () => (await focused(page)).name).toMatch(/New entry$/);
  });

  it('makes the skip link the first Tab stop, and it moves focus to the content', async () => {
    await page.reload();
    await appStateReady(page, 'journal-state');
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.name).toBe('Skip to content');
    expect(await page.getByRole('link', { name: 'Skip to content' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('main-content');
    // The next Tab goes into the page, not back to the sections.
    await page.keyboard.press('Tab');
    expect(await page.evaluate<boolean>(`document.activeElement.closest('main') !== null`)).toBe(true);
  });

  it('puts the caret in a new entry’s title, then writes, tags and saves it by keyboard', async () => {
    await page.keyboard.press('ControlOrMeta+n');
    await page.getByRole('dialog').waitFor();
    // The first template has focus; the blank page is further down.
    await tabTo(page, named(/^Blank page/));
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="entry-editor"][data-ready="true"]').waitFor();
    await expect.poll(async () => (await focused(page)).id).toBe('entry-title');
    await page.keyboard.type('Keyboard only');
    expect(await titleValue(page)).toBe('Keyboard only');
    // Enter moves on to the body.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Writing without a mouse is calmer than expected.');
    await tabTo(page, named('Add tag'), { back: true });
    await page.keyboard.type('focus');
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Tags' }).getByText('#focus').waitFor();
    await page
      .getByRole('navigation', { name: 'Journal entries' })
      .getByRole('link', { name: /^Keyboard only/ })
      .waitFor();
    await settledSaved(page);
  });

  it('opens a search result with Enter and keeps focus on it', async () => {
    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.type('calmer');
    await page.locator('[data-testid="search-results"][data-query="calmer"]').waitFor();
    // The result shows the sentence that matched, with the match marked.
    const excerpt = page
      .getByRole('list', { name: 'Search results' })
      .locator('.journal-entry-excerpt')
      .first();
    await excerpt.locator('mark').waitFor();
    expect(await excerpt.textContent()).toBe('Writing without a mouse is calmer than expected.');
    expect(await excerpt.locator('mark').allTextContents()).toEqual(['calmer']);
    await tabTo(page, (f) => f.inList && f.tag === 'a');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="entry-editor"][data-ready="true"]').waitFor();
    const after = await focused(page);
    expect(after.tag).not.toBe('body');
    expect(after.current).toBe(true);
    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.press('Escape');
  });

  it('sends focus to the list after Delete and to the restored entry after Undo', async () => {
    await page.getByRole('navigation', { name: 'Journal entries' }).waitFor();
    await tabTo(page, named('Delete'));
    await page.keyboard.press('Enter');
    const toast = page.getByRole('status').filter({ hasText: 'Deleted “Keyboard only”' });
    await toast.waitFor();
    await expect.poll(async () => (await focused(page)).tag).not.toBe('body');
    const afterDelete = await focused(page);
    // The journal is empty now: focus waits on the button that starts a new entry.
    expect(afterDelete.name, JSON.stringify(afterDelete)).toMatch(/New entry$/);
    await toast.getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('navigation', { name: 'Journal entries' })
      .getByRole('link', { name: /^Keyboard only/ })
      .waitFor();
    await expect.poll(async () => JSON.stringify(await focused(page))).toContain('"current":true');
    expect((await focused(page)).name).toMatch(/^Keyboard only/);
  });

  it('sets a goal, makes a plan for it and marks a milestone done, by keyboard alone', async () => {
    const sectionLink = (name: string) => (f: Focused) => f.tag === 'a' && f.name === name;
    await tabTo(page, sectionLink('Goals'), { back: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Goals', level: 1 }).waitFor();
    await page.keyboard.press('ControlOrMeta+n');
    await page.getByRole('heading', { name: 'New goal', level: 2 }).waitFor();
    expect((await focused(page)).name).toBe('Title');
    await page.keyboard.type('Lead by keyboard');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Lead by keyboard', level: 2 }).waitFor();
    expect((await focused(page)).tag).not.toBe('body');

    await tabTo(page, sectionLink('Plans'), { back: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Plans', level: 1 }).waitFor();
    await tabTo(page, named(/New plan$/));
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect((await focused(page)).name).toBe('Plan title');
    await page.keyboard.type('Keyboard plan');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Keyboard plan', level: 1 }).waitFor();

    await tabTo(page, named(/Add milestone$/));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('Milestone');
    await page.keyboard.type('First step');
    await tabTo(page, named(/^Due date/));
    await page.keyboard.type('2027-01-15');
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Status of First step' }).waitFor();
    await tabTo(page, named('Status of First step'), { back: true });
    await page.keyboard.press('d');
    await page
      .getByRole('status')
      .filter({ hasText: `Milestone done: “${isolate('First step')}”` })
      .waitFor();
    expect(await page.getByRole('combobox', { name: 'Status of First step' }).inputValue()).toBe('done');
    await settledSaved(page);
  });

  it('ran without page errors', () => {
    expect(harness.pageErrors).toEqual([]);
  });
});
