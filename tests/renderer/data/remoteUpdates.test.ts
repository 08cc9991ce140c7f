import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readPlanSummaries } from '../../../shared/schema/growthIndex';
import { itemDocId, VAULT_DOC_ID } from '../../../shared/schema/ids';
import { initPlan, readPlan, savePlanRecord } from '../../../shared/schema/plan';
import { findTemplate } from '../../../shared/journal/templates';
import { initReflection } from '../../../shared/schema/reflection';
import { readVaultEntry } from '../../../shared/schema/vault';
import { defaultGoalFields, initGoal } from '../../../shared/schema/goal';
import type { TandemEvents } from '../../../shared/ipc/mainEventChannels';
import type { SpaceView } from '../../../shared/sharing/sharingIpc';
import { DocumentStore } from '../../../renderer/src/data/DocumentStore';
import { createMainEventsClient } from '../../../renderer/src/data/mainEventsClient';
import type { MirrorClient } from '../../../renderer/src/data/mirrorClient';
import { GrowthRepository } from '../../../renderer/src/services/growth/GrowthRepository';
import { followReceivedItems } from '../../../renderer/src/services/growth/receivedItems';

/**
 * The peer's edits as main forwards them (window.tandem.events.onRemoteUpdate), applied by the
 * renderer's real DocumentStore over fake-indexeddb, with main's disk mirror played in memory.
 */

const NOW = Date.UTC(2026, 2, 10, 12);

class FakeMain implements MirrorClient {
  readonly stored = new Map<string, Uint8Array[]>();
  readonly appended: { docId: string; update: Uint8Array }[] = [];
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  spaces: SpaceView[] = [];

  append(docId: string, update: Uint8Array): Promise<void> {
    this.appended.push({ docId, update });
    this.store(docId, update);
    return Promise.resolve();
  }

  load(docId: string) {
    const updates = this.stored.get(docId);
    return Promise.resolve({ update: updates ? Y.mergeUpdates(updates) : null, damagedRecords: 0 });
  }

  purge(docId: string): Promise<void> {
    this.stored.delete(docId);
    return Promise.resolve();
  }

  compactCollected(): Promise<void> {
    return Promise.resolve();
  }

  /** What the sync engine does with a peer's change: store it, then tell the window. */
  receive(docId: string, update: Uint8Array): void {
    this.store(docId, update);
    this.emit('remoteUpdate', { docId, update });
  }

  store(docId: string, update: Uint8Array): void {
    this.stored.set(docId, [...(this.stored.get(docId) ?? []), update]);
  }

  emit(event: string, payload: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  readonly events: TandemEvents = {
    onRemoteUpdate: (listener) => this.subscribe('remoteUpdate', listener),
    onSyncStatus: (listener) => this.subscribe('syncStatus', listener),
    onSpacesChanged: (listener) => this.subscribe('spacesChanged', listener),
    onRemotePresence: (listener) => this.subscribe('remotePresence', listener),
    onOpenReminder: (listener) => this.subscribe('openReminder', listener),
    onFlushBeforeLock: (listener) => this.subscribe('flushBeforeLock', listener),
  };

  private subscribe(event: string, listener: (payload: unknown) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  }
}

let counter = 0;
const stops: (() => void)[] = [];
const stores: DocumentStore[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  for (const store of stores.splice(0)) await store.closeAll();
});

async function renderer(main: FakeMain, dbPrefix = `remote-${Date.now()}-${counter++}/`) {
  const store = new DocumentStore({ mirror: main, dbPrefix, closeDelayMs: 0 });
  stores.push(store);
  const [vault] = store.open(VAULT_DOC_ID);
  await vault.ready;
  const growth = new GrowthRepository(store, vault.doc, () => NOW);
  const problems: string[] = [];
  const events = createMainEventsClient(main.events, (message) => problems.push(message));
  stops.push(
    followReceivedItems({
      store,
      growth,
      events,
      listSpaces: () => Promise.resolve(main.spaces),
      log: (message) => problems.push(message),
    }),
  );
  return { store, vault: vault.doc, growth, problems, dbPrefix };
}

/** The employee's plan, as their Tandem made it (the peer side of these tests). */
function peerPlan(id: string, title: string): Y.Doc {
  const doc = new Y.Doc();
  initPlan(doc, id, { title, goalId: null, status: 'active', reviewCadence: null }, NOW);
  return doc;
}

function addMilestone(doc: Y.Doc, id: string, title: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  savePlanRecord(
    doc,
    'milestones',
    {
      id,
      title,
      owner: { kind: 'me' },
      startDate: null,
      dueDate: '2026-04-01',
      status: 'not-started',
      successCriterion: '',
      evidence: '',
      completedAt: null,
    },
    NOW,
  );
  return Y.encodeStateAsUpdate(doc, before);
}

const until = async (what: string, condition: () => boolean): Promise<void> => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 4000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('edits from the other person, forwarded by main', () => {
  it('reach an open plan live, are not sent back to main, and are kept in IndexedDB', async () => {
    const main = new FakeMain();
    const peer = peerPlan('plan1', 'Tech lead plan');
    main.store(itemDocId('plan1'), Y.encodeStateAsUpdate(peer));
    const { store, dbPrefix } = await renderer(main);
    const [plan, release] = store.open(itemDocId('plan1'));
    await plan.ready;
    await until('the plan to load from the mirror', () => readPlan(plan.doc) !== null);
    await store.flushAll();
    const appendedBefore = main.appended.length;

    main.receive(itemDocId('plan1'), addMilestone(peer, 'm1', 'Run the design review'));
    await until('the milestone to show', () => readPlan(plan.doc)?.milestones.length === 1);
    expect(readPlan(plan.doc)?.milestones[0]?.title).toBe('Run the design review');
    await store.flushAll();
    // The plan's change is main's already; only the vault's own index entry (local) goes back.
    expect(main.appended.slice(appendedBefore).map((a) => a.docId)).toEqual(['vault']);

    release();
    await store.closeAll();
    const again = new DocumentStore({ mirror: null, dbPrefix });
    stores.push(again);
    expect(await again.peek(itemDocId('plan1'), (doc) => readPlan(doc)?.milestones.length)).toBe(1);
  });

  it('keep the vault index of a plan that is not open in step (lists and overview)', async () => {
    const main = new FakeMain();
    const peer = peerPlan('plan2', 'Public speaking');
    const { vault } = await renderer(main);
    main.receive(itemDocId('plan2'), Y.encodeStateAsUpdate(peer));
    await until('the plan’s entry', () => readPlanSummaries(vault).some((p) => p.id === 'plan2'));
    main.receive(itemDocId('plan2'), addMilestone(peer, 'm1', 'Give a lightning talk'));
    await until('the milestone in the entry', () =>
      readPlanSummaries(vault).some((p) => p.milestones[0]?.title === 'Give a lightning talk'),
    );
    expect(readPlanSummaries(vault).find((p) => p.id === 'plan2')).toMatchObject({
      title: 'Public speaking',
      deletedAt: null,
    });
  });

  it('cannot overwrite the entry of another item: content must name its own document', async () => {
    const main = new FakeMain();
    const { vault, growth } = await renderer(main);
    const mine = await growth.createPlan({
      title: 'My private plan',
      goalId: null,
      status: 'active',
      reviewCadence: null,
    });
    // The peer writes a plan claiming my plan's id into the document it shares.
    const forged = peerPlan(mine, 'Forged title');
    main.receive(itemDocId('plan3'), Y.encodeStateAsUpdate(forged));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readPlanSummaries(vault).map((p) => p.title)).toEqual(['My private plan']);
  });

  it('reports and drops a payload that is not a remote update', async () => {
    const main = new FakeMain();
    const { problems, vault } = await renderer(main);
    main.emit('remoteUpdate', { docId: 'item:plan4', update: [1, 2, 3] });
    main.emit('remoteUpdate', { docId: 'not an id', update: new Uint8Array([1]) });
    expect(problems).toEqual([
      'Ignored a remoteUpdate event from main: update must be non-empty bytes (a Uint8Array)',
      'Ignored a remoteUpdate event from main: docId must look like "vault" or "item:<id>"',
    ]);
    expect(readPlanSummaries(vault)).toEqual([]);
  });
});

describe('items the other person shared and this user accepted', () => {
  const space = (items: SpaceView['items']): SpaceView => ({
    spaceId: 'space1',
    peerName: 'Sam',
    peerFingerprint: 'ab-cd',
    myRole: 'manager',
    sharing: 'on',
    peerSharing: 'on',
    connected: true,
    lastSyncedAt: null,
    pendingChanges: 0,
    items,
  });

  it('get a vault entry from what main stored, at start and when the spaces change', async () => {
    const main = new FakeMain();
    // Received while no window was open: only main's mirror has them.
    main.store(itemDocId('plan5'), Y.encodeStateAsUpdate(peerPlan('plan5', 'Grow into tech lead')));
    const goal = new Y.Doc();
    initGoal(goal, 'goal5', { ...defaultGoalFields, title: 'Lead a team' }, NOW);
    main.store(itemDocId('goal5'), Y.encodeStateAsUpdate(goal));
    main.spaces = [
      space([
        {
          docId: 'item:plan5',
          kind: 'plan',
          title: 'Grow into tech lead',
          offeredBy: 'peer',
          state: 'accepted',
        },
        { docId: 'item:goal5', kind: 'goal', title: 'Lead a team', offeredBy: 'peer', state: 'proposed' },
      ]),
    ];
    const { vault } = await renderer(main);
    await until('the accepted plan’s entry', () => readPlanSummaries(vault).length === 1);
    expect(readPlanSummaries(vault)[0]).toMatchObject({ id: 'plan5', title: 'Grow into tech lead' });
    // Proposed, not accepted: no entry.
    expect(vault.getMap('goals').has('goal5')).toBe(false);

    main.spaces = [
      space([
        {
          docId: 'item:plan5',
          kind: 'plan',
          title: 'Grow into tech lead',
          offeredBy: 'peer',
          state: 'accepted',
        },
        { docId: 'item:goal5', kind: 'goal', title: 'Lead a team', offeredBy: 'peer', state: 'accepted' },
      ]),
    ];
    main.emit('spacesChanged', { spaceId: 'space1' });
    await until('the accepted goal’s entry', () => vault.getMap('goals').has('goal5'));
  });

  it('send edits of shared documents to main promptly, others in the usual quarter-second batch', async () => {
    const main = new FakeMain();
    main.spaces = [
      space([
        { docId: 'item:plan6', kind: 'plan', title: 'Shared plan', offeredBy: 'me', state: 'accepted' },
      ]),
    ];
    const { store, growth } = await renderer(main);
    const privateId = await growth.createPlan({
      title: 'Private',
      goalId: null,
      status: 'active',
      reviewCadence: null,
    });
    const [shared, releaseShared] = store.open('item:plan6');
    const [own, releaseOwn] = store.open(itemDocId(privateId));
    await Promise.all([shared.ready, own.ready]);
    await until('the spaces to be read', () => main.appended.length > 0);
    await store.flushAll();
    const appendedBefore = main.appended.length;
    const sent = (docId: string) => main.appended.slice(appendedBefore).some((a) => a.docId === docId);

    shared.doc.getText('probe').insert(0, 'shared edit');
    own.doc.getText('probe').insert(0, 'private edit');
    await until('the shared edit to reach main', () => sent('item:plan6'));
    // Made at the same moment, the private edit is still in its batch.
    expect(sent(itemDocId(privateId))).toBe(false);
    await until('the private edit to reach main', () => sent(itemDocId(privateId)));
    releaseShared();
    releaseOwn();
  });
  it('a reflection shared with this user gets its journal entry; one naming another id does not', async () => {
    const main = new FakeMain();
    const reflection = new Y.Doc();
    initReflection(reflection, {
      id: 'refl5',
      now: NOW,
      template: findTemplate('blank')!,
      title: 'Sam on delegation',
    });
    main.store(itemDocId('refl5'), Y.encodeStateAsUpdate(reflection));
    // A document that claims to be another entry: never indexed under its claim.
    const impostor = new Y.Doc();
    initReflection(impostor, {
      id: 'myOwnEntry',
      now: NOW,
      template: findTemplate('blank')!,
      title: 'Hijack',
    });
    main.store(itemDocId('refl6'), Y.encodeStateAsUpdate(impostor));
    const item = (docId: string, title: string) =>
      ({ docId, kind: 'reflection', title, offeredBy: 'peer', state: 'accepted' }) as const;
    main.spaces = [space([item('item:refl5', 'Sam on delegation'), item('item:refl6', 'Hijack')])];
    const { vault } = await renderer(main);
    await until('the reflection’s journal entry', () => readVaultEntry(vault, 'refl5') !== null);
    expect(readVaultEntry(vault, 'refl5')).toMatchObject({ kind: 'reflection', title: 'Sam on delegation' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readVaultEntry(vault, 'myOwnEntry')).toBeNull();
    expect(readVaultEntry(vault, 'refl6')).toBeNull();
  });
});
