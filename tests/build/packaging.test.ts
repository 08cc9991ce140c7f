import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { extractAll, listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { importedSpecifiers, OUT_DIR, packageNameOf, PROJECT_ROOT } from './support/buildOutputs';
import { BuiltMain } from './support/builtMain';
import { packageForLinux, readFuses, runtimeClosure, type PackagedApp } from './support/packagedApp';
import { compileStandIn, type CompiledStandIn } from './support/standInBuild';

/**
 * `npm run dist` as far as it goes without downloading Electron: electron-builder packs the
 * real out/ and production dependencies into app.asar around a stand-in Electron binary. Then
 * the packed app is unpacked into a folder of its own, far from the project's node_modules,
 * and its main is started there: every import it makes must be inside the package.
 */

const builderConfigSchema = z.object({
  appId: z.string(),
  productName: z.string(),
  npmRebuild: z.boolean(),
  afterPack: z.string(),
  linux: z.object({
    target: z.array(z.string()),
    icon: z.string(),
    maintainer: z.string(),
    executableName: z.string(),
  }),
  mac: z.object({ target: z.array(z.string()), icon: z.string() }),
  win: z.object({ target: z.array(z.string()), icon: z.string() }),
});

const manifestSchema = z.object({
  name: z.string(),
  version: z.string(),
  homepage: z.url(),
  description: z.string().min(1),
  author: z.object({ name: z.string(), email: z.email() }),
  engines: z.object({ node: z.string() }),
  main: z.string(),
  type: z.literal('module'),
  dependencies: z.record(z.string(), z.string()),
});

const FUSE_NAMES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
];

let packaged: PackagedApp;
let packedFiles: Set<string>;
let standIn: CompiledStandIn;
const folders: string[] = [];

beforeAll(async () => {
  packaged = await packageForLinux();
  folders.push(join(packaged.appOutDir, '..', '..'));
  packedFiles = new Set(listPackage(packaged.asarPath, { isPack: false }));
  standIn = await compileStandIn();
});

afterAll(async () => {
  await standIn.remove();
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** name@version of every package in a node_modules tree. */
async function installedPackages(root: string): Promise<Set<string>> {
  const found = new Set<string>();
  for (const file of await filesUnder(join(root, 'node_modules'))) {
    if (!file.endsWith('/package.json')) continue;
    const folder = relative(root, file).split('/').slice(0, -1);
    // Only a package's own manifest: node_modules/<name> or node_modules/@scope/<name>.
    const inside = folder.lastIndexOf('node_modules');
    const depth = folder.length - inside - 1;
    if (inside < 0 || depth < 1 || depth > 2 || (depth === 2 && !folder[inside + 1]?.startsWith('@')))
      continue;
    const manifest = JSON.parse(await readFile(file, 'utf8')) as { name?: string; version?: string };
    if (manifest.name && manifest.version) found.add(`${manifest.name}@${manifest.version}`);
  }
  return found;
}

describe('the packaging configuration', () => {
  it('names the app, its maintainer and homepage, and builds every installer', async () => {
    const config = builderConfigSchema.parse(
      parse(await readFile(join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8')),
    );
    const manifest = manifestSchema.parse(
      JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')),
    );
    expect(config).toMatchObject({ appId: 'app.tandem.journal', productName: 'Tandem', npmRebuild: false });
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    // A deb's Maintainer field is "Name <email>".
    expect(config.linux.maintainer).toMatch(/^[^<>]+ <[^@\s]+@[^>\s]+>$/);
    expect(manifest.main).toBe('out/main/index.js');
    // Electron 45's installer and electron-builder's native-module step both declare Node 22.12.
    expect(manifest.engines.node).toBe('>=22.12.0');
    for (const icon of [config.linux.icon, config.mac.icon, config.win.icon]) {
      expect(existsSync(join(PROJECT_ROOT, icon)), icon).toBe(true);
    }
  });
});

describe('a packaging run against a stand-in Electron', () => {
  it('packs all of out/ and the package.json, and no sources, tests or dev tools', async () => {
    for (const file of await filesUnder(OUT_DIR)) {
      expect(packedFiles.has(`/out/${relative(OUT_DIR, file)}`), file).toBe(true);
    }
    expect(packedFiles.has('/package.json')).toBe(true);
    for (const absent of [
      '/electron',
      '/renderer',
      '/tests',
      '/node_modules/electron',
      '/node_modules/react',
      '/node_modules/vitest',
    ]) {
      expect(packedFiles.has(absent), absent).toBe(false);
    }
  });

  it('packs every production package the built main imports, with all of their own dependencies', async () => {
    const mainSource = await readFile(join(OUT_DIR, 'main', 'index.js'), 'utf8');
    const imported = [
      ...new Set(
        importedSpecifiers(mainSource)
          .filter(
            (s) => s !== 'electron' && !s.startsWith('node:') && !/^(module|fs|path|os|crypto|url)$/.test(s),
          )
          .map(packageNameOf),
      ),
    ];
    expect(imported).toEqual(expect.arrayContaining(['fflate', 'hyperdht', 'hyperswarm', 'yjs', 'zod']));
    const unpackedApp = await mkdtemp(join(tmpdir(), 'tandem-packed-app-'));
    folders.push(unpackedApp);
    extractAll(packaged.asarPath, unpackedApp);
    const packed = await installedPackages(unpackedApp);
    const needed = await installedPackages(PROJECT_ROOT).then(async (all) => {
      const wanted = new Set<string>();
      for (const dir of await runtimeClosure(imported)) {
        const manifest = JSON.parse(await readFile(join(PROJECT_ROOT, dir, 'package.json'), 'utf8')) as {
          name: string;
          version: string;
        };
        wanted.add(`${manifest.name}@${manifest.version}`);
      }
      expect([...wanted].every((p) => all.has(p))).toBe(true);
      return wanted;
    });
    expect(needed.size).toBeGreaterThan(30);
    expect([...needed].filter((p) => !packed.has(p))).toEqual([]);
  });

  it('leaves the native prebuilds for this platform outside the asar, and packs no mobile or Bare builds', async () => {
    const platform = `linux-${process.arch}`;
    for (const addon of ['sodium-native', 'udx-native']) {
      const file = join(packaged.unpackedDir, 'node_modules', addon, 'prebuilds', platform, `${addon}.node`);
      expect(existsSync(file), file).toBe(true);
    }
    const unpacked = (await filesUnder(packaged.unpackedDir)).map((file) =>
      relative(packaged.unpackedDir, file),
    );
    expect(unpacked.filter((file) => /prebuilds\/(android|ios|darwin|win32)-/.test(file))).toEqual([]);
    expect(unpacked.filter((file) => file.endsWith('.bare'))).toEqual([]);
    // The asar's index lists them, marked as living outside it (Electron loads them from there).
    const addons = [...packedFiles].filter((file) => file.endsWith('.node'));
    expect(addons.length).toBeGreaterThanOrEqual(2);
    for (const addon of addons) {
      expect(statFile(packaged.asarPath, addon.slice(1)), addon).toMatchObject({ unpacked: true });
    }
    expect(
      [...packedFiles].filter((file) => /prebuilds\/(android|ios|darwin|win32)-|\.bare$/.test(file)),
    ).toEqual([]);
  });

  it('ran the afterPack hook: the packaged binary’s fuses are flipped', async () => {
    expect(await readFuses(packaged.executable, FUSE_NAMES)).toEqual({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
    });
  });

  it('starts from the package alone: its main finds every import inside it and serves its page', async () => {
    const appDir = await mkdtemp(join(tmpdir(), 'tandem-packed-run-'));
    const userDataDir = await mkdtemp(join(tmpdir(), 'tandem-packed-userdata-'));
    folders.push(appDir, userDataDir);
    extractAll(packaged.asarPath, appDir);
    // Electron reads unpacked files from app.asar.unpacked transparently; a plain folder needs them beside.
    await cp(packaged.unpackedDir, appDir, { recursive: true });
    const main = BuiltMain.start({ standIn, appDir, userDataDir });
    try {
      await main.waitFor('the lock', (r) =>
        r.kind === 'call' && r.api === 'app.requestSingleInstanceLock' ? r : undefined,
      );
      main.becomeReady();
      const window = await main.firstWindow();
      expect(await main.loadedUrl(window.windowId)).toBe('app://tandem/index.html');
      const page = await main.fetch('app://tandem/index.html');
      expect(page.status).toBe(200);
      expect(Buffer.from(page.body).toString()).toContain('<div id="root"></div>');
      const info = await main.invoke(window.windowId, 'tandem:app:getInfo', [{}], {
        url: 'app://tandem/index.html',
        isMainFrame: true,
      });
      expect(info).toMatchObject({ name: 'Tandem' });
    } finally {
      await main.kill();
    }
  });
});
