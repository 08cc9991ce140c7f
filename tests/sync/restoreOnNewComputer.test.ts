import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createTestnet, { type Testnet } from 'hyperdht/testnet';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BackupExportService } from '../../electron/main/backup/BackupService';
import { identityBackupStore } from '../../electron/main/backup/identityBackup';
import { MirrorSlot } from '../../electron/main/backup/mirrorSlot';
import { DocumentMirror } from '../../electron/main/mirror/DocumentMirror';
import type { SharedDht, SharingRuntime } from '../../electron/main/sharingRuntime/sharingRuntime';

/**
 * A new computer: installation A (the employee) shares a plan with B (the manager), makes a full
 * backup with its identity keys, and is gone. A fresh profile C restores that backup with the
 * passphrase and, with no pairing, is A again to B: the same key, space, topic and item consent,
 * and edits flow both ways. Wired as main wires it (mainProcess.ts): the backup service over the
 * mirror slot, the runtime's identity and SpaceStore, and its reload after a restore; two real
 * Hyperswarm peers over a HyperDHT testnet on 127.0.0.1 (safeStorage mocked: a keystore exists).
 */

vi.mock('electron', () => ({
  safeStorage: {
    isAsyncEncryptionAvailable: () => Promise.resolve(true),
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptStringAsync: (text: string) => Promise.resolve(Buffer.from(text, 'utf8').reverse()),
    decryptStringAsync: (sealed: Buffer) =>
      Promise.resolve({ result: Buffer.from(sealed).reverse().toString('utf8'), shouldReEncrypt: false }),
  },
}));

const { startSharing } = await import('../../electron/main/sharingRuntime/startSharing');

const PLAN = 'item:plan1';
const PASSPHRASE = 'correct horse battery';
let testnet: Testnet;
let dir: string;
const open = new Set<Installation>();

beforeAll(async () => {
  testnet = await createTestnet(3);
  dir = await mkdtemp(join(tmpdir(), 'tandem-new-computer-'));
});
afterAll(async () => {
  for (const each of open) await each.close();
  await testnet.destroy();
  await rm(dir, { recursive: true, force: true });
});

interface Installation {
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
    runtime,
    mirror,
    backup,
    dialogAnswers,
    edit: async (text) => {
      const doc = docOf((await runtime.mirror.load(PLAN)).update);
      const before = Y.encodeStateVector(doc);
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

async function waitFor(what: string, condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function publicKeyOf(each: Installation): Promise<string> {
  const status = await each.runtime.identity.status();
  if (status.state !== 'ready') throw new Error(status.message);
  return status.publicKey;
}

describe('restoring a backup with identity keys on a new computer', () => {
  it('shares with the same peer again without pairing', async () => {
    const employee = await install('employee');
    const manager = await install('manager');
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

    const backupFile = join(dir, 'employee-backup.zip');
    employee.dialogAnswers.save.push(backupFile);
    const target = await employee.backup.chooseTarget({ purpose: 'backup' });
    if (target.status !== 'chosen') throw new Error('no target');
    const vault = new Y.Doc();
    vault.getMap('items').set(PLAN, 'plan');
    expect(
      await employee.backup.writeBackup({
        targetId: target.targetId,
        documents: [
          { docId: 'vault', update: Y.encodeStateAsUpdate(vault) },
          { docId: PLAN, update: (await employee.mirror.load(PLAN)).update ?? new Uint8Array() },
        ],
        identityPassphrase: PASSPHRASE,
      }),
    ).toMatchObject({ status: 'written' });
    const employeeKey = await publicKeyOf(employee);
    const spaceBefore = employee.runtime.spaces.get(spaceId);
    // The old computer is gone.
    await employee.close();

    // A new computer: its own fresh key, no spaces, so no network.
    const fresh = await install('new-computer');
    expect(await publicKeyOf(fresh)).not.toBe(employeeKey);
    expect(fresh.runtime.spaces.list()).toEqual([]);
    expect(fresh.runtime.engine()).toBeNull();

    fresh.dialogAnswers.open.push(backupFile);
    const opened = await fresh.backup.openBackup();
    if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
    expect(
      await fresh.backup.restoreBackup({ backupId: opened.backupId, identityPassphrase: PASSPHRASE }),
    ).toMatchObject({ status: 'restored', identityRestored: true });
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
