import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { checkTargets, TARGETS } from '../../bench/targets';

const run = promisify(execFile);
const s = (median: number, p95: number, max = p95) => ({ n: 10, median, p95, min: median, max, samples: [] });

/** A report in which every target is met by a clear margin. */
function fastReport(): Record<string, unknown> {
  return {
    appLoadToJournalReadyMs: s(90, 120),
    stockVaultLoadMs: s(100, 130),
    typing: { entry: s(6, 10, 20), meetingNotes: s(5, 9, 18) },
    openBigEntryMs: { ready: s(50, 60), stock: s(48, 55) },
    meetingOpenMs: { current: { ready: s(30, 50) }, past: { ready: s(40, 70) } },
    searchMs: { painted: s(8, 12) },
    firstLoad: { journalReady: 100, searchReady: 700 },
    pasteMs: { longestTask: s(120, 150, 160), longestTaskAfterPaste: s(60, 80, 90) },
    memory: { rendererHeapBytes: 19e6 },
    overviewOpenMs: { ready: s(40, 60) },
    consentRecordMs: { render: s(40, 60) },
    itemHistoryMs: { open: s(30, 40), view: s(70, 90) },
    managerDeskMs: { open: s(35, 60) },
    backupRestoreMs: { backup: s(1200, 1400), restore: s(1500, 1800) },
    planPdfMs: { total: s(400, 500) },
    atRest: { on: { startup: s(104, 130) }, off: { startup: s(100, 125) } },
  };
}

describe('bench:check targets', () => {
  it('passes a report that meets every target', () => {
    const checked = checkTargets([{ name: 'a.json', report: fastReport() }]);
    expect(checked.filter((c) => !c.measurement?.pass).map((c) => c.target.id)).toEqual([]);
    expect(checked).toHaveLength(TARGETS.length);
  });

  it('misses a start-up slower than stock, a slow search frame and a long paste task', () => {
    const report = {
      ...fastReport(),
      appLoadToJournalReadyMs: s(112, 140),
      searchMs: { painted: s(8, 43) },
      pasteMs: { longestTask: s(120, 150, 160), longestTaskAfterPaste: s(100, 160, 210) },
    };
    const missed = checkTargets([{ name: 'a.json', report }])
      .filter((c) => c.measurement?.pass === false)
      .map((c) => c.target.id);
    expect(missed).toEqual(['startup', 'search', 'paste']);
  });

  it('counts a figure no report holds as not measured, and takes each from the newest report that has it', () => {
    const partial = { meetingOpenMs: { current: { ready: s(200, 300) }, past: { ready: s(30, 40) } } };
    const full = { ...fastReport() };
    delete full.memory;
    const checked = checkTargets([
      { name: 'new.json', report: partial },
      { name: 'old.json', report: full },
    ]);
    const byId = new Map(checked.map((c) => [c.target.id, c]));
    expect(byId.get('memory')).toMatchObject({ source: null, measurement: null });
    expect(byId.get('meeting-current')).toMatchObject({ source: 'new.json', measurement: { pass: false } });
    expect(byId.get('search')).toMatchObject({ source: 'old.json', measurement: { pass: true } });
  });

  it('ignores figures of the wrong shape instead of passing them', () => {
    const report = { ...fastReport(), searchMs: { painted: { median: '8', p95: null } } };
    const search = checkTargets([{ name: 'a.json', report }]).find((c) => c.target.id === 'search');
    expect(search?.measurement).toBeNull();
  });
});

describe('npm run bench:check', () => {
  let dir: string | null = null;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = null;
  });

  async function check(reports: Record<string, unknown>): Promise<{ code: number; stdout: string }> {
    dir = await mkdtemp(join(tmpdir(), 'bench-check-'));
    for (const [name, report] of Object.entries(reports)) {
      await writeFile(join(dir, name), typeof report === 'string' ? report : JSON.stringify(report));
    }
    const script = join(import.meta.dirname, '../../bench/check.ts');
    try {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', script, '--dir', dir]);
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string };
      return { code: failed.code, stdout: failed.stdout };
    }
  }

  it('exits 0 when every target is met and non-zero on a miss', async () => {
    const met = await check({ '2026-12-08T01-00-00-000Z.json': fastReport() });
    expect(met.code).toBe(0);
    expect(met.stdout).toContain(`${TARGETS.length} of ${TARGETS.length} targets met`);

    const slower = { ...fastReport(), overviewOpenMs: { ready: s(140, 180) } };
    const missed = await check({
      '2026-12-08T01-00-00-000Z.json': fastReport(),
      '2026-12-08T02-00-00-000Z.json': slower,
      'broken.json': '{not json',
    });
    expect(missed.code).toBe(1);
    expect(missed.stdout).toMatch(/MISS\s+overview\s+median 140\.0 ms/);
    expect(missed.stdout).toContain('missed or not measured: overview');
  });

  it('says how to get results when there are none', async () => {
    const none = await check({});
    expect(none.code).toBe(2);
  });
});
