import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { fromBase64, toBase64, type EncryptedIdentity } from '../../../shared/export/backupArchive';

/**
 * The sharing identity in a backup is encrypted with a key derived from the person's
 * passphrase: scrypt (N = 2^17, r = 8, p = 1 — about 128 MB and a fraction of a second, so
 * guessing is slow) and AES-256-GCM, whose tag makes a wrong passphrase fail loudly instead of
 * yielding garbage keys.
 */

export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
export const MIN_PASSPHRASE_LENGTH = 8;

export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase does not unlock the identity keys in this backup. Nothing was restored.');
    this.name = 'WrongPassphraseError';
  }
}

function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFKC'), salt, 32, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function encryptIdentity(
  secret: Uint8Array,
  passphrase: string,
  params: { N: number; r: number; p: number } = DEFAULT_SCRYPT,
): Promise<EncryptedIdentity> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new Error(`Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, params);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(secret), cipher.final(), cipher.getAuthTag()]);
  return {
    kdf: { name: 'scrypt', ...params, salt: toBase64(salt) },
    cipher: 'aes-256-gcm',
    iv: toBase64(iv),
    ciphertext: new Uint8Array(ciphertext),
  };
}

export async function decryptIdentity(identity: EncryptedIdentity, passphrase: string): Promise<Uint8Array> {
  const { N, r, p, salt } = identity.kdf;
  const key = await deriveKey(passphrase, fromBase64(salt), { N, r, p });
  if (identity.ciphertext.byteLength < 16) throw new WrongPassphraseError();
  const body = identity.ciphertext.subarray(0, identity.ciphertext.byteLength - 16);
  const tag = identity.ciphertext.subarray(identity.ciphertext.byteLength - 16);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, fromBase64(identity.iv));
    decipher.setAuthTag(tag);
    return new Uint8Array(Buffer.concat([decipher.update(body), decipher.final()]));
  } catch {
    throw new WrongPassphraseError();
  }
}
