import { z } from 'zod';

/**
 * The speed and memory targets the issues set, as checks over one `npm run bench` report
 * (bench/results/*.json). Each check reads its own figures from the report; a figure the report
 * does not hold is "not measured", which `npm run bench:check` counts as a miss: a target nobody
 * measures is not met.
 */

const summary = z.object({ median: z.number(), p95: z.number(), max: z.number() });

/** Reads `path` (dot-separated) from a parsed JSON report, or undefined. */
function at(report: unknown, path: string): unknown {
  let value: unknown = report;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function summaryAt(report: unknown, path: string): z.infer<typeof summary> | null {
  const parsed = summary.safeParse(at(report, path));
  return parsed.success ? parsed.data : null;
}

export interface Measurement {
  /** The figure as the bench printed it, e.g. "p95 14.2 ms" or "1.04×". */
  shown: string;
  pass: boolean;
}

export interface Target {
  id: string;
  /** Which issue set it and what it asks, in a few words. */
  what: string;
  /** The target itself, as printed. */
  limit: string;
  measure: (report: unknown) => Measurement | null;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function below(path: string, stat: 'median' | 'p95' | 'max', limitMs: number) {
  return (report: unknown): Measurement | null => {
    const s = summaryAt(report, path);
    if (!s) return null;
    return { shown: `${stat} ${ms(s[stat])}`, pass: s[stat] < limitMs };
  };
}

/** Both a median and a p95 limit on one summary. */
function medianAndP95(path: string, medianMs: number, p95Ms: number) {
  return (report: unknown): Measurement | null => {
    const s = summaryAt(report, path);
    if (!s) return null;
    return {
      shown: `median ${ms(s.median)}, p95 ${ms(s.p95)}`,
      pass: s.median < medianMs && s.p95 < p95Ms,
    };
  };
}

/** `ours` against `stock` (median and p95 each), at most `limit` times. */
function ratioOf(ours: string, stock: string, limit: number) {
  return (report: unknown): Measurement | null => {
    const a = summaryAt(report, ours);
    const b = summaryAt(report, stock);
    if (!a || !b || b.median <= 0 || b.p95 <= 0) return null;
    const median = a.median / b.median;
    const p95 = a.p95 / b.p95;
    return {
      shown: `median ${median.toFixed(2)}×, p95 ${p95.toFixed(2)}× (${ms(a.median)} vs ${ms(b.median)})`,
      pass: median <= limit && p95 <= limit,
    };
  };
}

export const TARGETS: readonly Target[] = [
  {
    id: 'startup',
    what: 'issue 21 (1): journal list interactive vs stock y-indexeddb vault load',
    limit: '≤ 1.0× (median and p95)',
    measure: ratioOf('appLoadToJournalReadyMs', 'stockVaultLoadMs', 1.0),
  },
  {
    id: 'typing',
    what: 'issue 21 (2): keystroke → next frame, 5,000-word entry and live meeting notes',
    limit: 'p95 < 16 ms, max < 50 ms',
    measure: (report) => {
      const entry = summaryAt(report, 'typing.entry');
      const meeting = summaryAt(report, 'typing.meetingNotes');
      if (!entry || !meeting) return null;
      const worst = { p95: Math.max(entry.p95, meeting.p95), max: Math.max(entry.max, meeting.max) };
      return { shown: `p95 ${ms(worst.p95)}, max ${ms(worst.max)}`, pass: worst.p95 < 16 && worst.max < 50 };
    },
  },
  {
    id: 'open-entry',
    what: 'issue 21 (3): 5,000-word entry → editable vs stock loading its document',
    limit: '≤ 1.2× (median and p95)',
    measure: ratioOf('openBigEntryMs.ready', 'openBigEntryMs.stock', 1.2),
  },
  {
    id: 'meeting-current',
    what: 'issue 21 (3): open a one-on-one with 250 past meetings',
    limit: 'median < 60 ms, p95 < 100 ms',
    measure: medianAndP95('meetingOpenMs.current.ready', 60, 100),
  },
  {
    id: 'meeting-past',
    what: 'issue 21 (3): open a past meeting from history',
    limit: 'median < 60 ms, p95 < 100 ms',
    measure: medianAndP95('meetingOpenMs.past.ready', 60, 100),
  },
  {
    id: 'search',
    what: 'issue 21 (4): type → results painted, ten years',
    limit: 'p95 < 16 ms',
    measure: below('searchMs.painted', 'p95', 16),
  },
  {
    id: 'first-index',
    what: 'issue 21 (4): first-ever search index build, ten years',
    limit: '< 1000 ms',
    measure: (report) => {
      const journalReady = at(report, 'firstLoad.journalReady');
      const searchReady = at(report, 'firstLoad.searchReady');
      if (typeof journalReady !== 'number' || typeof searchReady !== 'number') return null;
      const build = searchReady - journalReady;
      return { shown: ms(build), pass: build < 1000 };
    },
  },
  {
    id: 'paste',
    what: 'issue 21 (5): 1 MB paste, longest main-thread task incl. re-indexing',
    limit: '< 200 ms (worst run)',
    measure: (report) => {
      const paste = summaryAt(report, 'pasteMs.longestTask');
      const after = summaryAt(report, 'pasteMs.longestTaskAfterPaste');
      if (!paste || !after) return null;
      const worst = Math.max(paste.max, after.max);
      return { shown: `max ${ms(worst)}`, pass: worst < 200 };
    },
  },
  {
    id: 'memory',
    what: 'issue 21 (6): renderer JS heap, ten years open, searched, a long entry open',
    limit: '< 25 MB',
    measure: (report) => {
      const bytes = at(report, 'memory.rendererHeapBytes');
      if (typeof bytes !== 'number') return null;
      return { shown: `${(bytes / 1e6).toFixed(1)} MB`, pass: bytes < 25e6 };
    },
  },
  {
    id: 'overview',
    what: 'open the Growth overview (40 goals, 60 plans)',
    limit: 'median < 100 ms',
    measure: below('overviewOpenMs.ready', 'median', 100),
  },
  {
    id: 'consent-record',
    what: 'issue 17: "what have I shared" with 2,000 consent events',
    limit: 'median < 100 ms',
    measure: below('consentRecordMs.render', 'median', 100),
  },
  {
    id: 'item-history',
    what: 'issue 17 (7): open an item’s history with 500 versions, and view an earlier one',
    limit: 'median open + view < 200 ms',
    measure: (report) => {
      const open = summaryAt(report, 'itemHistoryMs.open');
      const view = summaryAt(report, 'itemHistoryMs.view');
      if (!open || !view) return null;
      const total = open.median + view.median;
      return { shown: `${ms(total)} (open ${ms(open.median)}, view ${ms(view.median)})`, pass: total < 200 };
    },
  },
  {
    id: 'manager-desk',
    what: 'issue 18 (4): open the manager’s desk, 12 reports × 250 meetings and 40 shared plans',
    limit: 'median < 150 ms',
    measure: below('managerDeskMs.open', 'median', 150),
  },
  {
    id: 'backup',
    what: 'full backup and restore of the ten-year journal',
    limit: 'median < 3000 ms each',
    measure: (report) => {
      const backup = summaryAt(report, 'backupRestoreMs.backup');
      const restore = summaryAt(report, 'backupRestoreMs.restore');
      if (!backup || !restore) return null;
      return {
        shown: `backup ${ms(backup.median)}, restore ${ms(restore.median)}`,
        pass: backup.median < 3000 && restore.median < 3000,
      };
    },
  },
  {
    id: 'plan-pdf',
    what: 'plan PDF export',
    limit: 'median < 1000 ms',
    measure: below('planPdfMs.total', 'median', 1000),
  },
  {
    id: 'at-rest-startup',
    what: 'issue 19 (5): start-up with encryption on vs off',
    limit: '≤ 1.10× (median)',
    measure: (report) => {
      const on = summaryAt(report, 'atRest.on.startup');
      const off = summaryAt(report, 'atRest.off.startup');
      if (!on || !off || off.median <= 0) return null;
      const ratio = on.median / off.median;
      return { shown: `${ratio.toFixed(2)}× (${ms(on.median)} vs ${ms(off.median)})`, pass: ratio <= 1.1 };
    },
  },
];

export interface CheckedTarget {
  target: Target;
  /** The report (file name) the figure came from, or null when no report measured it. */
  source: string | null;
  measurement: Measurement | null;
}

/**
 * Checks every target against the newest report that measured it: partial runs
 * (`npm run bench -- --only meeting`) count for what they ran. `reports` is newest first.
 */
export function checkTargets(reports: readonly { name: string; report: unknown }[]): CheckedTarget[] {
  return TARGETS.map((target) => {
    for (const { name, report } of reports) {
      const measurement = target.measure(report);
      if (measurement) return { target, source: name, measurement };
    }
    return { target, source: null, measurement: null };
  });
}
