import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The packaging hook that flips Electron's fuses, run against a stand-in binary: a file with
 * Electron's fuse sentinel and a wire laid out as Electron 45 ships it. The real @electron/fuses
 * finds and rewrites the wire, so this checks the very bytes a packaged Tandem would carry.
 */

const require = createRequire(import.meta.url);
type AfterPack = (context: unknown) => Promise<void>;
const afterPack = z
  .custom<AfterPack>((value) => typeof value === 'function', 'the hook module must export a function')
  .parse(require('../../build/afterPack.cjs'));

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's defaults, in wire order (1 = on, 0 = off); the ninth fuse is newer than @electron/fuses. */
const ELECTRON_DEFAULT_WIRE = '101100011';
const fuseNames = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
  'WasmTrapHandlers',
];

let appOutDir: string;
beforeEach(async () => {
  appOutDir = await mkdtemp(join(tmpdir(), 'tandem-fuses-'));
});
afterEach(async () => {
  await rm(appOutDir, { recursive: true, force: true });
});

async function writeFakeElectron(file: string): Promise<void> {
  const wire = Buffer.from(ELECTRON_DEFAULT_WIRE, 'latin1');
  const header = Buffer.concat([Buffer.from(SENTINEL, 'latin1'), Buffer.from([1, wire.length])]);
  await writeFile(file, Buffer.concat([Buffer.from('ELF…code…'), header, wire, Buffer.from('…more code')]));
}

async function readFuses(file: string): Promise<Record<string, string>> {
  const bytes = await readFile(file);
  const start = bytes.indexOf(SENTINEL) + SENTINEL.length + 2;
  const wire = bytes.subarray(start, start + ELECTRON_DEFAULT_WIRE.length).toString('latin1');
  return Object.fromEntries(fuseNames.map((name, i) => [name, wire[i] ?? '?']));
}

const linuxContext = () => ({
  appOutDir,
  electronPlatformName: 'linux',
  arch: 1,
  packager: { appInfo: { productFilename: 'Tandem' }, executableName: 'tandem' },
});

describe('afterPack fuse flipping', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and loads the app only from its checked asar', async () => {
    const binary = join(appOutDir, 'tandem');
    await writeFakeElectron(binary);

    await afterPack(linuxContext());

    expect(await readFuses(binary)).toEqual({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      // Not chosen by Tandem: left as Electron ships them.
      LoadBrowserProcessSpecificV8Snapshot: '0',
      GrantFileProtocolExtraPrivileges: '0',
      WasmTrapHandlers: '1',
    });
  });

  it('finds the Windows executable by product name', async () => {
    const binary = join(appOutDir, 'Tandem.exe');
    await writeFakeElectron(binary);
    await afterPack({ ...linuxContext(), electronPlatformName: 'win32' });
    expect((await readFuses(binary)).RunAsNode).toBe('0');
  });

  it('fails the packaging run when the binary has no fuse wire, rather than shipping unflipped', async () => {
    await writeFile(join(appOutDir, 'tandem'), 'not an electron binary');
    await expect(afterPack(linuxContext())).rejects.toThrow(/sentinel/);
  });

  it('is the afterPack hook electron-builder runs', async () => {
    const config = z
      .object({ afterPack: z.string() })
      .parse(parse(await readFile('electron-builder.yml', 'utf8')));
    expect(config.afterPack).toBe('build/afterPack.cjs');
  });
});
