import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/**
 * Compiles the stand-in `electron` module (tests/build/standIn) to JavaScript the child Node
 * process can load. The sources stay strict TypeScript, checked and linted with the rest; each
 * file is transpiled on its own (no bundling, nothing of the app's sources involved). The output
 * goes under node_modules/.tmp so that its one library import (zod) resolves from the project.
 */

const STAND_IN_FILES = ['electron', 'protocol', 'resolveElectron', 'register'] as const;
const SOURCE_DIR = join(import.meta.dirname, '..', 'standIn');
const OUTPUT_ROOT = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.tmp');

export interface CompiledStandIn {
  /** Pass to `node --import` before the built main bundle. */
  registerUrl: string;
  remove(): Promise<void>;
}

export async function compileStandIn(): Promise<CompiledStandIn> {
  await mkdir(OUTPUT_ROOT, { recursive: true });
  const outDir = await mkdtemp(join(OUTPUT_ROOT, 'electron-stand-in-'));
  // Without this, Node would read the .js files below node_modules as CommonJS.
  await writeFile(join(outDir, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const name of STAND_IN_FILES) {
    const fileName = join(SOURCE_DIR, `${name}.ts`);
    const output = ts.transpileModule(await readFile(fileName, 'utf8'), {
      fileName,
      reportDiagnostics: true,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
        sourceMap: false,
      },
    });
    const problems = output.diagnostics ?? [];
    if (problems.length > 0) {
      const text = problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n');
      throw new Error(`Could not compile the electron stand-in ${fileName}:\n${text}`);
    }
    await writeFile(join(outDir, `${name}.js`), output.outputText);
  }
  return {
    registerUrl: pathToFileURL(join(outDir, 'register.js')).href,
    remove: () => rm(outDir, { recursive: true, force: true }),
  };
}
