import type { BrowserContext } from 'playwright-core';
import { channelParts, ipcChannels } from '../../../shared/ipc/contract';
import { decodeFromWire, encodeForWire, PAGE_WIRE_SOURCE } from './wire';

/**
 * The preload stand-in. The real preload exposes `window.tandem.<domain>.<verb>(args)` for
 * exactly the contract's channels and nothing else; this does the same with an init script,
 * and each function reaches Node through one Playwright binding that the script captures and
 * then removes from the page, so page code sees no generic `send(channel)`.
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
  return `(() => {
  const invoke = globalThis[${JSON.stringify(BINDING_NAME)}];
  delete globalThis[${JSON.stringify(BINDING_NAME)}];
  if (typeof invoke !== 'function') return;
  ${PAGE_WIRE_SOURCE}
  const call = async (channel, args) => decodeFromWire(await invoke(channel, encodeForWire(args)));
  const tandem = Object.freeze({
    ${api}
  });
  Object.defineProperty(globalThis, 'tandem', { value: tandem, enumerable: true, configurable: false, writable: false });
})();`;
}

/**
 * Installs the stand-in on every page and frame of `context`. Returns the log of calls that
 * reached Node, so tests can see which frame asked for what.
 */
export async function installPreloadStandIn(
  context: BrowserContext,
  invoke: BridgeInvoke,
): Promise<BridgeCall[]> {
  const calls: BridgeCall[] = [];
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
  await context.addInitScript({ content: preloadStandInSource() });
  return calls;
}
