import { readFile } from 'node:fs/promises';
import { createContext, Script } from 'node:vm';
import { channelParts, ipcChannels } from '../../../shared/ipc/contract';
import { MAIN_EVENT_CHANNELS, mainEventNames, subscriberName } from '../../../shared/ipc/mainEventChannels';

/**
 * Runs the built preload (out/preload/index.cjs) as Electron runs a preload in a sandboxed
 * renderer: a CommonJS wrapper whose `require` offers only what Electron's sandbox polyfills
 * (`electron`'s renderer modules, `events`, `timers`, `url`), in a context without Node's
 * globals. `contextBridge` and `ipcRenderer` record what the preload does with them, so the
 * tests can hold what it exposes against the IPC contract.
 */

/** What Electron's sandboxed `require` can load (its sandbox documentation). */
export const SANDBOXED_PRELOAD_MODULES = ['electron', 'events', 'timers', 'url'] as const;

export interface PreloadRun {
  file: string;
  /** `contextBridge.exposeInMainWorld(key, api)` calls, in order. */
  exposed: { key: string; api: unknown }[];
  /** Every `require` the preload made, allowed or not. */
  required: string[];
  invoked: { channel: string; args: unknown[] }[];
  /** `ipcRenderer.sendSync` calls (main answers each with `syncAnswer`). */
  sentSync: { channel: string; args: unknown[] }[];
  listening: { channel: string; listener: (...args: unknown[]) => void }[];
}

export class PreloadProblem extends Error {}

function moduleNameOf(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
}

/** Loads and runs the preload; throws a PreloadProblem naming the file when it cannot run. */
export async function runPreloadSandboxed(
  file: string,
  /** What main answers a synchronous call with (the window's key, or null when it has none). */
  syncAnswer: unknown = null,
): Promise<PreloadRun> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    throw new PreloadProblem(
      `${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const run: PreloadRun = { file, exposed: [], required: [], invoked: [], sentSync: [], listening: [] };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => run.exposed.push({ key, api }),
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        run.invoked.push({ channel, args });
        return Promise.resolve({ channel });
      },
      sendSync: (channel: string, ...args: unknown[]) => {
        run.sentSync.push({ channel, args });
        return syncAnswer;
      },
      on: (channel: string, listener: (...args: unknown[]) => void) =>
        run.listening.push({ channel, listener }),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        run.listening = run.listening.filter((l) => l.channel !== channel || l.listener !== listener);
      },
    },
  };
  const sandboxRequire = (specifier: string): unknown => {
    run.required.push(specifier);
    const name = moduleNameOf(specifier);
    if (name === 'electron') return electron;
    if ((SANDBOXED_PRELOAD_MODULES as readonly string[]).includes(name)) return {};
    throw new PreloadProblem(
      `${file}: requires '${specifier}', which a sandboxed preload cannot load (only ${SANDBOXED_PRELOAD_MODULES.join(', ')})`,
    );
  };
  let wrapper: unknown;
  try {
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
      filename: file,
    });
    wrapper = script.runInContext(createContext({ console }));
  } catch (error) {
    throw new PreloadProblem(
      `${file}: does not parse (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof wrapper !== 'function') throw new PreloadProblem(`${file}: did not compile to a function`);
  const module = { exports: {} };
  try {
    (wrapper as (...args: unknown[]) => void)(module.exports, sandboxRequire, module, file, '.');
  } catch (error) {
    if (error instanceof PreloadProblem) throw error;
    throw new PreloadProblem(
      `${file}: threw while loading (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return run;
}

type ApiTree = Record<string, Record<string, unknown>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Everything in which the preload's `window.tandem` differs from the contract: an extra global,
 * a missing or extra function, a function that calls the wrong channel. Empty when it matches.
 */
export async function contractProblems(run: PreloadRun): Promise<string[]> {
  const problems: string[] = [];
  const keys = run.exposed.map((e) => e.key);
  if (keys.length !== 1 || keys[0] !== 'tandem') {
    problems.push(`${run.file}: exposes [${keys.join(', ')}] in the main world; only "tandem" is allowed`);
  }
  const api = run.exposed.find((e) => e.key === 'tandem')?.api;
  if (!isRecord(api)) return [...problems, `${run.file}: window.tandem is not an object`];
  const tree = api as ApiTree;

  const expected = new Map(ipcChannels.map((channel) => [channel, channelParts(channel)]));
  for (const [domain, verbs] of Object.entries(tree)) {
    if (domain === 'events' || domain === 'startup') continue;
    if (!isRecord(verbs)) {
      problems.push(`window.tandem.${domain} is not an object of functions`);
      continue;
    }
    for (const [verb, fn] of Object.entries(verbs)) {
      const channel = `tandem:${domain}:${verb}`;
      if (!expected.has(channel as (typeof ipcChannels)[number])) {
        problems.push(`window.tandem.${domain}.${verb} is not a contract channel (${channel})`);
        continue;
      }
      if (typeof fn !== 'function') {
        problems.push(`window.tandem.${domain}.${verb} is not a function`);
        continue;
      }
      const probe = { probe: channel };
      run.invoked.length = 0;
      await (fn as (args: unknown) => Promise<unknown>)(probe);
      const calls = run.invoked.map(
        (c) => `${c.channel}(${c.args.length} argument${c.args.length === 1 ? '' : 's'})`,
      );
      const [only] = run.invoked;
      if (
        run.invoked.length !== 1 ||
        only?.channel !== channel ||
        only.args.length !== 1 ||
        only.args[0] !== probe
      ) {
        problems.push(
          `window.tandem.${domain}.${verb} must invoke ${channel} with its one argument; it invoked [${calls.join(', ')}]`,
        );
      }
    }
  }
  for (const [channel, { domain, verb }] of expected) {
    if (!isRecord(tree[domain]) || !(verb in tree[domain])) {
      problems.push(`${channel} has no function in the preload (window.tandem.${domain}.${verb})`);
    }
  }

  const events = tree.events;
  const expectedEvents = new Map<string, string>(
    mainEventNames.map((name) => [subscriberName(name), MAIN_EVENT_CHANNELS[name]]),
  );
  if (!isRecord(events)) return [...problems, 'window.tandem.events is missing'];
  for (const [name, subscribe] of Object.entries(events)) {
    const channel = expectedEvents.get(name);
    if (channel === undefined || typeof subscribe !== 'function') {
      problems.push(`window.tandem.events.${name} is not a main event of the contract`);
      continue;
    }
    const received: unknown[] = [];
    const before = run.listening.length;
    const unsubscribe = (subscribe as (listener: (payload: unknown) => void) => unknown)((payload) =>
      received.push(payload),
    );
    const added = run.listening.slice(before);
    if (added.length !== 1 || added[0]?.channel !== channel) {
      problems.push(`window.tandem.events.${name} must listen on ${channel} alone`);
      continue;
    }
    // Electron calls listeners with (event, payload); the page must never see the event (it holds `sender`).
    added[0].listener({ sender: 'web contents' }, 'payload');
    if (received.length !== 1 || received[0] !== 'payload') {
      problems.push(`window.tandem.events.${name} must hand the listener the payload alone`);
    }
    if (typeof unsubscribe === 'function') (unsubscribe as () => void)();
    if (run.listening.length !== before)
      problems.push(`window.tandem.events.${name}: unsubscribing left a listener`);
  }
  for (const [name] of expectedEvents) {
    if (!(name in events)) problems.push(`main event ${name} has no subscriber in the preload`);
  }
  return problems;
}

/** Every channel the built preload can invoke: each of its functions called once, recorded. */
export async function invokableChannels(run: PreloadRun): Promise<string[]> {
  const api = run.exposed.find((e) => e.key === 'tandem')?.api;
  if (!isRecord(api)) return [];
  const channels = new Set<string>();
  for (const [domain, verbs] of Object.entries(api)) {
    if (domain === 'events' || domain === 'startup' || !isRecord(verbs)) continue;
    for (const fn of Object.values(verbs)) {
      if (typeof fn !== 'function') continue;
      run.invoked.length = 0;
      await (fn as (args: unknown) => Promise<unknown>)({});
      for (const call of run.invoked) channels.add(call.channel);
    }
  }
  return [...channels].sort();
}
