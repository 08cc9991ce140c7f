import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { identityBackupStore } from '../../../electron/main/backup/identityBackup';
import { openIdentityBackup, sealIdentityBackup } from '../../../electron/main/backup/identityCrypto';
import { IdentityStore } from '../../../electron/main/sharingLogic/identity';
import { buildBackupArchive, IDENTITY_FILE, readBackupArchive } from '../../../shared/export/backupArchive';
import { fakeKeystore, leaksSecret } from '../sharingLogic/fakeKeystore';
import {
  makeProfile,
  removeTempDirs,
  sampleDoc,
  saveBackupOf,
  tempDir,
  type TestProfile,
} from './backupTestKit';

/**
 * Backup and restore with the real sharing identity (IdentityStore on disk, a stand-in keystore):
 * the secret key is in a backup only when asked for, and then only as ciphertext; a restore puts
 * back the same public key; nothing about the key reaches the log.
 */

const sharingDirs: string[] = [];
afterEach(async () => {
  await removeTempDirs();
  for (const dir of sharingDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const documents = [
  { docId: 'vault', update: sampleDoc('vault', 'index', 3) },
  { docId: 'item:Plan1', update: sampleDoc('item:Plan1', 'a plan') },
];

async function identityStore(): Promise<IdentityStore> {
  const dir = await mkdtemp(join(tmpdir(), 'tandem-sharing-'));
  sharingDirs.push(dir);
  return new IdentityStore({ path: join(dir, 'identity.json'), protector: fakeKeystore() });
}

async function profileWithIdentity(store: IdentityStore, log: string[]): Promise<TestProfile> {
  return makeProfile({ identity: identityBackupStore(store), log: (message) => log.push(message) });
}

const saveBackup = (profile: TestProfile, identityPassphrase: string | null): Promise<Uint8Array> =>
  saveBackupOf(profile, documents, identityPassphrase);

/** The archive as stored, and every entry in it unpacked (deflate would hide a plain copy). */
function everyByteOf(archive: Uint8Array): Uint8Array[] {
  return [archive, ...Object.values(unzipSync(archive))];
}

async function restore(profile: TestProfile, archive: Uint8Array, identityPassphrase: string | null) {
  const path = join(await tempDir(), 'restore.zip');
  await writeFile(path, archive);
  profile.dialogAnswers.open.push(path);
  const opened = await profile.service.openBackup();
  if (opened.status !== 'opened') throw new Error(JSON.stringify(opened));
  return profile.service.restoreBackup({ backupId: opened.backupId, identityPassphrase });
}

describe('the sharing identity in a full backup', () => {
  it('offers the identity only once one exists', async () => {
    const store = await identityStore();
    const profile = await profileWithIdentity(store, []);
    expect(await profile.service.status()).toEqual({ identityAvailable: false });
    await store.status();
    expect(await profile.service.status()).toEqual({ identityAvailable: true });
  });

  it('leaves every byte of the secret key out of a backup made without the passphrase option', async () => {
    const store = await identityStore();
    const { secretKey } = await store.keyPair();
    const log: string[] = [];
    const archive = await saveBackup(await profileWithIdentity(store, log), null);
    expect(Object.keys(unzipSync(archive))).not.toContain(IDENTITY_FILE);
    for (const bytes of everyByteOf(archive)) expect(leaksSecret(bytes, secretKey)).toBe(false);
    // The search does find a stretch of the key where there is one.
    expect(leaksSecret(Buffer.concat([archive, secretKey.subarray(40, 52)]), secretKey)).toBe(true);
    expect((await readBackupArchive(archive)).identity).toBeNull();
  });

  it('with a passphrase holds the secret key only as ciphertext that the passphrase opens', async () => {
    const store = await identityStore();
    const { secretKey } = await store.keyPair();
    const log: string[] = [];
    const archive = await saveBackup(await profileWithIdentity(store, log), 'correct horse battery');
    const entries = unzipSync(archive);
    expect(entries[IDENTITY_FILE]).toBeDefined();
    for (const bytes of everyByteOf(archive)) expect(leaksSecret(bytes, secretKey)).toBe(false);
    const { identity } = await readBackupArchive(archive);
    if (!identity) throw new Error('no identity in the backup');
    const opened = await openIdentityBackup({ identity, spaces: null }, 'correct horse battery');
    expect(Buffer.from(opened.secret)).toEqual(secretKey);
    for (const line of log) expect(leaksSecret(Buffer.from(line), secretKey)).toBe(false);
  });

  it('restores the same public key and fingerprint into another installation', async () => {
    const sourceStore = await identityStore();
    const source = await sourceStore.status();
    const archive = await saveBackup(await profileWithIdentity(sourceStore, []), 'correct horse battery');

    const targetStore = await identityStore();
    const before = await targetStore.status();
    const log: string[] = [];
    const target = await profileWithIdentity(targetStore, log);
    expect(await restore(target, archive, 'correct horse battery')).toMatchObject({
      status: 'restored',
      identityRestored: true,
    });
    expect(before).not.toEqual(source);
    expect(await targetStore.status()).toEqual(source);
    const { secretKey } = await targetStore.keyPair();
    for (const line of log) expect(leaksSecret(Buffer.from(line), secretKey)).toBe(false);
  });

  it('refuses a backup whose identity keys decrypt to something that is not a key, and changes nothing', async () => {
    // Built by hand: Tandem never writes such a file, but a foreign or tampered one may say so.
    const { identity: garbage } = await sealIdentityBackup(
      { secret: new Uint8Array(64).fill(9), spaces: null },
      'correct horse battery',
      { N: 1024, r: 8, p: 1 },
    );
    const archive = await buildBackupArchive({
      createdAt: '2026-01-01T00:00:00.000Z',
      app: { name: 'Tandem', version: '0.1.0' },
      documents,
      settings: [],
      identity: garbage,
    });
    const store = await identityStore();
    const before = await store.status();
    const profile = await profileWithIdentity(store, []);
    await profile.mirror.append('vault', sampleDoc('vault', 'what this profile had'));
    const vaultBefore = (await profile.mirror.load('vault')).update;

    expect(await restore(profile, archive, 'correct horse battery')).toEqual({
      status: 'failed',
      message:
        'The identity keys in this backup are damaged: the secret key does not match its public key. Nothing was restored.',
    });
    expect(await store.status()).toEqual(before);
    expect((await profile.mirror.load('vault')).update).toEqual(vaultBefore);
  });

  it('restores documents without touching the identity when the person does not ask for it', async () => {
    const sourceStore = await identityStore();
    await sourceStore.status();
    const archive = await saveBackup(await profileWithIdentity(sourceStore, []), 'correct horse battery');
    const store = await identityStore();
    const before = await store.status();
    expect(await restore(await profileWithIdentity(store, []), archive, null)).toMatchObject({
      status: 'restored',
      identityRestored: false,
    });
    expect(await store.status()).toEqual(before);
  });
});
