import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, startHarness, type Harness } from './harness';
import { appStateReady, goToRoute, settledSaved, waitForNewEntry } from './harness/appState';
import { auditAccessibility, describeViolations } from './harness/axeAudit';

/**
 * Export and backup end to end: the built renderer in Chromium, the real main-process service
 * behind window.tandem (only the native file dialogs are scripted). Write entries, back them up,
 * export Markdown, write more, restore the backup (the page reloads), and refuse a damaged file.
 */

const titles = ['Quarter in review', 'Mentoring session with Priya'];
const afterBackup = 'Written after the backup';

const journalList = (page: Page) => page.getByRole('navigation', { name: 'Journal entries' });
const listItem = (page: Page, title: string) =>
  journalList(page).getByRole('link', { name: new RegExp(`^${title}`) });

async function writeEntry(page: Page, title: string, body: string): Promise<void> {
  await goToRoute(page, '/journal');
  const hashBefore = new URL(page.url()).hash;
  await page.getByRole('button', { name: 'New entry' }).click();
  const chooser = page.getByRole('dialog');
  await chooser.getByRole('button', { name: /^Blank page/ }).click();
  await chooser.waitFor({ state: 'detached' });
  await waitForNewEntry(page, hashBefore);
  await page.locator('[data-testid="entry-editor"][data-ready="true"]').waitFor();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByRole('textbox', { name: 'Entry body' }).click();
  await page.keyboard.type(body);
  await listItem(page, title).waitFor();
  await settledSaved(page);
}

async function openSettings(page: Page): Promise<void> {
  await goToRoute(page, '/settings');
  await page.getByRole('heading', { name: 'Backup' }).waitFor();
}

describe('export and backup in the app', () => {
  let harness: Harness;
  let page: Page;
  let backupFile: string;

  beforeAll(async () => {
    harness = await startHarness({ colorScheme: 'light' });
    page = harness.context.pages()[0] ?? (await harness.newPage());
    await page.goto(harness.appUrl);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await appStateReady(page, 'journal-state');
    for (const title of titles) await writeEntry(page, title, `Notes for ${title.toLowerCase()}.`);
    backupFile = join(harness.main.userDataDir, '..', `${new URL(harness.appUrl).port}-backup.zip`);
  });

  afterAll(async () => {
    await harness.close();
  });

  /** How many documents the backup made here holds (the restore dialog counts them). */
  let backedUpDocuments = 0;

  it('creates a full backup file through Settings', async () => {
    await openSettings(page);
    harness.main.dialogAnswers.save.push(backupFile);
    await page.getByRole('button', { name: 'Create backup…' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved a backup of' }).waitFor();
    const files = unzipSync(await readFile(backupFile));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { documents: { docId: string }[] };
    const docIds = manifest.documents.map((d) => d.docId);
    expect(docIds).toEqual(expect.arrayContaining(['vault']));
    // Every entry, the vault, and each entry's local version history (kept on this computer,
    // so in its backups too, and restored with them).
    const histories = docIds.filter((id) => id.startsWith('history:'));
    expect(histories).toHaveLength(titles.length);
    expect(docIds).toHaveLength(titles.length * 2 + 1);
    backedUpDocuments = docIds.length;
    await saveScreenshot(page, 'backup-settings');
  });

  it('exports the journal as Markdown files with front matter', async () => {
    const target = `${backupFile}.markdown.zip`;
    harness.main.dialogAnswers.save.push(target);
    await page.getByRole('button', { name: 'Export as Markdown…' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Exported ${titles.length} items` })
      .waitFor();
    const files = unzipSync(await readFile(target));
    const review = Object.entries(files).find(([name]) => name.endsWith('-quarter-in-review.md'));
    expect(review).toBeDefined();
    expect(strFromU8(review![1])).toMatch(
      /^---\ntitle: Quarter in review\nkind: reflection\n[\s\S]*\n---\n\n# Quarter in review\n\nNotes for quarter in review\.\n$/,
    );
  });

  it('restores the backup: the journal is as it was when the backup was made', async () => {
    await writeEntry(page, afterBackup, 'This one is not in the backup.');
    await openSettings(page);
    harness.main.dialogAnswers.open.push(backupFile);
    await page.getByRole('button', { name: 'Restore from backup…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
    await dialog.getByText(`${backedUpDocuments} documents`).waitFor();
    await saveScreenshot(page, 'backup-restore-confirm');
    // The confirmation passes the accessibility audit in both themes, over one main landmark.
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.getByRole('main').count()).toBe(1);
      problems.push(
        ...describeViolations(`restore confirmation (${scheme})`, await auditAccessibility(page)),
      );
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(problems).toEqual([]);
    await dialog.getByRole('button', { name: 'Replace this journal' }).click();
    await page.getByRole('status').filter({ hasText: 'Tandem is reloading' }).waitFor();
    await page.waitForEvent('load', { timeout: 15_000 });
    // The page reloads where it was (Settings); the journal list is one click away.
    await goToRoute(page, '/journal');
    await appStateReady(page, 'journal-state');
    for (const title of titles) await listItem(page, title).waitFor();
    expect(await listItem(page, afterBackup).count()).toBe(0);
    // The disk copy was replaced too: the entry written after the backup is not in main's vault.
    const vault = await harness.main.mirror.load('vault');
    expect(Buffer.from(vault.update!).includes(Buffer.from(afterBackup))).toBe(false);
  });

  it('refuses a truncated backup with a clear message and changes nothing', async () => {
    const truncated = `${backupFile}.truncated.zip`;
    const bytes = await readFile(backupFile);
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await openSettings(page);
    harness.main.dialogAnswers.open.push(truncated);
    await page.getByRole('button', { name: 'Restore from backup…' }).click();
    await page.getByRole('alert').filter({ hasText: 'incomplete or damaged' }).waitFor();
    await saveScreenshot(page, 'backup-refused');
    await goToRoute(page, '/journal');
    for (const title of titles) await listItem(page, title).waitFor();
    expect(harness.pageErrors).toEqual([]);
  });
});
