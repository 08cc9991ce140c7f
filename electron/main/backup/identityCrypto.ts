import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import {
  fromBase64,
  toBase64,
  type EncryptedIdentity,
  type SealedEntry,
} from '../../../shared/export/backupArchive';

/**
 * The sharing identity in a backup is encrypted with a key derived from the person's
 * passphrase: scrypt (N = 2^17, r = 8, p = 1 — about 128 MB and a fraction of a second, so
 * guessing is slow) and AES-256-GCM, whose tag makes a wrong passphrase fail loudly instead of
 * yielding garbage keys. The sharing relationships that go with the identity are sealed with the
 * same derived key.
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

/** What the passphrase protects in a backup: the identity's secret key and its relationships. */
export interface IdentityBackupPlaintext {
  secret: Uint8Array;
  /** The sharing relationships (spacesBackup.ts), or null for none. */
  spaces: Uint8Array | null;
}

export interface SealedIdentityBackup {
  identity: EncryptedIdentity;
  spaces: SealedEntry | null;
}

/**
 * The relationships are sealed with the identity's key (one scrypt run, one passphrase) under
 * their own IV, with a label as associated data so the two entries cannot be swapped.
 */
const SPACES_LABEL = Buffer.from('tandem-backup/sharing-spaces', 'utf8');

function seal(
  key: Buffer,
  plaintext: Uint8Array,
  label: Buffer | null,
): { iv: string; ciphertext: Uint8Array } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (label) cipher.setAAD(label);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { iv: toBase64(iv), ciphertext: new Uint8Array(ciphertext) };
}

/** The plaintext, or null when the key (or the label) does not open it. */
function unseal(
  key: Buffer,
  entry: { iv: string; ciphertext: Uint8Array },
  label: Buffer | null,
): Uint8Array | null {
  if (entry.ciphertext.byteLength < 16) return null;
  const body = entry.ciphertext.subarray(0, entry.ciphertext.byteLength - 16);
  const tag = entry.ciphertext.subarray(entry.ciphertext.byteLength - 16);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, fromBase64(entry.iv));
    if (label) decipher.setAAD(label);
    decipher.setAuthTag(tag);
    return new Uint8Array(Buffer.concat([decipher.update(body), decipher.final()]));
  } catch {
    return null;
  }
}

export async function sealIdentityBackup(
  plaintext: IdentityBackupPlaintext,
  passphrase: string,
  params: { N: number; r: number; p: number } = DEFAULT_SCRYPT,
): Promise<SealedIdentityBackup> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new Error(`Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, params);
  return {
    identity: {
      kdf: { name: 'scrypt', ...params, salt: toBase64(salt) },
      cipher: 'aes-256-gcm',
      ...seal(key, plaintext.secret, null),
    },
    spaces: plaintext.spaces ? { cipher: 'aes-256-gcm', ...seal(key, plaintext.spaces, SPACES_LABEL) } : null,
  };
}

/**
 * Throws WrongPassphraseError when the passphrase does not open the identity, and a plain Error
 * when it does but the relationships beside it do not open (tampered with or damaged).
 */
export async function openIdentityBackup(
  sealed: SealedIdentityBackup,
  passphrase: string,
): Promise<IdentityBackupPlaintext> {
  const { N, r, p, salt } = sealed.identity.kdf;
  const key = await deriveKey(passphrase, fromBase64(salt), { N, r, p });
  const secret = unseal(key, sealed.identity, null);
  if (secret === null) throw new WrongPassphraseError();
  if (!sealed.spaces) return { secret, spaces: null };
  const spaces = unseal(key, sealed.spaces, SPACES_LABEL);
  if (spaces === null) {
    throw new Error(
      'The sharing relationships in this backup are damaged: the passphrase opens the identity keys but not them. Nothing was restored.',
    );
  }
  return { secret, spaces };
}
