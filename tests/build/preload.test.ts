import { appendFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ipcChannels } from '../../shared/ipc/contract';
import { copyOfBuild, OUT_DIR } from './support/buildOutputs';
import {
  contractProblems,
  invokableChannels,
  PreloadProblem,
  runPreloadSandboxed,
} from './support/sandboxedPreload';

/**
 * out/preload/index.cjs, evaluated as Electron evaluates a preload in a sandboxed renderer
 * (only `electron`, `events`, `timers` and `url` to require): what it puts in the page must be
 * exactly `window.tandem` from the IPC contract.
 */

const PRELOAD = join(OUT_DIR, 'preload', 'index.cjs');

const copies: string[] = [];
afterEach(async () => {
  for (const copy of copies.splice(0)) await rm(copy, { recursive: true, force: true });
});
async function preloadCopy(extra: string): Promise<string> {
  const copy = await copyOfBuild();
  copies.push(copy);
  const file = join(copy, 'out', 'preload', 'index.cjs');
  await appendFile(file, `\n${extra}\n`);
  return file;
}

describe('the built preload, sandboxed', () => {
  it('loads with nothing but electron, and exposes exactly window.tandem from the contract', async () => {
    const run = await runPreloadSandboxed(PRELOAD);
    expect(run.required).toEqual(['electron']);
    expect(run.exposed.map((e) => e.key)).toEqual(['tandem']);
    expect(await contractProblems(run)).toEqual([]);
  });

  it('asks main for the window key once, synchronously, on its fixed channel, and gives it out once', async () => {
    const answer = {
      state: 'ready',
      protection: 'keystore',
      windowKey: new Uint8Array(32),
      windowSealed: true,
    };
    const run = await runPreloadSandboxed(PRELOAD, answer);
    // At load, before any page script could run: one call, one empty argument object.
    expect(run.sentSync).toEqual([{ channel: 'tandem:atRest:readyNow', args: [{}] }]);
    const api = run.exposed[0]?.api as { startup: Record<string, () => unknown> };
    expect(Object.keys(api.startup)).toEqual(['takeAtRestStatus']);
    expect(api.startup.takeAtRestStatus!()).toBe(answer);
    expect(api.startup.takeAtRestStatus!()).toBeNull();
    expect(run.sentSync).toHaveLength(1);
  });

  it('can invoke every contract channel and no other', async () => {
    const run = await runPreloadSandboxed(PRELOAD);
    expect(await invokableChannels(run)).toEqual([...ipcChannels].sort());
  });
});

describe('a preload that breaks the rules is caught, by name', () => {
  it('one that exposes a second global', async () => {
    const file = await preloadCopy(
      'require("electron").contextBridge.exposeInMainWorld("debug", { send: (channel, args) => require("electron").ipcRenderer.invoke(channel, args) });',
    );
    const problems = await contractProblems(await runPreloadSandboxed(file));
    expect(problems).toEqual([
      `${file}: exposes [tandem, debug] in the main world; only "tandem" is allowed`,
    ]);
  });

  it('one that needs a Node module a sandboxed preload does not have', async () => {
    const file = await preloadCopy('require("node:fs").readFileSync("/etc/passwd");');
    await expect(runPreloadSandboxed(file)).rejects.toThrow(
      new PreloadProblem(
        `${file}: requires 'node:fs', which a sandboxed preload cannot load (only electron, events, timers, url)`,
      ),
    );
  });

  it('one that does not parse, or is not there', async () => {
    const file = await preloadCopy('}) // an unbalanced bracket');
    await expect(runPreloadSandboxed(file)).rejects.toThrow(`${file}: does not parse`);
    await rm(file);
    await expect(runPreloadSandboxed(file)).rejects.toThrow(`${file}: cannot be read`);
  });
});
