import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Right-to-left languages mirror the layout only if the styles say "start" and "end" rather
 * than "left" and "right". Every style sheet of the window uses logical properties; the print
 * view is laid out for paper, but it follows the language's direction too, so it is checked
 * as well. A transform along X (a switch's knob) needs its own `[dir='rtl']` rule beside it.
 */

const RENDERER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'renderer', 'src');

const PHYSICAL: [RegExp, string][] = [
  [/\b(margin|padding|border)-(left|right)\b/, 'use margin/padding/border-inline-start or -end'],
  [/(^|[\s;{])(left|right)\s*:/, 'use inset-inline-start or -end'],
  [/text-align\s*:\s*(left|right)\b/, 'use text-align: start or end'],
  [/float\s*:\s*(left|right)\b/, 'use float: inline-start or inline-end'],
  [/\bborder-(top|bottom)-(left|right)-radius\b/, 'use border-start-start-radius and friends'],
];

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('style sheets', () => {
  const files = cssFiles(RENDERER);

  it('are found', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('use logical properties, so right-to-left languages mirror the layout', () => {
    const problems: string[] = [];
    for (const file of files) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/\/\*.*?\*\//g, '');
        for (const [pattern, advice] of PHYSICAL) {
          if (pattern.test(code))
            problems.push(`${relative(RENDERER, file)}:${i + 1}: ${line.trim()} (${advice})`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('mirror every sideways transform in right-to-left', () => {
    const problems: string[] = [];
    for (const file of files) {
      const css = readFileSync(file, 'utf8');
      const moves = css.match(/translateX\((?!-50%)[^)]*\)/g) ?? [];
      if (moves.length > 0 && !css.includes("[dir='rtl']")) {
        problems.push(`${relative(RENDERER, file)} moves along X without a [dir='rtl'] rule`);
      }
    }
    expect(problems).toEqual([]);
  });
});
