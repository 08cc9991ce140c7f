import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemDocId } from '../../shared/schema/ids';
import { reflectionBody, reflectionMeta } from '../../shared/schema/reflection';
import { fragmentToPlainText } from '../../shared/schema/richText';
import { saveScreenshot, startHarness, type Harness } from './harness';
import { appStateReady, settledSaved, waitForNewEntry } from './harness/appState';

/**
 * "Pasting 1 MB of text into an entry keeps the app responsive", end to end: a real Ctrl+V
 * (Chromium's own clipboard, written by the page and pasted with a trusted key press) into a
 * blank entry of the built app, then typing, the title, "Saved", a reload, and the disk
 * mirror behind the real main-process handlers. A paste over the editor's limit is refused
 * with a message and changes nothing. Tests run in order and share one profile.
 */

/** About a megabyte of plain text: paragraphs separated by blank lines, as in an email. */
function megabyteOfParagraphs(): string[] {
  const sentences = [
    'We walked through the roadmap and agreed that the migration comes before the redesign.',
    'Ask for feedback early, while the draft is still cheap to change, not the night before.',
    'The on-call rotation felt lighter this month because the alerts finally mean something.',
    'Next time I present, I will open with the decision we need instead of the history.',
    'Pairing with the new hire reminded me how much of our setup lives only in our heads.',
  ];
  const paragraphs = ['First pasted paragraph: notes copied from a year of meetings.'];
  let chars = paragraphs[0]!.length;
  for (let i = 1; chars < 1_000_000; i++) {
    const body = Array.from({ length: 4 + (i % 4) }, (_, k) => sentences[(i + k) % sentences.length]!);
    const paragraph = `Note ${i}. ${body.join(' ')}`;
    paragraphs.push(paragraph);
    chars += paragraph.length + 2;
  }
  paragraphs.push('Last pasted paragraph: the end of the notes.');
  return paragraphs;
}

const PARAGRAPHS = megabyteOfParagraphs();
const PASTED = PARAGRAPHS.join('\n\n');
const FIRST = PARAGRAPHS[0]!;
const LAST = PARAGRAPHS.at(-1)!;
const TYPED = ' Typed after the paste.';
const TITLE = 'A megabyte of meeting notes';

const editor = (page: Page) => page.locator('[data-testid="entry-editor"][data-ready="true"]');
const entryBody = (page: Page) => page.getByRole('textbox', { name: 'Entry body' });
const titleInput = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true });
const pasteRefusal = (page: Page) => page.getByRole('alert').filter({ hasText: 'Nothing was pasted' });

/**
 * Facts about the editor's content, read in the page. Page code is a string: the app's CSP
 * forbids the string evaluation Playwright's waitForFunction would need (see bench/pageScripts.ts).
 */
interface EditorFacts {
  textLength: number;
  paragraphs: number;
  first: string;
  last: string;
  text?: string;
}

const EDITOR_FACTS = `(() => {
  const root = document.querySelector('[data-testid="entry-editor"] .ProseMirror');
  if (!root) return null;
  const blocks = root.querySelectorAll(':scope > p');
  const text = root.textContent || '';
  return {
    textLength: text.length,
    paragraphs: blocks.length,
    first: blocks.length > 0 ? blocks[0].textContent : '',
    last: blocks.length > 0 ? blocks[blocks.length - 1].textContent : '',
    text: text.length < 10000 ? text : undefined,
  };
})()`;

const editorFacts = (page: Page) => page.evaluate<EditorFacts | null>(EDITOR_FACTS);

/** Puts `text` on Chromium's clipboard (the context has clipboard permissions) and checks it. */
async function setClipboard(page: Page, text: string): Promise<void> {
  const length = await page.evaluate<number>(
    `navigator.clipboard.writeText(${JSON.stringify(text)}).then(() => navigator.clipboard.readText()).then((t) => t.length)`,
  );
  expect(length).toBe(text.length);
}

/** Ctrl/Cmd+V into the entry body, the caret at its end. */
async function pasteAtEnd(page: Page): Promise<void> {
  await entryBody(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ControlOrMeta+v');
}

async function newBlankEntry(page: Page): Promise<string> {
  const hashBefore = new URL(page.url()).hash;
  await page.getByRole('button', { name: 'New entry' }).click();
  const chooser = page.getByRole('dialog');
  await chooser.getByRole('button', { name: /^Blank page/ }).click();
  await chooser.waitFor({ state: 'detached' });
  const id = await waitForNewEntry(page, hashBefore);
  await editor(page).waitFor();
  return id;
}

/** The entry as the disk mirror holds it, read through the real DocumentMirror. */
async function mirroredEntry(harness: Harness, entryId: string): Promise<{ title: unknown; body: string }> {
  await harness.main.mirror.whenIdle();
  const { update, damagedRecords } = await harness.main.mirror.load(itemDocId(entryId));
  expect(damagedRecords).toBe(0);
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  const entry = { title: reflectionMeta(doc).get('title'), body: fragmentToPlainText(reflectionBody(doc)) };
  doc.destroy();
  return entry;
}

describe('pasting a megabyte of text', () => {
  let harness: Harness;
  let page: Page;
  let entryId = '';

  beforeAll(async () => {
    harness = await startHarness({ colorScheme: 'light' });
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: harness.server.origin,
    });
    page = harness.context.pages()[0] ?? (await harness.newPage());
    await page.goto(harness.appUrl);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await appStateReady(page, 'journal-state');
  });

  afterAll(async () => {
    await harness.close();
  });

  it('pastes about 1 MB of paragraphs into a blank entry', async () => {
    expect(PASTED.length).toBeGreaterThan(1_000_000);
    expect(PASTED.length).toBeLessThan(1_100_000);
    entryId = await newBlankEntry(page);
    await setClipboard(page, PASTED);
    await pasteAtEnd(page);

    // One paragraph per blank-line-separated block, every character there.
    const expectedLength = PARAGRAPHS.join('').length;
    await expect
      .poll(async () => (await editorFacts(page))?.textLength, { timeout: 30_000 })
      .toBe(expectedLength);
    const facts = await editorFacts(page);
    expect(facts?.paragraphs).toBe(PARAGRAPHS.length);
    expect(facts?.first).toBe(FIRST);
    expect(facts?.last).toBe(LAST);
    expect(await pasteRefusal(page).count()).toBe(0);
  });

  it('still takes typing in the body and the title', async () => {
    // The caret is after the pasted text: keys typed now land at the end of the last paragraph.
    await page.keyboard.type(TYPED);
    await expect.poll(async () => (await editorFacts(page))?.last, { timeout: 15_000 }).toBe(LAST + TYPED);

    await titleInput(page).fill(TITLE);
    await expect.poll(() => titleInput(page).inputValue()).toBe(TITLE);
    await page
      .getByRole('navigation', { name: 'Journal entries' })
      .getByRole('link', { name: new RegExp(`^${TITLE}`) })
      .waitFor();

    await settledSaved(page, 800, 30_000);
    expect((await page.getByTestId('save-state').textContent())?.trim()).toBe('Saved');
    await saveScreenshot(page, 'paste-megabyte');
  });

  it('keeps the whole body in the disk mirror', async () => {
    const expectedBody = [...PARAGRAPHS.slice(0, -1), LAST + TYPED].join('\n');
    // Mirror writes are batched after the local save; wait for the typed text to reach disk.
    await expect
      .poll(async () => (await mirroredEntry(harness, entryId)).body.endsWith(LAST + TYPED), {
        timeout: 15_000,
        interval: 250,
      })
      .toBe(true);
    const mirrored = await mirroredEntry(harness, entryId);
    expect(mirrored.title).toBe(TITLE);
    expect(mirrored.body.length).toBe(expectedBody.length);
    expect(mirrored.body === expectedBody).toBe(true);
    expect(harness.ipcCalls.filter((c) => !c.ok)).toEqual([]);
  });

  it('finds the body intact after a reload', async () => {
    await page.reload();
    await appStateReady(page, 'journal-state');
    // The route (#/journal/<id>) survives the reload; open the entry from the list if not.
    if ((await page.locator(`article[data-entry-id="${entryId}"]`).count()) === 0) {
      await page
        .getByRole('navigation', { name: 'Journal entries' })
        .getByRole('link', { name: new RegExp(`^${TITLE}`) })
        .click();
    }
    await page.locator(`article[data-entry-id="${entryId}"]`).waitFor();
    await editor(page).waitFor();
    await expect.poll(() => titleInput(page).inputValue()).toBe(TITLE);
    const expectedLength = PARAGRAPHS.join('').length + TYPED.length;
    await expect
      .poll(async () => (await editorFacts(page))?.textLength, { timeout: 30_000 })
      .toBe(expectedLength);
    const facts = await editorFacts(page);
    expect(facts?.paragraphs).toBe(PARAGRAPHS.length);
    expect(facts?.first).toBe(FIRST);
    expect(facts?.last).toBe(LAST + TYPED);
  });

  it('refuses a paste over 2,000,000 characters with a message, changing nothing', async () => {
    const before = 'Short note before the oversized paste.';
    const oversized = `${PASTED}\n\n${PASTED}`;
    expect(oversized.length).toBeGreaterThan(2_000_000);

    const id = await newBlankEntry(page);
    await entryBody(page).click();
    await page.keyboard.type(before);
    await expect.poll(async () => (await editorFacts(page))?.text).toBe(before);
    await settledSaved(page, 800, 30_000);

    await setClipboard(page, oversized);
    await pasteAtEnd(page);
    const refusal = pasteRefusal(page);
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(`${oversized.length.toLocaleString('en')} characters`);
    await saveScreenshot(page, 'paste-refused');

    expect(await editorFacts(page)).toEqual({
      textLength: before.length,
      paragraphs: 1,
      first: before,
      last: before,
      text: before,
    });
    await settledSaved(page, 800, 30_000);
    await expect
      .poll(async () => (await mirroredEntry(harness, id)).body, { timeout: 15_000, interval: 250 })
      .toBe(before);

    // The notice goes once this person edits again; the editor still takes keys.
    await page.keyboard.type('!');
    await refusal.waitFor({ state: 'detached' });
    await expect.poll(async () => (await editorFacts(page))?.text).toBe(`${before}!`);
  });

  it('ran without page errors', () => {
    expect(harness.pageErrors).toEqual([]);
    expect(harness.main.backgroundErrors).toEqual([]);
  });
});
