import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, importSpecifiers } from './importGraph';

/**
 * Imports run one way (docs/ARCHITECTURE.md, "Rules lint and tests enforce"): no two source
 * files import each other, directly or around a loop, type-only imports included.
 */

describe('import cycles', () => {
  it('the shipped source (electron/, renderer/src/, shared/) has none', () => {
    expect(importCycles(importGraph(process.cwd()))).toEqual([]);
  });

  it('renderer features depend on each other one way (through their indexes)', () => {
    const features = 'renderer/src/features/';
    const featureOf = (file: string) =>
      file.startsWith(features) ? file.slice(features.length).split('/')[0]! : null;
    const graph = new Map<string, Set<string>>();
    for (const [file, targets] of importGraph(process.cwd())) {
      const from = featureOf(file);
      if (from === null) continue;
      const uses = graph.get(from) ?? graph.set(from, new Set()).get(from)!;
      for (const to of targets.map(featureOf)) if (to !== null && to !== from) uses.add(to);
    }
    const asLists = new Map([...graph].map(([feature, uses]) => [feature, [...uses]]));
    expect(importCycles(asLists)).toEqual([]);
  });

  it('finds a loop of any length, a file importing itself, and nothing in a one-way graph', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['e.ts']],
      ['e.ts', ['e.ts']],
      ['f.ts', ['a.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['e.ts'], ['a.ts', 'b.ts', 'c.ts']]);
    expect(
      importCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads type-only imports, re-exports and dynamic imports as edges', () => {
    const source = [
      "import type { A } from './a';",
      "export { b } from './b';",
      "const c = () => import('./c');",
      "import 'd';",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['./a', './b', './c', 'd']);
  });
});
