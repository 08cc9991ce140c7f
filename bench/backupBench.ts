import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { BACKUP_READ_LIMITS } from '../shared/export/backupArchive';
import { bytesSource, readZipDirectory, readZipEntry } from '../shared/export/zipReader';
import type { Harness } from '../tests/e2e/harness';
import { loadApp, waitForSaved } from './browserSteps';
import { summarise, type Summary } from './stats';

/**
 * Full backup and restore of the benchmark's profile (the ten-year journal, plus whatever other
 * sections added), through the Settings page of the built app with the real main-process
 * service behind window.tandem; only the native file dialogs answer by script. Per run:
 *   backup:  click "Create backup…" → "Saved a backup …" on screen (read every document from
 *            IndexedDB, hand them to main, build the ZIP, write it atomically);
 *   restore: click "Restore from backup…" → confirm → "… Tandem is reloading" on screen (main
 *            reads and checks the whole archive; the page checks every document, main swaps its
 *            disk copy, the page replaces IndexedDB). The reload that follows is not counted.
 * Target: under 3 s each.
 */

export const BACKUP_RUNS = 3;
export const BACKUP_TARGET_MS = 3000;

/** Runs in the page: clicks through and times until the closing message (a string: see growthBench). */
const CLICK_THROUGH = `async ({ button, confirm, done, timeoutMs }) => {
  const byText = (text) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === text && !b.disabled);
  const waitFor = (check, what) => new Promise((resolve, reject) => {
    const found = check();
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const hit = check();
      if (!hit) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(hit);
    });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('Timed out waiting for ' + what)); }, timeoutMs);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const start = performance.now();
  byText(button).click();
  let confirmedAt = null;
  if (confirm) {
    const confirmButton = await waitFor(() => byText(confirm), confirm);
    confirmedAt = performance.now() - start;
    confirmButton.click();
  }
  const notice = await waitFor(() => document.querySelector('.backup-notice'), 'the closing message');
  const ms = performance.now() - start;
  if (!notice.textContent.includes(done)) throw new Error(notice.textContent);
  return { ms, confirmedAt, text: notice.textContent };
}`;

interface ClickThrough {
  ms: number;
  confirmedAt: number | null;
  text: string;
}

export interface BackupBenchReport {
  documents: number;
  archiveBytes: number;
  backup: Summary;
  restore: Summary;
  /** Of the restore: until the confirmation showed (main read and checked the archive, sent it over). */
  restoreOpen: Summary;
  /** Time spent inside main's handlers (the rest is the page, and the harness's IPC stand-in). */
  main: { backupWrite: Summary; restoreOpen: Summary; restoreSwap: Summary };
  /**
   * What the read budget costs: unpacking every entry of the same archive as restore did before
   * the limits (fflate's unzipSync, everything at once) against the budgeted reader (table of
   * files checked first, listed entries one at a time, each bounded by its declared size).
   */
  unpack: { unbudgeted: Summary; budgeted: Summary };
  targetMs: number;
  verdict: { backup: 'PASS' | 'MISS'; restore: 'PASS' | 'MISS' };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openSettings(page: Page, appUrl: string): Promise<void> {
  await loadApp(page, appUrl);
  await waitForSaved(page).catch(() => undefined);
  await sleep(300);
  await page.evaluate(`location.hash = '#/settings'`);
  await page.getByRole('button', { name: 'Create backup…' }).waitFor();
}

type TimedChannel = 'tandem:backup:write' | 'tandem:backup:open' | 'tandem:backup:restore';

/** Records how long main's handler for `channel` takes, per call (the harness calls these very handlers). */
function timeHandler(harness: Harness, channel: TimedChannel, into: number[]): () => void {
  const handlers = harness.main.handlers as Record<TimedChannel, (args: never) => Promise<unknown>>;
  const original = handlers[channel];
  handlers[channel] = async (args: never) => {
    const start = performance.now();
    try {
      return await original(args);
    } finally {
      into.push(performance.now() - start);
    }
  };
  return () => {
    handlers[channel] = original;
  };
}

export async function measureBackupRestore(
  harness: Harness,
  page: Page,
  appUrl: string,
): Promise<BackupBenchReport> {
  const folder = await mkdtemp(join(tmpdir(), 'tandem-backup-bench-'));
  const mainTimes = { write: [] as number[], open: [] as number[], restore: [] as number[] };
  const untime = [
    timeHandler(harness, 'tandem:backup:write', mainTimes.write),
    timeHandler(harness, 'tandem:backup:open', mainTimes.open),
    timeHandler(harness, 'tandem:backup:restore', mainTimes.restore),
  ];
  try {
    const backups: ClickThrough[] = [];
    const restores: ClickThrough[] = [];
    let documents = 0;
    let archiveBytes = 0;
    for (let run = 0; run < BACKUP_RUNS; run++) {
      const file = join(folder, `backup-${run}.zip`);
      await openSettings(page, appUrl);
      harness.main.dialogAnswers.save.push(file);
      const backup = await page.evaluate<ClickThrough>(
        `(${CLICK_THROUGH})({ button: 'Create backup…', confirm: null, done: 'Saved a backup of', timeoutMs: 60000 })`,
      );
      backups.push(backup);
      documents = Number(/of (\d+) documents/.exec(backup.text)?.[1] ?? 0);
      archiveBytes = (await stat(file)).size;

      harness.main.dialogAnswers.open.push(file);
      const reloaded = page.waitForEvent('load', { timeout: 60_000 });
      restores.push(
        await page.evaluate<ClickThrough>(
          `(${CLICK_THROUGH})({ button: 'Restore from backup…', confirm: 'Replace this journal', done: 'Tandem is reloading', timeoutMs: 60000 })`,
        ),
      );
      await reloaded;
    }
    const backup = summarise(backups.map((b) => b.ms));
    const restore = summarise(restores.map((r) => r.ms));
    const unpack = await measureUnpacking(join(folder, `backup-${BACKUP_RUNS - 1}.zip`));
    return {
      documents,
      archiveBytes,
      backup,
      restore,
      restoreOpen: summarise(restores.map((r) => r.confirmedAt ?? Number.NaN)),
      main: {
        backupWrite: summarise(mainTimes.write),
        restoreOpen: summarise(mainTimes.open),
        restoreSwap: summarise(mainTimes.restore),
      },
      unpack,
      targetMs: BACKUP_TARGET_MS,
      verdict: {
        backup: backup.median < BACKUP_TARGET_MS ? 'PASS' : 'MISS',
        restore: restore.median < BACKUP_TARGET_MS ? 'PASS' : 'MISS',
      },
    };
  } finally {
    for (const restore of untime) restore();
    await rm(folder, { recursive: true, force: true });
  }
}

const UNPACK_RUNS = 7;

async function measureUnpacking(file: string): Promise<BackupBenchReport['unpack']> {
  const bytes = new Uint8Array(await readFile(file));
  const unbudgeted: number[] = [];
  const budgeted: number[] = [];
  for (let run = 0; run < UNPACK_RUNS; run++) {
    let start = performance.now();
    unzipSync(bytes);
    unbudgeted.push(performance.now() - start);
    start = performance.now();
    const source = bytesSource(bytes);
    const entries = await readZipDirectory(source, {
      maxEntries: BACKUP_READ_LIMITS.maxDocuments + 64,
      maxDirectoryBytes: BACKUP_READ_LIMITS.maxDirectoryBytes,
    });
    for (const entry of entries.values()) await readZipEntry(source, entry);
    budgeted.push(performance.now() - start);
  }
  return { unbudgeted: summarise(unbudgeted), budgeted: summarise(budgeted) };
}

export function describeBackupReport(report: BackupBenchReport): string[] {
  const ms = (s: Summary) => `${s.median.toFixed(0)} ms`;
  return [
    `(j) full backup of ${report.documents} documents (${(report.archiveBytes / 1e6).toFixed(1)} MB file): median ` +
      `${ms(report.backup)}, p95 ${ms({ ...report.backup, median: report.backup.p95 })} (target < ${report.targetMs} ms) → ` +
      `${report.verdict.backup}; in main ${ms(report.main.backupWrite)}`,
    `    restore: median ${ms(report.restore)}, p95 ${ms({ ...report.restore, median: report.restore.p95 })} → ` +
      `${report.verdict.restore}; opened and checked ${ms(report.restoreOpen)} (in main ${ms(report.main.restoreOpen)}), ` +
      `disk copy swapped in main ${ms(report.main.restoreSwap)}`,
    `    unpacking the archive: within the read budget ${ms(report.unpack.budgeted)}, unbudgeted as ` +
      `before ${ms(report.unpack.unbudgeted)} (medians of ${UNPACK_RUNS})`,
  ];
}
