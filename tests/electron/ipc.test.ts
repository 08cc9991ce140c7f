import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { ipcChannels } from '../../shared/ipc/contract';
import { contractPlatform, createMainHandlers } from '../../electron/main/ipc/handlers';
import { type MainHandlers } from '../../shared/ipc/contract';
import { invokeHandler, type IpcSender } from '../../electron/main/ipc/invokeHandler';
import { registerIpcHandlers, senderOf } from '../../electron/main/ipc/registerIpcHandlers';
import { createSyncHandlers } from '../../electron/main/ipc/syncHandlers';

const trusted = ['app://tandem'];
const appFrame: IpcSender = { url: 'app://tandem/index.html#/journal', isMainFrame: true };

function someUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'hello');
  return Y.encodeStateAsUpdate(doc);
}

function fakeDeps() {
  const mirror = {
    append: vi.fn((_docId: string, update: Uint8Array) =>
      Promise.resolve({ bytesOnDisk: update.byteLength + 8 }),
    ),
    load: vi.fn(() => Promise.resolve({ update: null, damagedRecords: 0 })),
    purge: vi.fn((_docId: string) => Promise.resolve()),
    compactCollected: vi.fn((_docId: string) => Promise.resolve()),
  };
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  const handlers = createMainHandlers({
    appInfo: { name: 'Tandem', version: '1.2.3', platform: 'freebsd' },
    mirror,
    openExternal,
  });
  return { mirror, openExternal, handlers };
}

describe('invokeHandler: who may call', () => {
  it('answers the app origin main frame', async () => {
    const { handlers } = fakeDeps();
    await expect(invokeHandler(handlers, 'tandem:app:getInfo', {}, appFrame, trusted)).resolves.toEqual({
      name: 'Tandem',
      version: '1.2.3',
      platform: 'other',
    });
  });

  it('refuses a foreign origin before looking at the arguments or calling the handler', async () => {
    const { handlers, mirror } = fakeDeps();
    const evil = { url: 'https://evil.example/page', isMainFrame: true };
    await expect(
      invokeHandler(
        handlers,
        'tandem:mirror:append',
        { docId: 'vault', update: someUpdate() },
        evil,
        trusted,
      ),
    ).rejects.toThrow('Refused tandem:mirror:append from untrusted origin https://evil.example');
    await expect(invokeHandler(handlers, 'tandem:app:getInfo', 'garbage', evil, trusted)).rejects.toThrow(
      /^Refused tandem:app:getInfo from untrusted origin/,
    );
    expect(mirror.append).not.toHaveBeenCalled();
  });

  it('refuses other app:// hosts, file: pages and the dev server origin in production', async () => {
    const { handlers } = fakeDeps();
    for (const url of [
      'app://evil/index.html',
      'file:///tmp/x.html',
      'http://localhost:5173/',
      'about:blank',
    ]) {
      await expect(
        invokeHandler(handlers, 'tandem:app:getInfo', {}, { url, isMainFrame: true }, trusted),
        url,
      ).rejects.toThrow(/^Refused tandem:app:getInfo from untrusted origin/);
    }
  });

  it('refuses a subframe, even one on the app origin', async () => {
    const { handlers } = fakeDeps();
    const frame = { url: 'app://tandem/embedded.html', isMainFrame: false };
    await expect(invokeHandler(handlers, 'tandem:app:getInfo', {}, frame, trusted)).rejects.toThrow(
      'Refused tandem:app:getInfo from a subframe',
    );
  });

  it('refuses when the sending frame is gone', async () => {
    const { handlers } = fakeDeps();
    await expect(invokeHandler(handlers, 'tandem:app:getInfo', {}, null, trusted)).rejects.toThrow(
      'Refused tandem:app:getInfo: the sending frame is gone',
    );
  });

  it('refuses channels without the tandem: prefix or not in the contract', async () => {
    const { handlers } = fakeDeps();
    await expect(invokeHandler(handlers, 'app:getInfo', {}, appFrame, trusted)).rejects.toThrow(
      'Refused app:getInfo: not a Tandem channel',
    );
    await expect(invokeHandler(handlers, 'tandem:fs:readFile', {}, appFrame, trusted)).rejects.toThrow(
      'Refused tandem:fs:readFile: no such channel',
    );
    await expect(invokeHandler(handlers, 'tandem:constructor', {}, appFrame, trusted)).rejects.toThrow(
      'no such channel',
    );
  });
});

describe('invokeHandler: what may be sent', () => {
  it('names the malformed field', async () => {
    const { handlers, mirror } = fakeDeps();
    await expect(
      invokeHandler(
        handlers,
        'tandem:mirror:append',
        { docId: '../../etc', update: someUpdate() },
        appFrame,
        trusted,
      ),
    ).rejects.toThrow(
      'Invalid arguments for tandem:mirror:append: docId must look like "vault" or "item:<id>"',
    );
    await expect(
      invokeHandler(
        handlers,
        'tandem:mirror:append',
        { docId: 'vault', update: [1, 2, 3] },
        appFrame,
        trusted,
      ),
    ).rejects.toThrow(/^Invalid arguments for tandem:mirror:append: update /);
    await expect(invokeHandler(handlers, 'tandem:mirror:load', undefined, appFrame, trusted)).rejects.toThrow(
      /^Invalid arguments for tandem:mirror:load: \(arguments\)/,
    );
    expect(mirror.append).not.toHaveBeenCalled();
  });

  it('purges only items from the disk mirror, never the vault or a shared space', async () => {
    const { handlers, mirror } = fakeDeps();
    for (const docId of ['vault', 'space:abc']) {
      await expect(
        invokeHandler(handlers, 'tandem:mirror:purge', { docId }, appFrame, trusted),
      ).rejects.toThrow('Invalid arguments for tandem:mirror:purge: docId must be an item ("item:<id>")');
    }
    expect(mirror.purge).not.toHaveBeenCalled();
    await expect(
      invokeHandler(handlers, 'tandem:mirror:purge', { docId: 'item:Ab_3' }, appFrame, trusted),
    ).resolves.toEqual({});
    expect(mirror.purge).toHaveBeenCalledWith('item:Ab_3');
  });

  it('passes parsed arguments to the handler', async () => {
    const { handlers, mirror } = fakeDeps();
    const update = someUpdate();
    await expect(
      invokeHandler(handlers, 'tandem:mirror:append', { docId: 'item:Ab_3', update }, appFrame, trusted),
    ).resolves.toEqual({ bytesOnDisk: update.byteLength + 8 });
    expect(mirror.append).toHaveBeenCalledWith('item:Ab_3', update);
  });

  it('checks what the handler returns against the contract', async () => {
    const { handlers } = fakeDeps();
    const broken: MainHandlers = {
      ...handlers,
      'tandem:mirror:load': () =>
        Promise.resolve({ update: 'not bytes' as unknown as Uint8Array, damagedRecords: -1 }),
    };
    await expect(
      invokeHandler(broken, 'tandem:mirror:load', { docId: 'vault' }, appFrame, trusted),
    ).rejects.toThrow(/^Invalid result from tandem:mirror:load: update .*; damagedRecords /);
  });
});

describe('createMainHandlers', () => {
  it('maps platforms onto the contract', () => {
    expect(['darwin', 'win32', 'linux', 'sunos'].map(contractPlatform)).toEqual([
      'darwin',
      'win32',
      'linux',
      'other',
    ]);
  });

  it('opens only parsed web and mail links, and reports when the OS could not', async () => {
    const { handlers, openExternal } = fakeDeps();
    await expect(handlers['tandem:shell:openExternal']({ url: 'https://example.com/x' })).resolves.toEqual({
      opened: true,
    });
    await expect(
      handlers['tandem:shell:openExternal']({ url: 'https://user:pw@example.com' }),
    ).resolves.toEqual({
      opened: false,
    });
    expect(openExternal.mock.calls).toEqual([['https://example.com/x']]);
    openExternal.mockRejectedValueOnce(new Error('no handler'));
    await expect(handlers['tandem:shell:openExternal']({ url: 'mailto:a@b.example' })).resolves.toEqual({
      opened: false,
    });
  });
});

describe('registerIpcHandlers (Electron wrapper)', () => {
  function register() {
    const { handlers, mirror } = fakeDeps();
    const handle = vi.fn();
    registerIpcHandlers({ handle, on: vi.fn() }, handlers, { trustedOrigins: trusted });
    const byChannel = new Map(
      handle.mock.calls.map(
        ([c, h]) => [c, h] as [string, (event: unknown, ...args: unknown[]) => Promise<unknown>],
      ),
    );
    return { byChannel, mirror };
  }

  const mainFrame = { url: 'app://tandem/index.html', parent: null };

  it('registers exactly the contract channels', () => {
    expect([...register().byChannel.keys()].sort()).toEqual([...ipcChannels].sort());
  });

  it('reads the sender frame from the event and refuses subframes and missing frames', async () => {
    const load = register().byChannel.get('tandem:mirror:load')!;
    await expect(
      load({ senderFrame: mainFrame, sender: { mainFrame } }, { docId: 'vault' }),
    ).resolves.toEqual({
      update: null,
      damagedRecords: 0,
    });
    const child = { url: 'app://tandem/index.html', parent: mainFrame };
    await expect(load({ senderFrame: child, sender: { mainFrame } }, { docId: 'vault' })).rejects.toThrow(
      'from a subframe',
    );
    await expect(load({ senderFrame: null, sender: { mainFrame } }, { docId: 'vault' })).rejects.toThrow(
      'the sending frame is gone',
    );
  });

  it('refuses calls with extra arguments (not from our preload)', async () => {
    const load = register().byChannel.get('tandem:mirror:load')!;
    await expect(
      load({ senderFrame: mainFrame, sender: { mainFrame } }, { docId: 'vault' }, 'extra'),
    ).rejects.toThrow(/^Invalid arguments for tandem:mirror:load/);
  });

  it('treats a disposed frame (Electron throws on access) as gone', () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      sender: { mainFrame },
    };
    expect(senderOf(event as unknown as Parameters<typeof senderOf>[0])).toBeNull();
  });
});

describe('the synchronous key channel (registerIpcHandlers, Electron wrapper)', () => {
  const mainFrame = { url: 'app://tandem/index.html', parent: null };
  const readyStatus = {
    state: 'ready',
    protection: 'keystore',
    windowKey: new Uint8Array(32).fill(3),
    windowSealed: true,
  } as const;

  function registerSync(readyNow: () => typeof readyStatus | null) {
    const { handlers } = fakeDeps();
    const on = vi.fn();
    const refused: string[] = [];
    registerIpcHandlers({ handle: vi.fn(), on }, handlers, {
      trustedOrigins: trusted,
      sync: createSyncHandlers({ readyNow }),
      onSyncRefused: (message) => refused.push(message),
    });
    const listeners = new Map(
      on.mock.calls.map(
        ([c, h]) => [c, h] as [string, (event: { returnValue?: unknown }, ...a: unknown[]) => void],
      ),
    );
    const send = (event: Record<string, unknown>, ...args: unknown[]) => {
      const withReply: { returnValue?: unknown } & Record<string, unknown> = { ...event };
      listeners.get('tandem:atRest:readyNow')!(withReply, ...args);
      return withReply;
    };
    return { listeners, send, refused };
  }

  it('registers exactly the one synchronous channel', () => {
    expect([...registerSync(() => null).listeners.keys()]).toEqual(['tandem:atRest:readyNow']);
  });

  it('answers the app main frame at once with the key main holds, or null while it has none', () => {
    let held: typeof readyStatus | null = null;
    const { send } = registerSync(() => held);
    expect(send({ senderFrame: mainFrame, sender: { mainFrame } }, {})).toHaveProperty('returnValue', null);
    held = readyStatus;
    const reply = send({ senderFrame: mainFrame, sender: { mainFrame } }, {});
    expect(reply.returnValue).toMatchObject({ state: 'ready', protection: 'keystore', windowSealed: true });
  });

  it('answers null, and says why, to a subframe, another origin, a gone frame or odd arguments', () => {
    const { send, refused } = registerSync(() => readyStatus);
    const child = { url: 'app://tandem/index.html', parent: mainFrame };
    const foreign = { url: 'https://evil.example/', parent: null };
    expect(send({ senderFrame: child, sender: { mainFrame } }, {}).returnValue).toBeNull();
    expect(send({ senderFrame: foreign, sender: { mainFrame: foreign } }, {}).returnValue).toBeNull();
    expect(send({ senderFrame: null, sender: { mainFrame } }, {}).returnValue).toBeNull();
    expect(send({ senderFrame: mainFrame, sender: { mainFrame } }, {}, 'extra').returnValue).toBeNull();
    expect(refused).toEqual([
      'Refused tandem:atRest:readyNow from a subframe (app://tandem/index.html)',
      'Refused tandem:atRest:readyNow from untrusted origin https://evil.example',
      'Refused tandem:atRest:readyNow: the sending frame is gone',
      expect.stringMatching(/^Invalid arguments for tandem:atRest:readyNow/),
    ]);
  });
});
