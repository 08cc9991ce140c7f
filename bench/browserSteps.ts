import type { Page } from 'playwright-core';

/**
 * The benchmark's steps in the page. Each returns timings taken inside the page (see
 * pageScripts.ts); Node only starts them and waits.
 */

const SEED_FUNCTION = `async (batch) => {
  const bytes = (b64) => { const s = atob(b64); const out = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i); return out; };
  await Promise.all(batch.map(([name, b64]) => new Promise((resolve, reject) => {
    // y-indexeddb's layout: version 1, 'updates' (autoIncrement, one Yjs update per record) and 'custom'.
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('updates', { autoIncrement: true });
      request.result.createObjectStore('custom');
    };
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('updates', 'readwrite');
      tx.objectStore('updates').add(bytes(b64));
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  })));
  return (await indexedDB.databases()).length;
}`;

/** Writes each document as one record into `<prefix><docId>`, from a page on the app's origin. */
export async function seedIndexedDb(
  page: Page,
  docs: ReadonlyMap<string, Uint8Array>,
  prefix = 'tandem/',
): Promise<number> {
  const all = [...docs].map(([docId, update]) => [
    `${prefix}${docId}`,
    Buffer.from(update).toString('base64'),
  ]);
  let databases = 0;
  for (let i = 0; i < all.length; i += 40) {
    const batch = JSON.stringify(all.slice(i, i + 40));
    databases = await page.evaluate<number>(`(${SEED_FUNCTION})(${batch})`);
  }
  return databases;
}

export interface BootReport {
  journalReady: number | null;
  searchReady: number | null;
  /** When the page's scripts had run (DOMContentLoaded done) and when it asked for the vault. */
  domContentLoaded: number | null;
  vaultOpenAt: number | null;
  /** When the vault document had loaded from IndexedDB (the app's `tandem:vault-loaded` mark). */
  vaultLoadedAt: number | null;
  /** When the UI's code (React and the journal) had loaded and started rendering. */
  uiCodeLoadedAt: number | null;
  opensBeforeJournalReady: string[] | null;
  opensBeforeSearchReady: string[] | null;
}

// Waiting happens in the page (a MutationObserver): the app's CSP forbids the string
// evaluation Playwright's waitForFunction would need.
const state = (page: Page, name: 'journalState' | 'searchState' | 'stockState', timeout: number) =>
  page.evaluate(`__tandemBench.waitForState(${JSON.stringify(name)}, ${timeout})`);

/** Loads the app and waits until the journal list is interactive and the search index is ready. */
export async function loadApp(page: Page, url: string, timeout = 60_000): Promise<BootReport> {
  await page.goto(url, { waitUntil: 'commit' });
  await state(page, 'journalState', timeout);
  await state(page, 'searchState', timeout);
  return page.evaluate<BootReport>('__tandemBench.bootReport()');
}

/** Waits until the app has nothing left to save (IndexedDB and the disk mirror). */
export async function waitForSaved(page: Page, timeout = 30_000): Promise<void> {
  await page.evaluate(`__tandemBench.waitForSaved(${timeout})`);
}

/** Waits until the app has written its search index to IndexedDB (it debounces that write). */
export async function waitForSavedSearchIndex(page: Page, timeout = 60_000): Promise<number> {
  return page.evaluate<number>(`__tandemBench.waitForSavedSearchIndex(${timeout})`);
}

export interface StockReport {
  synced: number | null;
  entries: number;
  domContentLoaded: number | null;
  vaultOpenAt: number | null;
}

/** Loads the stock y-indexeddb page and waits until the vault is synced. */
export async function loadStock(page: Page, url: string, timeout = 60_000): Promise<StockReport> {
  await page.goto(url, { waitUntil: 'commit' });
  await state(page, 'stockState', timeout);
  return page.evaluate<StockReport>('__tandemBench.stockReport()');
}

export async function openEntry(
  page: Page,
  args: { title: string; heading: string; timeoutMs: number },
): Promise<{ readyMs: number; paintedMs: number }> {
  return page.evaluate(`__tandemBench.openEntry(${JSON.stringify(args)})`);
}

export async function ensureSearchBox(page: Page): Promise<void> {
  if (await page.evaluate<boolean>('__tandemBench.hasSearchBox()')) return;
  // The search may live behind its shortcut (Ctrl/Cmd+K) rather than always on screen.
  await page.keyboard.press('ControlOrMeta+k');
  await page.evaluate('__tandemBench.waitForSearchBox(5000)');
}

export async function search(
  page: Page,
  args: { query: string; timeoutMs: number },
): Promise<{ shownMs: number; paintedMs: number; hits: number }> {
  return page.evaluate(`__tandemBench.search(${JSON.stringify(args)})`);
}

export interface PasteTiming {
  /** The paste's dispatch returned (the editor handles it synchronously). */
  dispatchMs: number;
  /** The editor's last block reads the pasted text's last paragraph. */
  landedMs: number;
  /** … and the next frame has run. */
  paintedMs: number;
  handled: boolean;
  textLength: number;
}

export interface LongTaskReport {
  count: number;
  maxMs: number;
  /** When the longest task started, relative to the paste's dispatch. */
  maxStartsAfterMs: number | null;
  totalMs: number;
  tasks: { afterMs: number; durationMs: number }[];
}

export interface KeystrokeTiming {
  /** keydown's timeStamp (input received) → its handler ran: time queued behind other work. */
  queuedMs: number;
  /** keydown → the character in the editor's DOM. */
  shownMs: number;
  /** … and the next frame has run. */
  paintedMs: number;
}

/**
 * Pastes `text` as plain text into the open entry's editor (see pageScripts.ts, stagePaste and
 * pasteText). The text reaches the page in a call of its own before the timed dispatch.
 */
export async function pasteText(
  page: Page,
  args: { text: string; lastParagraph: string; timeoutMs: number },
): Promise<PasteTiming> {
  const staged = await page.evaluate<number>(`__tandemBench.stagePaste(${JSON.stringify(args.text)})`);
  if (staged !== args.text.length) throw new Error(`Staged ${staged} of ${args.text.length} characters`);
  const { lastParagraph, timeoutMs } = args;
  return page.evaluate<PasteTiming>(
    `__tandemBench.pasteText(${JSON.stringify({ lastParagraph, timeoutMs })})`,
  );
}

/** The long tasks since the last pasteText's dispatch; stops collecting them. */
export async function pasteLongTasks(page: Page): Promise<LongTaskReport> {
  return page.evaluate<LongTaskReport>('__tandemBench.pasteLongTasks()');
}

/**
 * Presses `key` with real (trusted) input while the page watches for it to appear at the end of
 * the editor's last block; times run from the keydown's own timestamp.
 */
export async function typeKey(
  page: Page,
  args: { key: string; expectedEnd: string; timeoutMs: number },
): Promise<KeystrokeTiming> {
  await page.evaluate(`__tandemBench.armKeystroke(${JSON.stringify(args)})`);
  await page.keyboard.press(args.key);
  return page.evaluate<KeystrokeTiming>('__tandemBench.keystrokeResult()');
}

/** Creates a blank entry from the journal list and waits for its editor to be editable. */
export async function newBlankEntry(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New entry' }).click();
  const chooser = page.getByRole('dialog');
  await chooser.getByRole('button', { name: /^Blank page/ }).click();
  await chooser.waitFor({ state: 'detached' });
  await page.locator('[data-testid="entry-editor"][data-ready="true"]').waitFor();
}

/** Deletes the open entry (its Delete button), so the next run starts from the same journal. */
export async function deleteOpenEntry(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('status').filter({ hasText: 'Deleted' }).waitFor();
}
