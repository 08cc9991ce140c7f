import type { Page } from 'playwright-core';

/**
 * Waiting on the app's own signals: the `data-*-state` markers it sets on <html> and the save
 * indicator. Shared by e2e tests that need them (journal.e2e and paste.e2e keep their copies).
 */

/** Waits for `<html data-{name}="ready">`, e.g. journal-state, search-state, overview-state. */
export async function appStateReady(page: Page, name: string, timeout = 15_000): Promise<void> {
  await page.locator(`html[data-${name}="ready"]`).waitFor({ state: 'attached', timeout });
}

/** Moves within the app as a link would (a hash change), without reloading the page. */
export async function goToRoute(page: Page, path: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(`#${path}`)}`);
}

/**
 * Waits until the save indicator has said "Saved" for a while: local writes are batched for
 * tens of milliseconds and mirror writes for a quarter second, so one glimpse is not enough.
 */
export async function settledSaved(page: Page, quietMs = 800, timeoutMs = 15_000): Promise<void> {
  const indicator = page.getByTestId('save-state');
  const deadline = Date.now() + timeoutMs;
  let savedSince: number | null = null;
  while (Date.now() < deadline) {
    const state = await indicator.getAttribute('data-state');
    if (state === 'saved') {
      savedSince ??= Date.now();
      if (Date.now() - savedSince >= quietMs) return;
    } else {
      if (state === 'error') throw new Error(`Save failed: ${await indicator.textContent()}`);
      savedSince = null;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('The save indicator did not settle on "Saved"');
}

/**
 * After "New entry": waits until the route shows the new entry (its id in the address and its
 * article on screen). The previous entry stays mounted until then, so typing any earlier could
 * land in it. Returns the new entry's id.
 */
export async function waitForNewEntry(page: Page, hashBefore: string, timeout = 15_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let hash = new URL(page.url()).hash;
  while (hash === hashBefore || !hash.startsWith('#/journal/')) {
    if (Date.now() > deadline) throw new Error('The new entry never opened');
    await page.waitForTimeout(20);
    hash = new URL(page.url()).hash;
  }
  const id = hash.slice('#/journal/'.length);
  await page.locator(`article[data-entry-id="${id}"]`).waitFor({ timeout });
  return id;
}
