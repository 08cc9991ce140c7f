import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelParts, ipcChannels } from '../../shared/ipc/contract';

// The preload is run against a fake contextBridge and ipcRenderer, exactly as Electron would
// load it: at import time it exposes `window.tandem`.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((channel: string, ...args: unknown[]) => Promise.resolve({ channel, args })),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value),
  },
  ipcRenderer: { invoke: bridge.invoke, send: vi.fn(), on: vi.fn() },
}));

type ApiTree = Record<string, Record<string, (args: unknown) => Promise<unknown>>>;
let api: ApiTree;

beforeAll(async () => {
  await import('../../electron/preload/index');
  api = bridge.exposed.get('tandem') as ApiTree;
});

describe('preload', () => {
  it('exposes only window.tandem', () => {
    expect([...bridge.exposed.keys()]).toEqual(['tandem']);
  });

  it('has one function per contract channel and nothing else', () => {
    const exposed = Object.entries(api).flatMap(([domain, verbs]) =>
      Object.entries(verbs).map(([verb, fn]) => {
        expect(typeof fn).toBe('function');
        return `tandem:${domain}:${verb}`;
      }),
    );
    expect(exposed.sort()).toEqual([...ipcChannels].sort());
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
