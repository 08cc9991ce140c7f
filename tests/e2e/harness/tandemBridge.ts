import type { BrowserContext } from 'playwright-core';
import { channelParts, ipcChannels } from '../../../shared/ipc/contract';
import { mainEventNames, subscriberName } from '../../../shared/ipc/mainEventChannels';
import { AT_REST_READY_NOW_CHANNEL } from '../../../shared/ipc/syncChannelNames';
import type { HarnessEventHub } from './eventHub';
import type { StaticServer } from './staticServer';
import { decodeFromWire, encodeForWire, PAGE_WIRE_SOURCE } from './wire';

/**
 * The preload stand-in. The real preload exposes `window.tandem.<domain>.<verb>(args)` for
 * exactly the contract's channels and nothing else; this does the same with an init script,
 * and each function reaches Node through one Playwright binding that the script captures and
 * then removes from the page, so page code sees no generic `send(channel)`.
 *
 * Main → renderer events take the opposite way: `window.tandem.events.on<Event>(listener)` as
 * the preload has them, fed by a page-side dispatcher that long-polls a second binding (also
 * captured and removed) for what main sent (eventHub.ts). Payloads reach listeners unparsed,
 * as from ipcRenderer, so the app parses them exactly as it does in Electron.
 */

/** What the main process learns about the caller, as Electron's `event.senderFrame` tells it. */
export interface BridgeSender {
  url: string;
  isMainFrame: boolean;
}

export type BridgeInvoke = (channel: string, rawArgs: unknown, sender: BridgeSender) => Promise<unknown>;

/** Main's synchronous answer (electron/main/ipc/syncHandlers.ts); throws when it refuses. */
export type BridgeAnswerSync = (channel: string, rawArgs: unknown, sender: BridgeSender) => unknown;

/**
 * The preload's synchronous call (`ipcRenderer.sendSync`) has no Playwright equivalent: bindings
 * are asynchronous. The stand-in makes it a synchronous XMLHttpRequest to the app server, which
 * blocks the page the same way, before its scripts run. Over HTTP the frame cannot be read from
 * the request as Electron reads `senderFrame`, so the init script states its URL and whether it
 * is the main frame in headers, and main's real checks run on that.
 */
export interface SyncStandIn {
  server: StaticServer;
  answer: BridgeAnswerSync;
}

const SYNC_PREFIX = '/__tandem-sync/';

export interface BridgeCall {
  channel: string;
  sender: BridgeSender;
  ok: boolean;
}

const BINDING_NAME = '__tandemHarnessInvoke';
const EVENTS_BINDING_NAME = '__tandemHarnessNextEvents';

/** The init script's source: builds the frozen `window.tandem` object from the contract. */
export function preloadStandInSource(
  channels: readonly string[] = ipcChannels,
  /** Whether `window.tandem.startup` asks main synchronously (the app server answers it). */
  withStartup = false,
): string {
  const domains = new Map<string, string[]>();
  for (const channel of channels) {
    const { domain, verb } = channelParts(channel as (typeof ipcChannels)[number]);
    domains.set(domain, [...(domains.get(domain) ?? []), verb]);
  }
  const api = [...domains]
    .map(([domain, verbs]) => {
      const fns = verbs
        .map((verb) => `${verb}(args) { return call(${JSON.stringify(`tandem:${domain}:${verb}`)}, args); }`)
        .join(',\n      ');
      return `${domain}: Object.freeze({\n      ${fns}\n    })`;
    })
    .join(',\n    ');
  const events = mainEventNames
    .map(
      (name) => `${subscriberName(name)}(listener) { return subscribe(${JSON.stringify(name)}, listener); }`,
    )
    .join(',\n      ');
  return `(() => {
  const invoke = globalThis[${JSON.stringify(BINDING_NAME)}];
  delete globalThis[${JSON.stringify(BINDING_NAME)}];
  const nextEvents = globalThis[${JSON.stringify(EVENTS_BINDING_NAME)}];
  delete globalThis[${JSON.stringify(EVENTS_BINDING_NAME)}];
  if (typeof invoke !== 'function') return;
  ${PAGE_WIRE_SOURCE}
  const call = async (channel, args) => decodeFromWire(await invoke(channel, encodeForWire(args)));
  const listeners = new Map();
  const subscribe = (name, listener) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const set = listeners.get(name) ?? new Set();
    listeners.set(name, set);
    const entry = (payload) => listener(payload);
    set.add(entry);
    return () => { set.delete(entry); };
  };
  const dispatch = (batch) => {
    for (const { event, payload } of batch) {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        // A throwing listener must not stop the others, as with ipcRenderer's emitter.
        try { listener(payload); } catch (error) { setTimeout(() => { throw error; }); }
      }
    }
  };
  if (typeof nextEvents === 'function') {
    (async () => {
      for (;;) {
        let batch;
        try { batch = decodeFromWire(await nextEvents()); } catch { return; }
        if (!Array.isArray(batch)) return;
        dispatch(batch);
      }
    })();
  }
  ${withStartup ? startupSource() : ''}
  const tandem = Object.freeze({
    ${api},${withStartup ? '\n    startup,' : ''}
    events: Object.freeze({
      ${events}
    })
  });
  Object.defineProperty(globalThis, 'tandem', { value: tandem, enumerable: true, configurable: false, writable: false });
})();`;
}

/** Page source defining `startup`, as electron/preload/tandemStartup.ts builds it. */
function startupSource(): string {
  return `
  let atRestAtStart = null;
  if (location.protocol === 'http:') {
    try {
      const request = new XMLHttpRequest();
      request.open('GET', ${JSON.stringify(SYNC_PREFIX + encodeURIComponent(AT_REST_READY_NOW_CHANNEL))}, false);
      request.setRequestHeader('X-Tandem-Frame-Url', location.href);
      request.setRequestHeader('X-Tandem-Main-Frame', window === window.top ? '1' : '0');
      request.send();
      if (request.status === 200) atRestAtStart = decodeFromWire(JSON.parse(request.responseText));
    } catch { atRestAtStart = null; }
  }
  const startup = Object.freeze({
    takeAtRestStatus() { const taken = atRestAtStart; atRestAtStart = null; return taken; }
  });`;
}

/**
 * Installs the stand-in on every page and frame of `context`. Returns the log of calls that
 * reached Node, so tests can see which frame asked for what. With `events`, main's events
 * reach the page; without, `window.tandem.events` exists but never fires.
 */
export async function installPreloadStandIn(
  context: BrowserContext,
  invoke: BridgeInvoke,
  events?: HarnessEventHub,
  /** The channels the page gets (all by default; the bench leaves out encryption's for its "off" runs). */
  channels: readonly string[] = ipcChannels,
  /** Main's synchronous channel through the app server; without it the page has no `startup`. */
  sync?: SyncStandIn,
): Promise<BridgeCall[]> {
  const calls: BridgeCall[] = [];
  // Only a page with encryption's channels asks for its key at start, as the preload does.
  const withStartup = sync !== undefined && channels.includes('tandem:atRest:status');
  if (sync && withStartup) {
    sync.server.mount(SYNC_PREFIX, (request) => {
      const channel = decodeURIComponent(new URL(request.url).pathname.slice(1));
      const sender: BridgeSender = {
        url: request.headers.get('x-tandem-frame-url') ?? '',
        isMainFrame: request.headers.get('x-tandem-main-frame') === '1',
      };
      let answer: unknown = null;
      try {
        answer = sync.answer(channel, {}, sender);
        calls.push({ channel, sender, ok: true });
      } catch {
        // As main does: a refused synchronous call answers null (it cannot reject in the page).
        calls.push({ channel, sender, ok: false });
      }
      return Promise.resolve(
        new Response(JSON.stringify(encodeForWire(answer)), {
          headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
        }),
      );
    });
  }
  if (events) {
    // Like webContents.send, events go to the main frame only; a subframe's poll ends at once.
    await context.exposeBinding(EVENTS_BINDING_NAME, async (source) =>
      source.frame === source.page.mainFrame() ? encodeForWire(await events.next(source.page)) : null,
    );
  }
  await context.exposeBinding(BINDING_NAME, async (source, channel: unknown, wireArgs: unknown) => {
    const sender: BridgeSender = {
      url: source.frame.url(),
      isMainFrame: source.frame === source.page.mainFrame(),
    };
    const name = typeof channel === 'string' ? channel : String(channel);
    try {
      const result = await invoke(name, decodeFromWire(wireArgs), sender);
      calls.push({ channel: name, sender, ok: true });
      return encodeForWire(result);
    } catch (error) {
      calls.push({ channel: name, sender, ok: false });
      // Like ipcRenderer.invoke, the page sees only the message, never a Node stack.
      throw new Error(error instanceof Error ? error.message : String(error));
    }
  });
  await context.addInitScript({ content: preloadStandInSource(channels, withStartup) });
  return calls;
}
