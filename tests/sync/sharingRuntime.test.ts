import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createTestnet, { type Testnet } from 'hyperdht/testnet';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createMainHandlers } from '../../electron/main/ipc/handlers';
import { invokeHandler, type IpcSender } from '../../electron/main/ipc/invokeHandler';
import { DocumentMirror } from '../../electron/main/mirror/DocumentMirror';
import type { SharedDht, SharingRuntime } from '../../electron/main/sharingWiring/sharingRuntime';
import { mainEvents, type MainEventPayload } from '../../shared/ipc/mainEvents';
import type { MainEventName } from '../../shared/ipc/mainEventChannels';

/**
 * Main as the app wires it (electron/main/sharingWiring/startSharing.electron.ts, with only `electron`
 * mocked: safeStorage says a keystore exists): two installations over a HyperDHT testnet on
 * 127.0.0.1 pair through the sharing service, share a plan, and every edit the renderer hands
 * to the mirror reaches the other side's window as an event. Pause, unshare and leave stop
 * the flow in both directions at once.
 */

vi.mock('electron', () => import('./support/electronWithKeystore'));

const { startSharing } = await import('../../electron/main/sharingWiring/startSharing.electron');
const { startSharingRuntime } = await import('../../electron/main/sharingWiring/sharingRuntime');
const { noMainEvents } = await import('../../electron/main/mainEventSink');

const appFrame: IpcSender = { url: 'app://tandem/index.html', isMainFrame: true };

interface Installation {
  name: string;
  runtime: SharingRuntime;
  /** What the window was sent, parsed as the renderer parses it. */
  events: { [E in MainEventName]: MainEventPayload<E>[] };
  /** The renderer's copy of the shared plan. */
  doc: Y.Doc;
  edit(text: string): Promise<void>;
  close(): Promise<void>;
}

const PLAN = 'item:plan1';
const FROM_MAIN = Symbol('remote update from main');
let testnet: Testnet;
let dir: string;
const installations: Installation[] = [];

beforeAll(async () => {
  testnet = await createTestnet(3);
  dir = await mkdtemp(join(tmpdir(), 'tandem-runtime-'));
});
afterAll(async () => {
  for (const each of installations) await each.close();
  await testnet.destroy();
  await rm(dir, { recursive: true, force: true });
});

async function install(name: string): Promise<Installation> {
  const userDataDir = join(dir, name);
  const mirror = new DocumentMirror({ documentsDir: join(userDataDir, 'documents') });
  const events: Installation['events'] = {
    remoteUpdate: [],
    syncStatus: [],
    spacesChanged: [],
    remotePresence: [],
    openReminder: [],
    flushBeforeLock: [],
  };
  const doc = new Y.Doc();
  const sent: { channel: string; payload: unknown }[] = [];
  const runtime = await startSharing({
    userDataDir,
    mirror,
    webContents: () => ({
      isDestroyed: () => false,
      send: (channel: string, payload: unknown) => {
        sent.push({ channel, payload });
        for (const event of Object.keys(mainEvents) as MainEventName[]) {
          if (mainEvents[event].channel !== channel) continue;
          const parsed = mainEvents[event].payload.parse(payload);
          (events[event] as unknown[]).push(parsed);
          if (event === 'remoteUpdate') {
            const { docId, update } = parsed as MainEventPayload<'remoteUpdate'>;
            if (docId === PLAN) Y.applyUpdate(doc, update, FROM_MAIN);
          }
        }
      },
    }),
    log: () => undefined,
    createDht: () => testnet.createNode() as unknown as SharedDht,
    platform: 'linux',
  });
  const installation: Installation = {
    name,
    runtime,
    events,
    doc,
    // The renderer's path: a local edit is appended to the mirror through the IPC handler.
    edit: async (text) => {
      const updates: Uint8Array[] = [];
      const capture = (update: Uint8Array, origin: unknown) => {
        if (origin !== FROM_MAIN) updates.push(update);
      };
      doc.on('update', capture);
      doc.getArray<string>('milestones').push([text]);
      doc.off('update', capture);
      for (const update of updates) await runtime.mirror.append(PLAN, update);
    },
    close: async () => {
      await runtime.close();
      await mirror.whenIdle();
    },
  };
  installations.push(installation);
  return installation;
}

async function waitFor(what: string, condition: () => boolean, timeoutMs = 20_000): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return Date.now() - started;
}

const milestones = (each: Installation) => each.doc.getArray<string>('milestones').toArray();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('without a keystore', () => {
  it('touches no network until there is an identity (by consent) and a space', async () => {
    const mirror = new DocumentMirror({ documentsDir: join(dir, 'no-keystore', 'documents') });
    let dhtNodes = 0;
    const runtime = await startSharingRuntime({
      sharingDir: join(dir, 'no-keystore', 'sharing'),
      protector: {
        isAvailable: () => Promise.resolve(false),
        encrypt: () => Promise.reject(new Error('no keystore')),
        decrypt: () => Promise.reject(new Error('no keystore')),
      },
      createDht: () => {
        dhtNodes++;
        return testnet.createNode() as unknown as SharedDht;
      },
      mirror,
      events: noMainEvents,
      log: () => undefined,
    });
    try {
      expect((await runtime.service.identity()).state).toBe('needs-consent');
      expect(await runtime.ensureEngine()).toBeNull();
      // No identity, no network: not even a DHT node.
      expect(dhtNodes).toBe(0);
      expect(await runtime.service.allowUnprotectedKey()).toMatchObject({
        state: 'ready',
        protection: 'unprotected',
      });
      // Ready, but nothing to sync: still no network.
      expect(runtime.engine()).toBeNull();
      expect(dhtNodes).toBe(0);
      await runtime.spaces.addPairedSpace({
        spaceId: 'spaceNoKeystore1',
        topic: 'ab'.repeat(32),
        myRole: 'employee',
        peerName: 'Maya',
        peerPublicKey: 'cd'.repeat(32),
      });
      await waitFor('the engine to start for the new space', () => runtime.engine() !== null);
      expect(dhtNodes).toBe(1);
    } finally {
      await runtime.close();
      await mirror.whenIdle();
    }
  });
});

describe('main with sharing wired in, over a loopback testnet', () => {
  let employee: Installation;
  let manager: Installation;
  let spaceId: string;

  it('starts the engine once the identity exists, pairs, and carries a shared plan both ways', async () => {
    employee = await install('employee');
    manager = await install('manager');
    expect((await employee.runtime.service.identity()).state).toBe('ready');
    expect((await manager.runtime.service.identity()).state).toBe('ready');
    // Nothing to sync yet, so nothing has joined the network.
    expect(employee.runtime.engine()).toBeNull();

    const invitation = await employee.runtime.service.createInvitation({
      myRole: 'employee',
      myName: 'Sam',
      theirName: 'Maya',
    });
    const accepted = await manager.runtime.service.acceptInvitation(invitation.code, 'Maya');
    expect(accepted).toMatchObject({ ok: true, peerName: 'Sam' });
    spaceId = invitation.spaceId;
    await waitFor('both engines to start for the new space', () =>
      [employee, manager].every((each) => each.runtime.engine() !== null),
    );
    await waitFor('both sides to hear each other', () =>
      [employee, manager].every((each) => each.runtime.engine()?.status(spaceId)?.reason === 'synced'),
    );
    expect(manager.events.syncStatus.some((s) => s.spaceId === spaceId && s.reason === 'synced')).toBe(true);

    // Edits made before sharing stay private, but are carried once the plan is accepted.
    await employee.edit('Lead the design review');
    await employee.runtime.service.proposeItem(spaceId, PLAN, { kind: 'plan', title: 'Tech lead plan' });
    await waitFor(
      'the proposal to reach the manager',
      () =>
        manager.events.spacesChanged.some((e) => e.spaceId === spaceId) &&
        manager.runtime.spaces.get(spaceId)?.items[PLAN]?.state === 'proposed',
    );
    expect(manager.events.remoteUpdate).toEqual([]);
    await manager.runtime.service.respondToProposal(spaceId, PLAN, true);
    await waitFor('the plan to arrive', () => milestones(manager).includes('Lead the design review'));

    await manager.edit('Mentor a new starter');
    await waitFor('the manager’s edit', () => milestones(employee).includes('Mentor a new starter'));
    await employee.edit('Write the RFC');
    await waitFor('the employee’s edit', () => milestones(manager).includes('Write the RFC'));
    // What arrived was stored by main too, so a window opened later finds it in the mirror.
    const stored = await manager.runtime.mirror.load(PLAN);
    const fromDisk = new Y.Doc();
    Y.applyUpdate(fromDisk, stored.update ?? new Uint8Array());
    expect(fromDisk.getArray('milestones').toArray()).toContain('Write the RFC');
  });

  it('relays presence from one window to the other through both mains: name, colour and cursor only', async () => {
    const presenceAt = (each: Installation) => {
      const handlers = createMainHandlers({
        appInfo: { name: 'Tandem', version: '0.0.0', platform: 'linux' },
        mirror: each.runtime.mirror,
        openExternal: () => Promise.resolve(),
        presence: each.runtime.presence,
      });
      return (args: unknown) =>
        invokeHandler(handlers, 'tandem:presence:set', args, appFrame, ['app://tandem']);
    };
    const peopleAt = (each: Installation) =>
      each.events.remotePresence.filter((event) => event.docId === PLAN).at(-1)?.people;
    const caret = { type: null, tname: 'notes', item: { client: 7, clock: 3 }, assoc: 0 };
    const sam = { name: 'Sam', colour: '#336699', cursor: { anchor: caret, head: caret } };

    await expect(
      presenceAt(employee)({ docId: PLAN, presence: { ...sam, email: 'sam@example.com' } }),
    ).rejects.toThrow(/email/);
    await presenceAt(employee)({ docId: PLAN, presence: sam });
    await waitFor('Sam’s presence at the manager', () => peopleAt(manager)?.length === 1);
    const [samThere] = peopleAt(manager) ?? [];
    expect(Object.keys(samThere ?? {}).sort()).toEqual(['clientId', 'colour', 'cursor', 'name']);
    expect(samThere).toMatchObject(sam);

    // The manager opens the plan after Sam: main answers with Sam at once.
    await expect(
      presenceAt(manager)({ docId: PLAN, presence: { name: 'Maya', colour: '#c2410c' } }),
    ).resolves.toEqual({
      people: [samThere],
    });
    await waitFor('Maya’s presence at the employee', () => peopleAt(employee)?.[0]?.name === 'Maya');

    await presenceAt(employee)({ docId: PLAN, presence: null });
    await waitFor('Sam gone at the manager', () => peopleAt(manager)?.length === 0);
    await presenceAt(manager)({ docId: PLAN, presence: null });
    await waitFor('Maya gone at the employee', () => peopleAt(employee)?.length === 0);
  });

  it('ignores the peer “offering” a document that is this user’s own (accepting would send it)', async () => {
    const diary = new Y.Doc();
    diary.getText('body').insert(0, 'private reflection');
    await employee.runtime.mirror.append('item:diary1', Y.encodeStateAsUpdate(diary));
    // A peer that somehow learned the id offers it, hoping the employee accepts.
    await manager.runtime.service.proposeItem(spaceId, 'item:diary1', {
      kind: 'plan',
      title: 'Harmless plan',
    });
    await manager.runtime.service.proposeItem(spaceId, 'item:real2', { kind: 'plan', title: 'Real plan' });
    await waitFor(
      'the real offer to arrive',
      () => employee.runtime.spaces.get(spaceId)?.items['item:real2'] !== undefined,
    );
    expect(employee.runtime.spaces.get(spaceId)?.items['item:diary1']).toBeUndefined();
    await manager.runtime.service.unshareItem(spaceId, 'item:diary1');
    await manager.runtime.service.unshareItem(spaceId, 'item:real2');
  });

  it('pause stops edits both ways at once; resuming brings them over', async () => {
    await manager.runtime.service.setSharing(spaceId, false);
    await manager.edit('Paused: manager');
    await employee.edit('Paused: employee');
    await sleep(1000);
    expect(milestones(employee)).not.toContain('Paused: manager');
    expect(milestones(manager)).not.toContain('Paused: employee');
    expect(employee.runtime.engine()?.status(spaceId)?.reason).toBe('waiting-for-peer');

    await manager.runtime.service.setSharing(spaceId, true);
    await waitFor(
      'the paused edits to converge',
      () =>
        milestones(employee).includes('Paused: manager') && milestones(manager).includes('Paused: employee'),
    );
  });

  it('unsharing stops that plan both ways at once', async () => {
    await employee.runtime.service.unshareItem(spaceId, PLAN);
    await employee.edit('After unshare: employee');
    await manager.edit('After unshare: manager');
    await sleep(1000);
    expect(milestones(manager)).not.toContain('After unshare: employee');
    expect(milestones(employee)).not.toContain('After unshare: manager');
    // The manager keeps what they already received.
    expect(milestones(manager)).toContain('Write the RFC');
  });

  it('leaving stops everything and says so in the status', async () => {
    await employee.runtime.service.proposeItem(spaceId, PLAN, { kind: 'plan', title: 'Tech lead plan' });
    await waitFor(
      'the offer to come back',
      () => manager.runtime.spaces.get(spaceId)?.items[PLAN]?.state === 'proposed',
    );
    await manager.runtime.service.respondToProposal(spaceId, PLAN, true);
    await waitFor('the plan to flow again', () => milestones(manager).includes('After unshare: employee'));

    await manager.runtime.service.leave(spaceId);
    await employee.edit('After leave: employee');
    await manager.edit('After leave: manager');
    await sleep(1000);
    expect(milestones(manager)).not.toContain('After leave: employee');
    expect(milestones(employee)).not.toContain('After leave: manager');
    expect(manager.events.syncStatus.at(-1)).toMatchObject({ spaceId, reason: 'left' });
  });
});
