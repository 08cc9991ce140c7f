import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createTestnet, { type Testnet } from 'hyperdht/testnet';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BackupExportService } from '../../electron/main/backup/BackupService';
import { identityBackupStore } from '../../electron/main/backup/identityBackup';
import { MirrorSlot } from '../../electron/main/mirror/mirrorSlot';
import { DocumentMirror } from '../../electron/main/mirror/DocumentMirror';
import { initPlan, readPlan } from '../../shared/schema/plan';
import { migrateVault } from '../../shared/schema/vault';
import type { SharedDht, SharingRuntime } from '../../electron/main/sharingWiring/sharingRuntime';

/**
 * Restoring a backup while sharing runs, as main wires it (mainProcess.electron.ts): the backup service
 * over the mirror slot, its `onRestored` hook reloading the sharing runtime, and the identity
 * behind safeStorage (mocked: a keystore exists). Two installations over a HyperDHT testnet on
 * 127.0.0.1. After a restore the engine serves the restored documents, so an edit the restore
 * discarded never reaches the peer; a restored identity restarts the network with that key; and
 * a backup with identity keys restored on a new computer is the same installation to the peer
 * (key, space, topic and consent), with no pairing.
 */

vi.mock('electron', () => import('./support/electronWithKeystore'));

const { startSharing } = await import('../../electron/main/sharingWiring/startSharing.electron');

const PLAN_ID = 'plan1';
const PLAN = `item:${PLAN_ID}`;
const PLAN_DETAILS = {
  title: 'Tech lead plan',
  goalId: null,
  status: 'active',
  reviewCadence: null,
} as const;
const PASSPHRASE = 'correct horse battery';
let testnet: Testnet;
let dir: string;
const open = new Set<Installation>();

beforeAll(async () => {
  testnet = await createTestnet(3);
  dir = await mkdtemp(join(tmpdir(), 'tandem-restore-reload-'));
});
afterAll(async () => {
  for (const each of open) await each.close();
  await testnet.destroy();
  await rm(dir, { recursive: true, force: true });
});

interface Installation {
  userDataDir: string;
  runtime: SharingRuntime;
  mirror: MirrorSlot<DocumentMirror>;
  backup: BackupExportService;
  dialogAnswers: { save: string[]; open: string[] };
  /** The renderer's path: an edit to the plan as the window would make it, stored through main. */
  edit(text: string): Promise<void>;
  close(): Promise<void>;
}

async function install(name: string): Promise<Installation> {
  const userDataDir = join(dir, name);
  const mirror = new MirrorSlot(() => new DocumentMirror({ documentsDir: join(userDataDir, 'documents') }));
  const runtime = await startSharing({
    userDataDir,
    mirror,
    webContents: () => null,
    log: () => undefined,
    createDht: () => testnet.createNode() as unknown as SharedDht,
    platform: 'linux',
  });
  const dialogAnswers = { save: [] as string[], open: [] as string[] };
  const backup = new BackupExportService({
    dialogs: {
      chooseSavePath: () => Promise.resolve(dialogAnswers.save.shift() ?? null),
      chooseOpenPath: () => Promise.resolve(dialogAnswers.open.shift() ?? null),
    },
    userDataDir,
    mirror,
    appInfo: { name: 'Tandem', version: '0.1.0' },
    identity: identityBackupStore(runtime.identity),
    spaces: runtime.spaces,
    onRestored: () => runtime.reloadAfterRestore(),
    scryptParams: { N: 1024, r: 8, p: 1 },
  });
  const installation: Installation = {
    userDataDir,
    runtime,
    mirror,
    backup,
    dialogAnswers,
    edit: async (text) => {
      const doc = docOf((await runtime.mirror.load(PLAN)).update);
      const before = Y.encodeStateVector(doc);
      if (readPlan(doc) === null) initPlan(doc, PLAN_ID, PLAN_DETAILS, Date.UTC(2026, 0, 1));
      doc.getArray<string>('milestones').push([text]);
      await runtime.mirror.append(PLAN, Y.encodeStateAsUpdate(doc, before));
    },
    close: async () => {
      open.delete(installation);
      await runtime.close();
      await mirror.whenIdle();
    },
  };
  open.add(installation);
  return installation;
}

function docOf(update: Uint8Array | null | undefined): Y.Doc {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  return doc;
}

const milestonesOf = (doc: Y.Doc | undefined) => doc?.getArray<string>('milestones').toArray() ?? [];
/** What main's replica of the plan (the copy the engine sends from) holds. */
const replicaMilestones = (each: Installation) => milestonesOf(each.runtime.engine()?.replicaDoc(PLAN));
const storedMilestones = async (each: Installation) =>
  milestonesOf(docOf((await each.mirror.load(PLAN)).update));

async function waitFor(what: string, condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function saveBackup(each: Installation, identityPassphrase: string | null): Promise<string> {
  const path = join(dir, `backup-${Date.now()}.zip`);
  each.dialogAnswers.save.push(path);
  const target = await each.backup.chooseTarget({ purpose: 'backup' });
  if (target.status !== 'chosen') throw new Error('no target');
  const vault = new Y.Doc();
  migrateVault(vault);
  const written = await each.backup.writeBackup({
    targetId: target.targetId,
    documents: [
      { docId: 'vault', update: Y.encodeStateAsUpdate(vault) },
      { docId: PLAN, update: (await each.mirror.load(PLAN)).update ?? new Uint8Array() },
    ],
    unreadable: [],
    identityPassphrase,
  });
  expect(written).toMatchObject({ status: 'written' });
  return path;
}

async function restore(each: Installation, path: string, identityPassphrase: string | null) {
  each.dialogAnswers.open.push(path);
  const opened = await each.backup.openBackup();
  if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
  return each.backup.restoreBackup({ backupId: opened.backupId, identityPassphrase });
}

async function publicKeyOf(each: Installation): Promise<string> {
  const status = await each.runtime.identity.status();
  if (status.state !== 'ready') throw new Error(status.message);
  return status.publicKey;
}

/**
 * The employee invites the manager, writes the plan's first milestone ("Before the backup") and
 * shares the plan; resolves with the space id once both sides hold it and know it was accepted.
 */
async function pairAndSharePlan(employee: Installation, manager: Installation): Promise<string> {
  const invitation = await employee.runtime.service.createInvitation({
    myRole: 'employee',
    myName: 'Sam',
    theirName: 'Maya',
  });
  expect(await manager.runtime.service.acceptInvitation(invitation.code, 'Maya')).toMatchObject({
    ok: true,
  });
  const { spaceId } = invitation;
  await employee.edit('Before the backup');
  await employee.runtime.service.proposeItem(spaceId, PLAN, { kind: 'plan', title: 'Tech lead plan' });
  await waitFor('the offer', () => manager.runtime.spaces.get(spaceId)?.items[PLAN]?.state === 'proposed');
  await manager.runtime.service.respondToProposal(spaceId, PLAN, true);
  await waitFor('the plan to arrive', () => replicaMilestones(manager).includes('Before the backup'));
  await waitFor(
    'the employee to hear the acceptance',
    () => employee.runtime.spaces.get(spaceId)?.items[PLAN]?.state === 'accepted',
  );
  return spaceId;
}

describe('restoring a backup while sharing runs', () => {
  let employee: Installation;
  let manager: Installation;
  let spaceId: string;
  let backupFile: string;

  it('serves the restored plan afterwards: an edit the restore discarded never reaches the peer', async () => {
    employee = await install('employee');
    manager = await install('manager');
    spaceId = await pairAndSharePlan(employee, manager);
    backupFile = await saveBackup(employee, PASSPHRASE);

    // The manager is away; the employee keeps editing, then restores the earlier backup.
    await manager.close();
    await employee.edit('Discarded by the restore');
    expect(replicaMilestones(employee)).toContain('Discarded by the restore');
    const engineBefore = employee.runtime.engine();
    expect(await restore(employee, backupFile, null)).toMatchObject({
      status: 'restored',
      identityRestored: false,
    });
    expect(employee.runtime.engine()).toBe(engineBefore);
    await waitFor('the replica to reload', () => replicaMilestones(employee).includes('Before the backup'));
    expect(replicaMilestones(employee)).not.toContain('Discarded by the restore');

    // The manager comes back: both sync afresh from the restored plan.
    manager = await install('manager');
    await employee.edit('After the restore');
    await waitFor('the edit made after the restore', () =>
      replicaMilestones(manager).includes('After the restore'),
    );
    // A peer's changes are stored in batches, a moment after the replica has them.
    await expect.poll(() => storedMilestones(manager)).toEqual(['Before the backup', 'After the restore']);
    expect(replicaMilestones(employee)).toEqual(['Before the backup', 'After the restore']);
  });

  it('with the peer connected, reconnects and syncs afresh from the restored plan', async () => {
    await waitFor(
      'the employee to be connected',
      () => employee.runtime.engine()?.status(spaceId)?.connected === true,
    );
    const engine = employee.runtime.engine();
    expect(await restore(employee, backupFile, null)).toMatchObject({ status: 'restored' });
    expect(employee.runtime.engine()).toBe(engine);
    // The restored replica lacks the later edit; the manager still has it and sends it back.
    await waitFor('the manager’s copy to come back after reconnecting', () =>
      replicaMilestones(employee).includes('After the restore'),
    );
    // `edit` starts from the stored copy, as the window does from what main handed it: a peer's
    // change is stored (and handed over) in a batch a moment after the replica has it.
    await expect
      .poll(async () => (await storedMilestones(employee)).includes('After the restore'))
      .toBe(true);
    await employee.edit('After the second restore');
    await waitFor('the next edit', () => replicaMilestones(manager).includes('After the second restore'));
    await expect
      .poll(() => storedMilestones(employee))
      .toEqual(['Before the backup', 'After the restore', 'After the second restore']);
  });

  it('restarts the network with a restored identity, and the peer knows this installation again', async () => {
    const originalKey = await publicKeyOf(employee);
    // The key is lost (a new computer, a wiped keystore): Tandem makes a new one on start.
    await employee.close();
    await rm(join(employee.userDataDir, 'sharing', 'identity.json'));
    employee = await install('employee');
    expect(await publicKeyOf(employee)).not.toBe(originalKey);
    await waitFor('the engine to start with the new key', () => employee.runtime.engine() !== null);
    const engineWithNewKey = employee.runtime.engine();
    await employee.edit('Made under the new key');

    expect(await restore(employee, backupFile, PASSPHRASE)).toMatchObject({
      status: 'restored',
      identityRestored: true,
    });
    expect(await publicKeyOf(employee)).toBe(originalKey);
    expect(employee.runtime.engine()).not.toBeNull();
    expect(employee.runtime.engine()).not.toBe(engineWithNewKey);

    await employee.edit('Back with the original key');
    await waitFor('the manager to accept the original key again', () =>
      replicaMilestones(manager).includes('Back with the original key'),
    );
    expect(replicaMilestones(manager)).not.toContain('Made under the new key');
    expect(employee.runtime.engine()?.status(spaceId)?.connected).toBe(true);
  });
});

describe('restoring a backup with identity keys on a new computer', () => {
  it('shares with the same peer again without pairing', async () => {
    const employee = await install('employee-2');
    const manager = await install('manager-2');
    const spaceId = await pairAndSharePlan(employee, manager);
    const backup = await saveBackup(employee, PASSPHRASE);
    const employeeKey = await publicKeyOf(employee);
    const spaceBefore = employee.runtime.spaces.get(spaceId);
    // The old computer is gone.
    await employee.close();

    // A new computer: its own fresh key, no spaces, so no network.
    const fresh = await install('new-computer');
    expect(await publicKeyOf(fresh)).not.toBe(employeeKey);
    expect(fresh.runtime.spaces.list()).toEqual([]);
    expect(fresh.runtime.engine()).toBeNull();

    expect(await restore(fresh, backup, PASSPHRASE)).toMatchObject({
      status: 'restored',
      identityRestored: true,
      spacesRestored: 1,
    });
    expect(await publicKeyOf(fresh)).toBe(employeeKey);
    expect(fresh.runtime.spaces.get(spaceId)).toEqual(spaceBefore);
    expect(fresh.runtime.engine()).not.toBeNull();

    // The manager still pins the employee's key: it takes the new computer's edits, and sends its own.
    await waitFor(
      'the new computer to connect',
      () => fresh.runtime.engine()?.status(spaceId)?.connected === true,
    );
    await fresh.edit('From the new computer');
    await waitFor('the manager to get the edit', () =>
      replicaMilestones(manager).includes('From the new computer'),
    );
    await manager.edit('From the manager');
    await waitFor('the new computer to get the manager’s edit', () =>
      replicaMilestones(fresh).includes('From the manager'),
    );
    expect(fresh.runtime.engine()?.status(spaceId)).toMatchObject({ peerName: 'Maya', connected: true });
  });
});
