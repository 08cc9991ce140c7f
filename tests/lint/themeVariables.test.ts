import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A style that reads a custom property nobody defines falls back to its hard-coded default in
 * both themes: grey text meant for a light page ends up on the dark one (the audit found muted
 * history text at 2.6:1 in dark). Every `var(--name)` in the window's style sheets must name a
 * property some style sheet defines (the theme's `--tandem-*` ones, or a component's own).
 */

const RENDERER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'renderer', 'src');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('theme variables', () => {
  const sheets = cssFiles(RENDERER).map((file) => ({ file, css: readFileSync(file, 'utf8') }));
  const defined = new Set(
    sheets.flatMap(({ css }) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!)),
  );

  it('include the theme', () => {
    expect(defined).toContain('--tandem-muted');
  });

  it('are only read where some style sheet defines them', () => {
    const problems = sheets.flatMap(({ file, css }) =>
      [...css.matchAll(/var\(\s*(--[\w-]+)/g)]
        .filter((m) => !defined.has(m[1]!))
        .map((m) => `${relative(RENDERER, file)}: ${m[1]} is not defined anywhere`),
    );
    expect(problems).toEqual([]);
  });
});
