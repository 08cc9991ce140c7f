import { describe, expect, it } from 'vitest';
import {
  decryptIdentity,
  encryptIdentity,
  WrongPassphraseError,
} from '../../../electron/main/backup/identityCrypto';

const cheap = { N: 1024, r: 8, p: 1 };

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
