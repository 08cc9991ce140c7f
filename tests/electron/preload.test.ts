import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelParts, ipcChannels } from '../../shared/ipc/contract';
import { MAIN_EVENT_CHANNELS, mainEventNames, subscriberName } from '../../shared/ipc/mainEventChannels';

// The preload is run against a fake contextBridge and ipcRenderer, exactly as Electron would
// load it: at import time it exposes `window.tandem`.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((channel: string, ...args: unknown[]) => Promise.resolve({ channel, args })),
  listeners: [] as { channel: string; handler: (...args: unknown[]) => void }[],
  // Main's synchronous answer at load: the window's key, as main sends it when it holds one.
  sendSync: vi.fn((_channel: string, _args: unknown): unknown => ({
    state: 'ready',
    protection: 'keystore',
    windowKey: new Uint8Array(32).fill(7),
    windowSealed: true,
  })),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: bridge.invoke,
    send: vi.fn(),
    sendSync: bridge.sendSync,
    on: (channel: string, handler: (...args: unknown[]) => void) =>
      bridge.listeners.push({ channel, handler }),
    removeListener: (channel: string, handler: (...args: unknown[]) => void) => {
      bridge.listeners = bridge.listeners.filter((l) => l.channel !== channel || l.handler !== handler);
    },
  },
}));

type ApiTree = Record<string, Record<string, (args: unknown) => Promise<unknown>>>;
let api: ApiTree;

beforeAll(async () => {
  await import('../../electron/preload/index.electron');
  api = bridge.exposed.get('tandem') as ApiTree;
});

describe('preload', () => {
  it('exposes only window.tandem', () => {
    expect([...bridge.exposed.keys()]).toEqual(['tandem']);
  });

  it('has one function per contract channel and nothing else', () => {
    const exposed = Object.entries(api)
      .filter(([domain]) => domain !== 'events' && domain !== 'startup')
      .flatMap(([domain, verbs]) =>
        Object.entries(verbs).map(([verb, fn]) => {
          expect(typeof fn).toBe('function');
          return `tandem:${domain}:${verb}`;
        }),
      );
    expect(exposed.sort()).toEqual([...ipcChannels].sort());
  });

  it('exposes one named subscription per main event, each on its own fixed channel', () => {
    const events = api.events as unknown as Record<
      string,
      (listener: (payload: unknown) => void) => () => void
    >;
    expect(Object.keys(events).sort()).toEqual(mainEventNames.map((name) => subscriberName(name)).sort());
    for (const name of mainEventNames) {
      const received: unknown[] = [];
      const unsubscribe = events[subscriberName(name)]!((payload) => received.push(payload));
      const mine = bridge.listeners.filter((l) => l.channel === MAIN_EVENT_CHANNELS[name]);
      expect(mine).toHaveLength(1);
      // Electron calls with (event, payload); the page must get the payload alone, not `sender`.
      mine[0]!.handler({ sender: 'the web contents' }, { probe: name });
      expect(received).toEqual([{ probe: name }]);
      unsubscribe();
      expect(bridge.listeners.filter((l) => l.channel === MAIN_EVENT_CHANNELS[name])).toHaveLength(0);
    }
  });

  it('asks main for the window key once, synchronously, at load, and hands it to the page once', () => {
    // Asked while the preload ran, before any page script: one call on the one fixed channel.
    expect(bridge.sendSync.mock.calls).toEqual([['tandem:atRest:readyNow', {}]]);
    const startup = api.startup as unknown as { takeAtRestStatus(): unknown };
    expect(Object.keys(startup)).toEqual(['takeAtRestStatus']);
    expect(startup.takeAtRestStatus()).toMatchObject({ state: 'ready', windowSealed: true });
    // The preload keeps no copy: a later script (or a second caller) gets nothing.
    expect(startup.takeAtRestStatus()).toBeNull();
    expect(bridge.sendSync).toHaveBeenCalledTimes(1);
  });

  it('sends each call to its own fixed channel with exactly the one argument object', async () => {
    for (const channel of ipcChannels) {
      const { domain, verb } = channelParts(channel);
      bridge.invoke.mockClear();
      const args = { probe: channel };
      await api[domain]![verb]!(args);
      expect(bridge.invoke.mock.calls).toEqual([[channel, args]]);
    }
  });

  it('never hands the renderer ipcRenderer or a generic send/invoke', () => {
    const seen = new Set<unknown>();
    const visit = (value: unknown): void => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      for (const [key, child] of Object.entries(value)) {
        expect(['send', 'invoke', 'on', 'ipcRenderer', 'sendSync']).not.toContain(key);
        expect(child).not.toBe(bridge.invoke);
        visit(child);
      }
    };
    visit(api);
  });
});
