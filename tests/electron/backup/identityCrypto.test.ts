import { describe, expect, it } from 'vitest';
import {
  openIdentityBackup,
  sealIdentityBackup,
  WrongPassphraseError,
} from '../../../electron/main/backup/identityCrypto';
import type { EncryptedIdentity } from '../../../shared/export/backupArchive';

const cheap = { N: 1024, r: 8, p: 1 };

/** The identity alone, sealed and opened as a backup does it (no relationships beside it). */
const encryptIdentity = async (secret: Uint8Array, passphrase: string, params = cheap) =>
  (await sealIdentityBackup({ secret, spaces: null }, passphrase, params)).identity;
const decryptIdentity = async (identity: EncryptedIdentity, passphrase: string) =>
  (await openIdentityBackup({ identity, spaces: null }, passphrase)).secret;

describe('identity encryption', () => {
  it('gives the secret back with the right passphrase and refuses a wrong one', async () => {
    const secret = new Uint8Array(64).map((_, i) => i);
    const sealed = await encryptIdentity(secret, 'a long passphrase', cheap);
    expect(sealed.kdf).toMatchObject({ name: 'scrypt', N: 1024, r: 8, p: 1 });
    expect(Buffer.from(sealed.ciphertext).includes(Buffer.from(secret))).toBe(false);
    expect(await decryptIdentity(sealed, 'a long passphrase')).toEqual(secret);
    await expect(decryptIdentity(sealed, 'a long passphrasE')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('uses a fresh salt and nonce each time', async () => {
    const secret = new Uint8Array([9, 9, 9]);
    const [a, b] = await Promise.all([
      encryptIdentity(secret, 'passphrase!', cheap),
      encryptIdentity(secret, 'passphrase!', cheap),
    ]);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.iv).not.toBe(b.iv);
  });

  it('refuses a short passphrase', async () => {
    await expect(encryptIdentity(new Uint8Array([1]), 'short', cheap)).rejects.toThrow(
      /at least 8 characters/,
    );
  });
});
