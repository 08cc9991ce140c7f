import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startHarness, type Harness } from './harness';
import { appStateReady, settledSaved, waitForNewEntry } from './harness/appState';

/**
 * The journal end to end, against the built renderer in Chromium with window.tandem wired to
 * the real main-process handlers: write entries through the UI, reload, find them intact, search
 * them, delete one and undo. Tests run in order and share one profile, as a person's day would.
 */

interface WrittenEntry {
  template: string;
  title: string;
  body: string;
  tag: string;
  /** Created with the keyboard shortcut rather than the button. */
  viaShortcut: boolean;
}

const entries: WrittenEntry[] = [
  {
    template: 'After a project',
    title: 'Billing migration retrospective',
    body: 'The cut-over went smoothly because we rehearsed it twice with the on-call team.',
    tag: 'projects',
    viaShortcut: false,
  },
  {
    template: 'Weekly check-in',
    title: 'Week of the offsite',
    body: 'Presented the roadmap; the quizzical silence afterwards told me the story needs work.',
    tag: 'presenting',
    viaShortcut: true,
  },
  {
    template: 'Blank page',
    title: 'Notes before my review',
    body: 'Ask for a stretch assignment leading the accessibility audit.',
    tag: 'career',
    viaShortcut: false,
  },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text: string) => new RegExp(`^${escapeRegExp(text)}`);

const journalList = (page: Page) => page.getByRole('navigation', { name: 'Journal entries' });
const listItem = (page: Page, title: string) =>
  journalList(page).getByRole('link', { name: startsWith(title) });
const editor = (page: Page) => page.locator('[data-testid="entry-editor"][data-ready="true"]');
const entryBody = (page: Page) => page.getByRole('textbox', { name: 'Entry body' });
const titleInput = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true });

async function writeEntry(page: Page, entry: WrittenEntry): Promise<void> {
  const hashBefore = new URL(page.url()).hash;
  if (entry.viaShortcut) await page.keyboard.press('ControlOrMeta+n');
  else await page.getByRole('button', { name: 'New entry' }).click();
  const chooser = page.getByRole('dialog');
  await chooser.getByRole('button', { name: startsWith(entry.template) }).click();
  await chooser.waitFor({ state: 'detached' });
  await waitForNewEntry(page, hashBefore);
  await editor(page).waitFor();

  await titleInput(page).fill(entry.title);
  await entryBody(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(entry.body);
  await page.getByRole('textbox', { name: 'Add tag' }).fill(entry.tag);
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Tags' }).getByText(`#${entry.tag}`).waitFor();

  // The list shows the vault's record, re-derived once the entry settles.
  await listItem(page, entry.title).waitFor();
  await settledSaved(page);
}

async function expectEntryIntact(page: Page, entry: WrittenEntry): Promise<void> {
  const item = listItem(page, entry.title);
  await item.waitFor();
  expect(await item.textContent()).toContain(`#${entry.tag}`);
  await item.click();
  await editor(page).waitFor();
  await expect.poll(() => titleInput(page).inputValue()).toBe(entry.title);
  expect(await entryBody(page).textContent()).toContain(entry.body);
  expect(await page.getByRole('list', { name: 'Tags' }).textContent()).toContain(`#${entry.tag}`);
}

describe('journal', () => {
  let harness: Harness;
  let page: Page;

  beforeAll(async () => {
    harness = await startHarness({ colorScheme: 'light' });
    page = harness.context.pages()[0] ?? (await harness.newPage());
    await page.goto(harness.appUrl);
  });

  afterAll(async () => {
    await harness.close();
  });

  it('starts with the first-run screen, which can be skipped', async () => {
    await page.getByRole('heading', { name: 'Welcome to Tandem' }).waitFor();
    await saveScreenshot(page, 'first-run');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await appStateReady(page, 'journal-state');
    expect(await page.getByRole('button', { name: 'New entry' }).isVisible()).toBe(true);
  });

  it('writes entries from templates with a title, body text and a tag', async () => {
    for (const entry of entries) await writeEntry(page, entry);
    for (const entry of entries) expect(await listItem(page, entry.title).count()).toBe(1);
    await saveScreenshot(page, 'journal-editor');
  });

  it('finds every entry intact after a reload', async () => {
    await page.reload();
    await appStateReady(page, 'journal-state');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Journal' }).click();
    await listItem(page, entries[0]!.title).waitFor();
    await saveScreenshot(page, 'journal-list');
    for (const entry of entries) await expectEntryIntact(page, entry);
    // The disk mirror got every document too, through the real handlers.
    const appended = harness.ipcCalls.filter((c) => c.channel === 'tandem:mirror:append' && c.ok);
    expect(appended.length).toBeGreaterThan(0);
    expect(harness.ipcCalls.filter((c) => !c.ok)).toEqual([]);
  });

  it('finds an entry by a word from its body', async () => {
    await appStateReady(page, 'search-state');
    await page.keyboard.press('ControlOrMeta+k');
    const box = page.getByRole('searchbox', { name: 'Search journal' });
    expect(await page.locator('input[type="search"]:focus').count()).toBe(1);
    await page.keyboard.type('quizzical');
    await page.locator('[data-testid="search-results"][data-query="quizzical"]').waitFor();
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    expect(await results.count()).toBe(1);
    expect(await results.first().textContent()).toContain('Week of the offsite');
    await saveScreenshot(page, 'journal-search');
    await results.first().click();
    await editor(page).waitFor();
    await expect.poll(() => titleInput(page).inputValue()).toBe('Week of the offsite');
    await box.fill('');
    await journalList(page).waitFor();
  });

  it('deletes an entry and brings it back with Undo', async () => {
    const doomed = entries[2]!;
    await listItem(page, doomed.title).click();
    await editor(page).waitFor();
    await page.getByRole('button', { name: 'Delete' }).click();
    await listItem(page, doomed.title).waitFor({ state: 'detached' });
    const toast = page.getByRole('status').filter({ hasText: `Deleted “${doomed.title}”` });
    await toast.waitFor();
    await toast.getByRole('button', { name: 'Undo' }).click();
    await listItem(page, doomed.title).waitFor();
    await editor(page).waitFor();
    await expect.poll(() => titleInput(page).inputValue()).toBe(doomed.title);
    await settledSaved(page);

    await page.reload();
    await appStateReady(page, 'journal-state');
    for (const entry of entries) expect(await listItem(page, entry.title).count()).toBe(1);
  });

  it('looks right in dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await listItem(page, entries[0]!.title).click();
    await editor(page).waitFor();
    await saveScreenshot(page, 'journal-editor-dark');
    const background = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { body: unknown } }).document;
      const view = globalThis as unknown as { getComputedStyle(el: unknown): { backgroundColor: string } };
      return view.getComputedStyle(doc.body).backgroundColor;
    });
    const channels = (background.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    // A dark background: every colour channel well below the midpoint.
    expect(channels.every((c) => c < 100)).toBe(true);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('ran without page errors', () => {
    expect(harness.pageErrors).toEqual([]);
  });
});
