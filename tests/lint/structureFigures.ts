import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importCycles, importGraph, listFiles, SOURCE_ROOTS } from './importGraph';

/**
 * `npm run structure [-- <checkout>]`: the structure figures docs/ARCHITECTURE.md keeps an eye on,
 * for this checkout or another one (an older commit unpacked with `git archive`, say):
 * source files over 300 lines, renderer feature files importing app/, and import cycles.
 */

const MAX_LINES = 300;
const COUNTED = /\.(ts|tsx|css|html)$/;

export interface StructureFigures {
  longFiles: { path: string; lines: number }[];
  featureFilesImportingApp: string[];
  cycles: string[][];
}

export function structureFigures(root: string): StructureFigures {
  const files = [...SOURCE_ROOTS, 'renderer/index.html'].flatMap((dir) =>
    dir.endsWith('.html') ? [dir] : listFiles(root, dir, (path) => COUNTED.test(path)),
  );
  const longFiles = files
    .map((path) => ({ path, lines: readFileSync(resolve(root, path), 'utf8').split('\n').length - 1 }))
    .filter((file) => file.lines > MAX_LINES)
    .sort((a, b) => b.lines - a.lines);
  const graph = importGraph(root);
  const featureFilesImportingApp = [...graph]
    .filter(
      ([file, targets]) =>
        file.startsWith('renderer/src/features/') && targets.some((t) => t.startsWith('renderer/src/app/')),
    )
    .map(([file]) => file);
  return { longFiles, featureFilesImportingApp, cycles: importCycles(graph) };
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const root = resolve(process.argv[2] ?? '.');
  const figures = structureFigures(root);
  console.log(`files over ${MAX_LINES} lines: ${figures.longFiles.length}`);
  for (const file of figures.longFiles) console.log(`  ${file.lines} ${file.path}`);
  console.log(`feature files importing app/: ${figures.featureFilesImportingApp.length}`);
  for (const file of figures.featureFilesImportingApp) console.log(`  ${file}`);
  console.log(`import cycles: ${figures.cycles.length}`);
  for (const cycle of figures.cycles) console.log(`  ${cycle.join(' ↔ ')}`);
}
