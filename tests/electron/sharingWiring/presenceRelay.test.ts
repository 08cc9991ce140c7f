import { describe, expect, it } from 'vitest';
import { createMainHandlers } from '../../../electron/main/ipc/handlers';
import { invokeHandler, type IpcSender } from '../../../electron/main/ipc/invokeHandler';
import type { MainEventSink } from '../../../electron/main/mainEventSink';
import { PresenceRelay, type PresenceEngine } from '../../../electron/main/sharingWiring/presenceRelay';
import { mainEvents } from '../../../shared/ipc/mainEvents';
import type { Presence } from '../../../shared/sync/awarenessFields';

/**
 * `tandem:presence:set` and the `remotePresence` event, through the one path every IPC call
 * takes (invokeHandler: origin, arguments parsed from unknown, handler, result checked). The
 * engine is the SyncEngine's `setLocalPresence` seam, recorded; the two-engine path is
 * tests/sync/presenceRelay.test.ts.
 */

const trusted = ['app://tandem'];
const appFrame: IpcSender = { url: 'app://tandem/index.html#/one-on-ones', isMainFrame: true };
const MEETING = 'meeting:abcDEF123';

function setup(options: { engineRunning?: boolean } = {}) {
  const engineCalls: [string, Presence | null][] = [];
  const engine: PresenceEngine = {
    setLocalPresence: (docId, presence) => void engineCalls.push([docId, presence]),
  };
  const sent: { event: string; payload: unknown }[] = [];
  const events: MainEventSink = { send: (event, payload) => void sent.push({ event, payload }) };
  const relay = new PresenceRelay(() => (options.engineRunning === false ? null : engine), events);
  const handlers = createMainHandlers({
    appInfo: { name: 'Tandem', version: '1.0.0', platform: 'linux' },
    mirror: {
      append: () => Promise.resolve({ bytesOnDisk: 0 }),
      load: () => Promise.resolve({ update: null, damagedRecords: 0 }),
      purge: () => Promise.resolve(),
      compactCollected: () => Promise.resolve(),
    },
    openExternal: () => Promise.resolve(),
    presence: relay,
  });
  const set = (args: unknown) => invokeHandler(handlers, 'tandem:presence:set', args, appFrame, trusted);
  return { relay, set, engineCalls, sent };
}

describe('tandem:presence:set', () => {
  it('refuses malformed presence with the offending field named, and never reaches the engine', async () => {
    const { set, engineCalls } = setup();
    const cases: [unknown, RegExp][] = [
      [{ docId: '../vault', presence: null }, /docId must look like/],
      [{ docId: MEETING }, /presence/],
      [{ docId: MEETING, presence: { name: 'Ana', email: 'ana@example.com' } }, /email/],
      [{ docId: MEETING, presence: { name: 'Ana', colour: 'red' } }, /presence\.colour/],
      [{ docId: MEETING, presence: { name: 'A'.repeat(81) } }, /presence\.name/],
      [{ docId: MEETING, presence: { cursor: { anchor: 'x'.repeat(3000) } } }, /cursor too large/],
      [{ docId: MEETING, presence: 'here' }, /presence/],
      ['meeting', /Invalid arguments for tandem:presence:set/],
    ];
    for (const [args, message] of cases) {
      await expect(set(args), JSON.stringify(args).slice(0, 60)).rejects.toThrow(message);
    }
    expect(engineCalls).toEqual([]);
  });

  it('hands name, colour and cursor to the engine, and null when this user leaves', async () => {
    const { set, engineCalls } = setup();
    const cursor = { anchor: { type: null, tname: 'notes', item: { client: 1, clock: 4 }, assoc: 0 } };
    await expect(
      set({ docId: MEETING, presence: { name: 'Ana', colour: '#2563eb', cursor } }),
    ).resolves.toEqual({
      people: [],
    });
    await set({ docId: MEETING, presence: null });
    expect(engineCalls).toEqual([
      [MEETING, { name: 'Ana', colour: '#2563eb', cursor }],
      [MEETING, null],
    ]);
  });

  it('answers with the people main already knows are there, until they leave', async () => {
    const { relay, set } = setup();
    relay.remoteChanged(MEETING, new Map([[77, { name: 'Ben', colour: '#c2410c', cursor: null }]]));
    await expect(set({ docId: MEETING, presence: { name: 'Ana' } })).resolves.toEqual({
      people: [{ clientId: 77, name: 'Ben', colour: '#c2410c', cursor: null }],
    });
    await expect(set({ docId: 'meeting:other', presence: { name: 'Ana' } })).resolves.toEqual({ people: [] });
    relay.remoteChanged(MEETING, new Map());
    await expect(set({ docId: MEETING, presence: { name: 'Ana' } })).resolves.toEqual({ people: [] });
  });

  it('is accepted before sharing has started (no engine yet) and without a relay at all', async () => {
    const { set, engineCalls } = setup({ engineRunning: false });
    await expect(set({ docId: MEETING, presence: { name: 'Ana' } })).resolves.toEqual({ people: [] });
    expect(engineCalls).toEqual([]);
    const bare = createMainHandlers({
      appInfo: { name: 'Tandem', version: '1.0.0', platform: 'linux' },
      mirror: {
        append: () => Promise.resolve({ bytesOnDisk: 0 }),
        load: () => Promise.resolve({ update: null, damagedRecords: 0 }),
        purge: () => Promise.resolve(),
        compactCollected: () => Promise.resolve(),
      },
      openExternal: () => Promise.resolve(),
    });
    await expect(
      invokeHandler(bare, 'tandem:presence:set', { docId: MEETING, presence: null }, appFrame, trusted),
    ).resolves.toEqual({ people: [] });
  });
});

describe('remotePresence events and leaving', () => {
  it('sends the window only what changed: arrivals and moves, the ids of those who left, else nothing', () => {
    const { relay, sent } = setup();
    const ben: Presence = { name: 'Ben', colour: '#c2410c', cursor: { anchor: {}, head: {} } };
    relay.remoteChanged(
      MEETING,
      new Map<number, Presence>([
        [77, ben],
        [78, {}],
      ]),
    );
    relay.remoteChanged(
      MEETING,
      new Map<number, Presence>([
        [77, ben],
        [78, {}],
      ]),
    );
    relay.remoteChanged(
      MEETING,
      new Map<number, Presence>([
        [77, { ...ben, cursor: null }],
        [78, {}],
      ]),
    );
    relay.remoteChanged(MEETING, new Map());
    expect(sent.map(({ event }) => event)).toEqual(['remotePresence', 'remotePresence', 'remotePresence']);
    expect(sent.map(({ payload }) => mainEvents.remotePresence.payload.parse(payload))).toEqual([
      {
        docId: MEETING,
        people: [
          { clientId: 77, name: 'Ben', colour: '#c2410c', cursor: { anchor: {}, head: {} } },
          { clientId: 78 },
        ],
        gone: [],
        partial: true,
      },
      {
        docId: MEETING,
        people: [{ clientId: 77, name: 'Ben', colour: '#c2410c', cursor: null }],
        gone: [],
        partial: true,
      },
      { docId: MEETING, people: [], gone: [77, 78], partial: true },
    ]);
  });

  it('takes this user out of every document still set when the window goes', async () => {
    const { relay, set, engineCalls } = setup();
    await set({ docId: MEETING, presence: { name: 'Ana' } });
    await set({ docId: 'meeting:second', presence: { name: 'Ana' } });
    await set({ docId: 'meeting:third', presence: { name: 'Ana' } });
    await set({ docId: 'meeting:third', presence: null });
    engineCalls.length = 0;
    relay.leaveAll();
    expect(engineCalls).toEqual([
      [MEETING, null],
      ['meeting:second', null],
    ]);
    relay.leaveAll();
    expect(engineCalls).toHaveLength(2);
  });
});
