import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFingerprint } from '../../../shared/sharing/fingerprint';
import { IdentityNotReadyError, IdentityStore } from '../../../electron/main/sharingLogic/identity';
import { fakeKeystore } from './fakeKeystore';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-identity-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('identity', () => {
  it('makes one key pair, stores its secret only in keystore-encrypted form, and loads the same one again', async () => {
    const path = join(dir, 'identity.json');
    const first = new IdentityStore({ path, protector: fakeKeystore() });
    const status = await first.status();
    expect(status).toMatchObject({ state: 'ready', protection: 'keystore' });
    if (status.state !== 'ready') return;
    expect(status.fingerprint).toBe(keyFingerprint(status.publicKey));

    const pair = await first.keyPair();
    const file = await readFile(path, 'utf8');
    expect(file).not.toContain(pair.secretKey.toString('base64'));
    expect(file).not.toContain(pair.secretKey.toString('hex'));
    expect(file).not.toContain(pair.secretKey.subarray(0, 32).toString('base64'));

    const again = new IdentityStore({ path, protector: fakeKeystore() });
    expect(await again.status()).toEqual(status);
    expect((await again.keyPair()).secretKey.equals(pair.secretKey)).toBe(true);
  });

  it('without a keystore stores nothing and asks first; with consent stores an unprotected key', async () => {
    const path = join(dir, 'identity.json');
    const store = new IdentityStore({ path, protector: fakeKeystore(false) });
    const status = await store.status();
    expect(status.state).toBe('needs-consent');
    if (status.state === 'needs-consent') expect(status.message).toMatch(/stored unprotected/);
    await expect(readFile(path)).rejects.toThrow(/ENOENT/);
    await expect(store.keyPair()).rejects.toBeInstanceOf(IdentityNotReadyError);

    expect(await store.allowUnprotected()).toMatchObject({ state: 'ready', protection: 'unprotected' });
    const reloaded = new IdentityStore({ path, protector: fakeKeystore(false) });
    expect(await reloaded.status()).toMatchObject({ state: 'ready', protection: 'unprotected' });
  });

  it('fails closed when the keystore that sealed the key is gone or the file is damaged', async () => {
    const path = join(dir, 'identity.json');
    await new IdentityStore({ path, protector: fakeKeystore() }).status();

    const locked = new IdentityStore({ path, protector: fakeKeystore(false) });
    expect(await locked.status()).toMatchObject({ state: 'unreadable', message: /not available right now/ });
    await expect(locked.keyPair()).rejects.toThrow(/not available right now/);
    // Consent to an unprotected key must not replace a key that exists.
    expect(await locked.allowUnprotected()).toMatchObject({ state: 'unreadable' });

    const original = JSON.parse(await readFile(path, 'utf8')) as { publicKey: string };
    await writeFile(path, JSON.stringify({ ...original, publicKey: 'ab'.repeat(32) }));
    expect(await new IdentityStore({ path, protector: fakeKeystore() }).status()).toMatchObject({
      state: 'unreadable',
      message: /damaged/,
    });
    await writeFile(path, '{not json');
    expect(await new IdentityStore({ path, protector: fakeKeystore() }).status()).toMatchObject({
      state: 'unreadable',
    });
  });

  it('never puts the secret key in its status (what the renderer sees)', async () => {
    const store = new IdentityStore({ path: join(dir, 'identity.json'), protector: fakeKeystore() });
    const status = JSON.stringify(await store.status());
    const { secretKey } = await store.keyPair();
    for (const form of [secretKey.toString('hex'), secretKey.subarray(0, 32).toString('hex')]) {
      expect(status).not.toContain(form);
    }
  });
});
