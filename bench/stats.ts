/** Summary statistics for a handful of timings (linear interpolation between ranks). */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  samples: number[];
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lower = Math.floor(pos);
  const upper = Math.ceil(pos);
  const a = sorted[lower]!;
  const b = sorted[upper]!;
  return a + (b - a) * (pos - lower);
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    n: sorted.length,
    median: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted.at(-1) ?? Number.NaN),
    samples: samples.map(round),
  };
}

/** A plain-text table: one row per metric. */
export function formatTable(rows: { metric: string; summary: Summary | null; note?: string }[]): string {
  const header = ['metric', 'n', 'median ms', 'p95 ms', 'min', 'max', ''];
  const lines = rows.map(({ metric, summary, note }) =>
    summary
      ? [
          metric,
          String(summary.n),
          summary.median.toFixed(1),
          summary.p95.toFixed(1),
          summary.min.toFixed(1),
          summary.max.toFixed(1),
          note ?? '',
        ]
      : [metric, '-', '-', '-', '-', '-', note ?? 'not measured'],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
}
