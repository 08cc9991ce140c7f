import { appendFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  copyOfBuild,
  importedSpecifiers,
  mainDependencyProblems,
  missingEntries,
  missingPageAssets,
  OUT_DIR,
  parseProblems,
  PROJECT_ROOT,
} from './support/buildOutputs';

/**
 * The files `npm run build` wrote, as files: all there, all parseable by the runtime that
 * loads them, and main importing only what an installed Tandem carries. Then the same checks
 * against copies broken on purpose, to show they catch what they are for.
 */

const manifest = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const copies: string[] = [];
afterEach(async () => {
  for (const copy of copies.splice(0)) await rm(copy, { recursive: true, force: true });
});
async function brokenCopy(): Promise<string> {
  const copy = await copyOfBuild();
  copies.push(copy);
  return copy;
}

describe('the build output', () => {
  it('has the main bundle, the preload and the page', async () => {
    expect(await missingEntries(OUT_DIR)).toEqual([]);
  });

  it('parses, every script of it', async () => {
    expect(await parseProblems(OUT_DIR)).toEqual([]);
  });

  it('has every script and stylesheet the page loads', async () => {
    expect(await missingPageAssets(OUT_DIR)).toEqual([]);
  });

  it('keeps main’s libraries external, each one a production dependency', async () => {
    const imported = importedSpecifiers(await readFile(join(OUT_DIR, 'main', 'index.js'), 'utf8'));
    // The libraries main really runs on, so the check below is not vacuous.
    expect(imported).toEqual(expect.arrayContaining(['electron', 'fflate', 'hyperswarm', 'yjs', 'zod']));
    expect(await mainDependencyProblems(OUT_DIR, manifest)).toEqual([]);
  });
});

describe('a broken build output fails these checks, naming what is wrong', () => {
  it('a main bundle that declares `require` twice (the shim and an inlined library) does not parse', async () => {
    const copy = await brokenCopy();
    const mainFile = join(copy, 'out', 'main', 'index.js');
    // The two lines that met when fflate was inlined: electron-vite's ESM shim (added because
    // the inlined code used `require`) and fflate's Node build.
    await appendFile(
      mainFile,
      '\nconst require = __shims_module__.createRequire(import.meta.url);\nvar require = createRequire("/");\n',
    );
    const problems = await parseProblems(join(copy, 'out', 'main'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${mainFile} does not parse`);
    expect(problems[0]).toContain("Identifier 'require' has already been declared");
  });

  it('a missing preload is named', async () => {
    const copy = await brokenCopy();
    await rm(join(copy, 'out', 'preload', 'index.cjs'));
    expect(await missingEntries(join(copy, 'out'))).toEqual([
      `${join(copy, 'out', 'preload', 'index.cjs')} is missing or unreadable: run \`npm run build\``,
    ]);
  });

  it('a page asset that is not there is named', async () => {
    const copy = await brokenCopy();
    const indexHtml = join(copy, 'out', 'renderer', 'index.html');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(await readFile(indexHtml, 'utf8'))?.[1];
    if (!script) throw new Error('index.html loads no script');
    await rm(join(copy, 'out', 'renderer', script));
    expect(await missingPageAssets(join(copy, 'out'))).toEqual([
      `${indexHtml} loads ./${script}, which is not in ${join(copy, 'out', 'renderer')}`,
    ]);
  });

  it('a devDependency imported or inlined by main is named, with what to do', async () => {
    const copy = await brokenCopy();
    const mainFile = join(copy, 'out', 'main', 'index.js');
    await appendFile(mainFile, '\nimport { stringify } from "yaml";\n// node_modules/fflate/esm/index.mjs\n');
    const asBefore = {
      dependencies: Object.fromEntries(
        Object.entries(manifest.dependencies).filter(([name]) => name !== 'fflate'),
      ),
      devDependencies: { ...manifest.devDependencies, fflate: manifest.dependencies.fflate ?? '*' },
    };
    expect(await mainDependencyProblems(join(copy, 'out'), asBefore)).toEqual([
      `${mainFile} imports 'fflate', but fflate is a devDependency; the packaged app would not have it`,
      `${mainFile} imports 'yaml', but yaml is a devDependency; the packaged app would not have it`,
      `${mainFile} inlines node_modules/fflate: make it a production dependency so main keeps it external`,
    ]);
  });
});
