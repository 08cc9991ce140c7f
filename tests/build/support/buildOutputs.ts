import { execFile } from 'node:child_process';
import { access, cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

/**
 * What `npm run build` wrote to out/, checked as files: present, parseable by Node, the page's
 * assets there, and main's imports all things the packaged app will have. Every check returns
 * problems that name the file (or import), so a failure says what to fix.
 */

const run = promisify(execFile);

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');
export const OUT_DIR = join(PROJECT_ROOT, 'out');

/** The three entry points electron-vite produces; main loads the other two by these paths. */
export const ENTRY_FILES = ['main/index.js', 'preload/index.cjs', 'renderer/index.html'] as const;

const SCRIPT_EXTENSIONS = ['.js', '.cjs', '.mjs'];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** A copy of out/ (with the package.json beside it) that a test may break on purpose. */
export async function copyOfBuild(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tandem-build-copy-'));
  await cp(OUT_DIR, join(root, 'out'), { recursive: true });
  await cp(join(PROJECT_ROOT, 'package.json'), join(root, 'package.json'));
  return root;
}

/** Entry files that are missing or unreadable. */
export async function missingEntries(outDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const entry of ENTRY_FILES) {
    try {
      await access(join(outDir, entry));
    } catch {
      problems.push(`${join(outDir, entry)} is missing or unreadable: run \`npm run build\``);
    }
  }
  return problems;
}

function stderrOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'stderr' in error && typeof error.stderr === 'string') {
    return error.stderr.trim();
  }
  return String(error);
}

/** Every script under out/ that Node cannot parse (`node --check`), with Node's own message. */
export async function parseProblems(outDir: string): Promise<string[]> {
  const scripts = (await filesUnder(outDir)).filter((file) =>
    SCRIPT_EXTENSIONS.some((ext) => file.endsWith(ext)),
  );
  if (scripts.length === 0) return [`${outDir} holds no scripts at all: run \`npm run build\``];
  const problems: string[] = [];
  // Two at a time: the machines running this have two cores.
  for (let i = 0; i < scripts.length; i += 2) {
    const batch = scripts.slice(i, i + 2);
    const results = await Promise.all(
      batch.map((file) =>
        run(process.execPath, ['--check', file]).then(
          () => null,
          (error: unknown) => `${file} does not parse:\n${stderrOf(error)}`,
        ),
      ),
    );
    problems.push(...results.filter((result): result is string => result !== null));
  }
  return problems;
}

/** The scripts and stylesheets index.html names that are not in out/renderer. */
export async function missingPageAssets(outDir: string): Promise<string[]> {
  const rendererDir = join(outDir, 'renderer');
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/\b(?:src|href)="(\.?\/?[^"#?]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((path) => !/^[a-z]+:/i.test(path));
  const problems: string[] = [];
  for (const path of referenced) {
    try {
      await access(join(rendererDir, path));
    } catch {
      problems.push(`${join(rendererDir, 'index.html')} loads ${path}, which is not in ${rendererDir}`);
    }
  }
  return problems;
}

/** Bare module specifiers a bundle imports (static, dynamic) or requires. */
export function importedSpecifiers(source: string): string[] {
  const patterns = [
    /^\s*import\s[^'"]*?from\s*["']([^"']+)["']/gm,
    /^\s*import\s*["']([^"']+)["']/gm,
    /^\s*export\s[^'"]*?from\s*["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  const found = new Set<string>();
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      const specifier = match[1];
      if (specifier && !specifier.startsWith('.') && !specifier.startsWith('/')) found.add(specifier);
    }
  }
  return [...found].sort();
}

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(packageNameOf(specifier));
}

interface PackageManifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/**
 * The packaging rule for main: every library it uses at run time is a production dependency
 * and stays external (electron-builder packs `dependencies`, and electron-vite leaves them out
 * of the bundle). A devDependency would either be missing from the installed app or, as fflate
 * was, be inlined into the bundle, where its Node build clashed with the ESM shim.
 */
export async function mainDependencyProblems(outDir: string, manifest: PackageManifest): Promise<string[]> {
  const mainFile = join(outDir, 'main', 'index.js');
  const source = await readFile(mainFile, 'utf8');
  const production = new Set(Object.keys(manifest.dependencies ?? {}));
  const problems: string[] = [];
  for (const specifier of importedSpecifiers(source)) {
    if (specifier === 'electron' || isBuiltin(specifier)) continue;
    const name = packageNameOf(specifier);
    if (!production.has(name)) {
      const kind = manifest.devDependencies?.[name] ? 'a devDependency' : 'not a dependency at all';
      problems.push(
        `${mainFile} imports '${specifier}', but ${name} is ${kind}; the packaged app would not have it`,
      );
    }
  }
  const inlined = new Set(
    [...source.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)/gm)].map((m) => m[1]),
  );
  for (const name of inlined) {
    problems.push(
      `${mainFile} inlines node_modules/${name ?? '?'}: make it a production dependency so main keeps it external`,
    );
  }
  return problems;
}

/** Paths relative to the project, for readable messages. */
export function shortPath(path: string): string {
  return relative(PROJECT_ROOT, path) || path;
}
