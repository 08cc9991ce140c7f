import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from './buildOutputs';

/**
 * A real electron-builder run over the real build output, against a stand-in Electron
 * distribution: these machines cannot download Electron, and electron-builder packs around the
 * binary without running it. The stand-in binary carries Electron 45's fuse wire, so the
 * afterPack hook flips real fuse bytes. Only the `dir` target runs (the installers' own tools
 * are downloads too); it is the folder every installer is made from.
 */

const run = promisify(execFile);

const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's default fuses, in wire order (1 on, 0 off). */
export const ELECTRON_DEFAULT_WIRE = '101100011';

export interface PackagedApp {
  /** e.g. <out>/linux-unpacked */
  appOutDir: string;
  asarPath: string;
  unpackedDir: string;
  /** The executable electron-builder named after the product. */
  executable: string;
  log: string;
}

async function standInElectronDist(root: string): Promise<string> {
  const dist = join(root, 'electron-dist');
  await mkdir(dist, { recursive: true });
  const wire = Buffer.from(ELECTRON_DEFAULT_WIRE, 'latin1');
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: not runnable"\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, wire.length]),
    wire,
  ]);
  await writeFile(join(dist, 'electron'), binary);
  await chmod(join(dist, 'electron'), 0o755);
  const electronVersion = await electronPackageVersion();
  await writeFile(join(dist, 'version'), electronVersion);
  return dist;
}

async function electronPackageVersion(): Promise<string> {
  const manifest = JSON.parse(
    await readFile(join(PROJECT_ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return manifest.version;
}

/** Packs the current out/ for Linux on this machine's architecture; returns where it went. */
export async function packageForLinux(): Promise<PackagedApp> {
  const root = await mkdtemp(join(tmpdir(), 'tandem-packaging-'));
  const dist = await standInElectronDist(root);
  const output = join(root, 'dist');
  const cli = join(PROJECT_ROOT, 'node_modules', 'electron-builder', 'cli.js');
  const { stdout, stderr } = await run(
    process.execPath,
    [
      cli,
      '--linux',
      'dir',
      `--${process.arch}`,
      '--publish',
      'never',
      `--config.electronDist=${dist}`,
      `--config.electronVersion=${await electronPackageVersion()}`,
      `--config.directories.output=${output}`,
    ],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
    },
  );
  const appOutDir = join(
    output,
    process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`,
  );
  const asarPath = join(appOutDir, 'resources', 'app.asar');
  if (!existsSync(asarPath)) throw new Error(`electron-builder made no ${asarPath}:\n${stdout}\n${stderr}`);
  return {
    appOutDir,
    asarPath,
    unpackedDir: `${asarPath}.unpacked`,
    executable: join(appOutDir, 'tandem'),
    log: `${stdout}\n${stderr}`,
  };
}

/** The fuse wire of a packaged binary, by fuse name. */
export async function readFuses(binary: string, names: readonly string[]): Promise<Record<string, string>> {
  const bytes = await readFile(binary);
  const start = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2;
  const wire = bytes.subarray(start, start + ELECTRON_DEFAULT_WIRE.length).toString('latin1');
  return Object.fromEntries(names.map((name, i) => [name, wire[i] ?? '?']));
}

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** Where Node would find package `name` from `fromDir` (walking up through node_modules). */
function packageDirFrom(fromDir: string, name: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const parent = join(dir, '..');
    if (parent === dir || !parent.startsWith(PROJECT_ROOT)) return null;
    dir = parent;
  }
}

/**
 * Every installed package folder the given packages need at run time (their dependencies and
 * optional dependencies, transitively), relative to the project: what the asar must carry.
 */
export async function runtimeClosure(packageNames: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  const queue = packageNames.map((name) => ({ name, from: PROJECT_ROOT }));
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next) break;
    const dir = packageDirFrom(next.from, next.name);
    if (dir === null) {
      // An optional dependency for another platform is simply not installed.
      continue;
    }
    const relativeDir = dir.slice(PROJECT_ROOT.length + 1);
    if (found.has(relativeDir)) continue;
    found.add(relativeDir);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Manifest;
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      queue.push({ name: dependency, from: dir });
    }
  }
  return [...found].sort();
}
