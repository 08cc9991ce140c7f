import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIG_ENTRY_TITLE, generateJournal } from '../../bench/journalGenerator';
import { seedIndexedDb } from '../../bench/browserSteps';
import { DocumentMirror } from '../../electron/main/mirror/DocumentMirror';
import { startHarness, type Harness } from './harness';
import { appStateReady, settledSaved } from './harness/appState';
import { listFiles } from './harness/canaryScan';

/**
 * The first start of a journal written before encryption: the disk mirror and the window's
 * databases hold plain Yjs updates. Main seals the mirror, the window seals its databases
 * before anything opens, and the journal opens whole; afterwards no mirror file holds the plain
 * text and every IndexedDB record is sealed.
 */

let harness: Harness;
let page: Page;
const journal = generateJournal({ weeks: 30, bigEntryWords: 400 });

beforeAll(async () => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-legacy-'));
  const plain = new DocumentMirror({ documentsDir: join(userDataDir, 'documents') });
  for (const [docId, update] of journal.docs) await plain.append(docId, update);
  await plain.whenIdle();
  harness = await startHarness({ main: { userDataDir } });
  page = harness.context.pages()[0] ?? (await harness.newPage());
  // Any page of the app's origin that is not the app: the old journal's databases are written there.
  await page.goto(`${harness.server.origin}/no-app-here`);
  await seedIndexedDb(page, journal.docs);
});

afterAll(async () => {
  await harness.close();
});

const STORED_RECORDS = `(async () => {
  const names = (await indexedDB.databases()).map((d) => d.name).filter((n) => n.startsWith('tandem/') && n !== 'tandem/search-index');
  const out = [];
  for (const name of names) {
    const db = await new Promise((resolve, reject) => { const r = indexedDB.open(name); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const values = await new Promise((resolve) => { const g = db.transaction('updates').objectStore('updates').getAll(); g.onsuccess = () => resolve(g.result); });
    db.close();
    for (const v of values) out.push(Array.from(v.slice(0, 4)));
  }
  return out;
})()`;

describe('the first start of a journal from before encryption', () => {
  it('seals it, then opens it whole', async () => {
    await page.goto(harness.appUrl);
    await page
      .getByRole('button', { name: 'Skip for now' })
      .click()
      .catch(() => undefined);
    await appStateReady(page, 'journal-state', 60_000);
    await page
      .getByRole('navigation', { name: 'Journal entries' })
      .getByRole('link', { name: new RegExp(`^${BIG_ENTRY_TITLE}`) })
      .waitFor();
    expect(harness.ipcCalls.some((c) => c.channel === 'tandem:atRest:windowSealed' && c.ok)).toBe(true);
    // Sealing is not damage: no document was set aside or repaired on the way.
    await settledSaved(page);
    expect(await page.getByTestId('recovery-notice').count()).toBe(0);

    await harness.main.atRest.mirrorSealed;
    await harness.main.mirror.whenIdle();
    for (const file of await listFiles(harness.main.userDataDir)) {
      expect((await readFile(file)).includes(Buffer.from(BIG_ENTRY_TITLE)), file).toBe(false);
    }
    const heads = await page.evaluate<number[][]>(STORED_RECORDS);
    expect(heads.length).toBeGreaterThanOrEqual(journal.docs.size);
    // Every record starts with the sealed-record header ("TAR", format 1).
    expect(heads.filter((h) => h.join(',') !== '84,65,82,1')).toEqual([]);
  });
});
