import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { identityBackupStore } from '../../../electron/main/backup/identityBackup';
import { generateKeyPair } from '../../../electron/main/sharingLogic/ed25519Keys';
import { IdentityStore } from '../../../electron/main/sharingLogic/identity';
import { keyFingerprint } from '../../../shared/sharing/fingerprint';
import { fakeKeystore, leaksSecret } from './fakeKeystore';

/**
 * The identity as backup reads and restores it: the real IdentityStore on disk, with a stand-in
 * keystore. A restored key replaces the identity only when it is a real key pair and can be
 * sealed here; afterwards the installation proves itself with the backed-up key.
 */

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-identity-backup-'));
  path = join(dir, 'identity.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readyKey(store: IdentityStore): Promise<string> {
  const status = await store.status();
  if (status.state !== 'ready') throw new Error(`identity not ready: ${status.state}`);
  return status.publicKey;
}

describe('the identity in a backup', () => {
  it('reads nothing, and makes no key, when there is no identity yet', async () => {
    const backup = identityBackupStore(new IdentityStore({ path, protector: fakeKeystore() }));
    expect(await backup.exists()).toBe(false);
    expect(await backup.read()).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('reads the secret key of an unlocked identity, and nothing while the keystore is locked', async () => {
    const store = new IdentityStore({ path, protector: fakeKeystore() });
    const { secretKey } = await store.keyPair();
    const backup = identityBackupStore(store);
    expect(await backup.exists()).toBe(true);
    expect(Buffer.from((await backup.read()) ?? [])).toEqual(secretKey);

    const locked = identityBackupStore(new IdentityStore({ path, protector: fakeKeystore(false) }));
    expect(await locked.exists()).toBe(false);
    expect(await locked.read()).toBeNull();
  });

  it('restores a key pair so the installation has the backed-up public key, sealed by the keystore', async () => {
    const original = generateKeyPair();
    const store = new IdentityStore({ path, protector: fakeKeystore() });
    const replacedKey = await readyKey(store);
    const backup = identityBackupStore(store);
    expect(await backup.problemWith(original.secretKey)).toBeNull();
    await backup.write(new Uint8Array(original.secretKey));

    const restoredKey = original.publicKey.toString('hex');
    expect(restoredKey).not.toBe(replacedKey);
    expect(await store.status()).toMatchObject({
      state: 'ready',
      publicKey: restoredKey,
      fingerprint: keyFingerprint(restoredKey),
      protection: 'keystore',
    });
    // What is on disk: the same identity after a restart, and only sealed.
    const afterRestart = new IdentityStore({ path, protector: fakeKeystore() });
    expect(await readyKey(afterRestart)).toBe(restoredKey);
    expect((await afterRestart.keyPair()).secretKey).toEqual(original.secretKey);
    expect(leaksSecret(await readFile(path), original.secretKey)).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(['identity.json']);
  });

  it.each([
    ['too short', () => randomBytes(32), /not an Ed25519 secret key \(32 bytes instead of 64\)/],
    ['empty', () => new Uint8Array(0), /not an Ed25519 secret key \(0 bytes instead of 64\)/],
    [
      'a seed with someone else’s public key',
      () => Buffer.concat([generateKeyPair().secretKey.subarray(0, 32), generateKeyPair().publicKey]),
      /damaged: the secret key does not match its public key/,
    ],
    ['random bytes', () => randomBytes(64), /damaged: the secret key does not match its public key/],
  ])('refuses %s and keeps the identity it has', async (_name, garbage, message) => {
    const store = new IdentityStore({ path, protector: fakeKeystore() });
    const before = await readyKey(store);
    const file = await readFile(path);
    const backup = identityBackupStore(store);
    const bytes = garbage();
    expect(await backup.problemWith(bytes)).toMatch(message);
    await expect(backup.write(bytes)).rejects.toThrow(message);
    expect(await readyKey(store)).toBe(before);
    expect(await readFile(path)).toEqual(file);
  });

  it('without a keystore, stores a restored key only where an unprotected key was agreed to', async () => {
    const original = generateKeyPair();
    const noConsent = identityBackupStore(new IdentityStore({ path, protector: fakeKeystore(false) }));
    expect(await noConsent.problemWith(original.secretKey)).toMatch(
      /no password keystore.*Agree to an unprotected key/,
    );
    await expect(noConsent.write(original.secretKey)).rejects.toThrow(/no password keystore/);
    expect(await readdir(dir)).toEqual([]);

    const consented = new IdentityStore({ path, protector: fakeKeystore(false) });
    await consented.allowUnprotected();
    const backup = identityBackupStore(consented);
    expect(await backup.problemWith(original.secretKey)).toBeNull();
    await backup.write(original.secretKey);
    expect(await consented.status()).toMatchObject({
      state: 'ready',
      publicKey: original.publicKey.toString('hex'),
      protection: 'unprotected',
    });
  });

  it('does not put a key that the locked keystore sealed aside for an unprotected one', async () => {
    await new IdentityStore({ path, protector: fakeKeystore() }).status();
    const file = await readFile(path);
    const locked = identityBackupStore(new IdentityStore({ path, protector: fakeKeystore(false) }));
    const original = generateKeyPair();
    expect(await locked.problemWith(original.secretKey)).toMatch(/keystore .* is not available right now/);
    await expect(locked.write(original.secretKey)).rejects.toThrow(/not available right now/);
    expect(await readFile(path)).toEqual(file);
  });
});
