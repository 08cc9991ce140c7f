import type { BrowserContext } from 'playwright-core';
import { channelParts, ipcChannels } from '../../../shared/ipc/contract';
import { mainEventNames, subscriberName } from '../../../shared/ipc/mainEventChannels';
import type { HarnessEventHub } from './eventHub';
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

export interface BridgeCall {
  channel: string;
  sender: BridgeSender;
  ok: boolean;
}

const BINDING_NAME = '__tandemHarnessInvoke';
const EVENTS_BINDING_NAME = '__tandemHarnessNextEvents';

/** The init script's source: builds the frozen `window.tandem` object from the contract. */
export function preloadStandInSource(channels: readonly string[] = ipcChannels): string {
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
  const tandem = Object.freeze({
    ${api},
    events: Object.freeze({
      ${events}
    })
  });
  Object.defineProperty(globalThis, 'tandem', { value: tandem, enumerable: true, configurable: false, writable: false });
})();`;
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
): Promise<BridgeCall[]> {
  const calls: BridgeCall[] = [];
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
  await context.addInitScript({ content: preloadStandInSource(channels) });
  return calls;
}
