import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkTargets, type CheckedTarget } from './targets';

/**
 * `npm run bench:check`: compares the latest bench results (bench/results, written by
 * `npm run bench`) with the targets in bench/targets.ts and exits non-zero when any target is
 * missed or was never measured. It runs on demand, never in `npm test`: timings belong to the
 * bench, not to a pass/fail test suite. `--dir <folder>` reads results from elsewhere.
 */

const RESULTS_FILE = /^\d{4}-\d\d-\d\dT[\d-]+Z\.json$/;

function resultsDir(argv: readonly string[]): string {
  const at = argv.indexOf('--dir');
  return at === -1 ? join(import.meta.dirname, 'results') : (argv[at + 1] ?? '');
}

/** Every timestamped report in `dir`, newest first; unreadable files are named and skipped. */
async function readReports(dir: string): Promise<{ name: string; report: unknown }[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => RESULTS_FILE.test(n));
  } catch {
    return [];
  }
  names.sort().reverse();
  const reports: { name: string; report: unknown }[] = [];
  for (const name of names) {
    try {
      reports.push({ name, report: JSON.parse(await readFile(join(dir, name), 'utf8')) as unknown });
    } catch (error) {
      process.stderr.write(`Skipping ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  return reports;
}

function line(checked: CheckedTarget): string {
  const { target, measurement, source } = checked;
  const verdict = measurement === null ? 'NOT MEASURED' : measurement.pass ? 'PASS' : 'MISS';
  const figure = measurement === null ? '' : `${measurement.shown} `;
  const from = source === null ? '' : ` [${source}]`;
  return `${verdict.padEnd(12)} ${target.id.padEnd(16)} ${figure}(target ${target.limit}) — ${target.what}${from}`;
}

async function main(): Promise<number> {
  const dir = resultsDir(process.argv.slice(2));
  const reports = await readReports(dir);
  if (reports.length === 0) {
    process.stderr.write(`No bench results in ${dir}: run \`npm run bench\` first.\n`);
    return 2;
  }
  const checked = checkTargets(reports);
  for (const c of checked) process.stdout.write(`${line(c)}\n`);
  const failing = checked.filter((c) => c.measurement === null || !c.measurement.pass);
  process.stdout.write(
    `\n${checked.length - failing.length} of ${checked.length} targets met` +
      (failing.length > 0
        ? `; missed or not measured: ${failing.map((c) => c.target.id).join(', ')}\n`
        : '\n'),
  );
  return failing.length === 0 ? 0 : 1;
}

process.exitCode = await main();
