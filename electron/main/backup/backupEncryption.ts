import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  scrypt,
  type ScryptOptions,
} from 'node:crypto';
import { open } from 'node:fs/promises';
import { z } from 'zod';
import { DEFAULT_SCRYPT } from './identityCrypto';

/**
 * A whole backup encrypted with a passphrase: the finished ZIP archive sealed as one AES-256-GCM
 * message under a key derived by scrypt, so nothing of the journal (not even how many documents
 * it has, or their sizes) can be read without the passphrase. The file starts with a line that
 * says what it is, then the header (JSON: scrypt cost and salt, the nonce, the archive's length,
 * a check value), then the ciphertext and tag. The header is the cipher's associated data, so
 * changing any of it fails the tag too.
 *
 * Three refusals are told apart, each before anything is restored: a wrong passphrase (the check
 * value, a hash of a second key scrypt derives, does not match), a file cut short (fewer bytes
 * than the header says), and a file altered or damaged (the tag fails).
 */

export const ENCRYPTED_BACKUP_MAGIC = Buffer.from('TANDEM-ENCRYPTED-BACKUP\n', 'ascii');
const HEADER_LENGTH_BYTES = 4;
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 4096;

const headerSchema = z.object({
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(1024)
      .max(2 ** 22),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: z.string().min(16).max(200),
  }),
  iv: z.string().min(16).max(100),
  /** SHA-256 of the verifier key: tells a wrong passphrase from a damaged file. */
  check: z.string().regex(/^[0-9a-f]{64}$/),
  plainBytes: z.number().int().nonnegative(),
});

export type BackupUnlockFailure = 'wrong-passphrase' | 'truncated' | 'damaged';

export class BackupUnlockError extends Error {
  constructor(readonly reason: BackupUnlockFailure) {
    super(`The encrypted backup could not be opened: ${reason}.`);
    this.name = 'BackupUnlockError';
  }
}

function derive(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }) {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 };
  return new Promise<{ key: Buffer; check: string }>((resolve, reject) =>
    scrypt(passphrase.normalize('NFKC'), salt, 64, options, (error, derived) => {
      if (error) return reject(error);
      resolve({
        key: derived.subarray(0, 32),
        check: createHash('sha256').update(derived.subarray(32)).digest('hex'),
      });
    }),
  );
}

export async function encryptBackup(
  archive: Uint8Array,
  passphrase: string,
  params: { N: number; r: number; p: number } = DEFAULT_SCRYPT,
): Promise<Uint8Array> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const { key, check } = await derive(passphrase, salt, params);
  const header = Buffer.from(
    JSON.stringify({
      version: 1,
      kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
      iv: iv.toString('base64'),
      check,
      plainBytes: archive.byteLength,
    } satisfies z.input<typeof headerSchema>),
    'utf8',
  );
  const length = Buffer.alloc(HEADER_LENGTH_BYTES);
  length.writeUInt32BE(header.byteLength);
  const preamble = Buffer.concat([ENCRYPTED_BACKUP_MAGIC, length, header]);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(preamble);
  const body = Buffer.concat([cipher.update(archive), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([preamble, body]);
}

/** Whether the file at `path` is an encrypted backup (by its first line). */
export async function isEncryptedBackupFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const start = Buffer.alloc(ENCRYPTED_BACKUP_MAGIC.byteLength);
    const { bytesRead } = await handle.read(start, 0, start.byteLength, 0);
    return bytesRead === start.byteLength && start.equals(ENCRYPTED_BACKUP_MAGIC);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The backup archive inside, or BackupUnlockError saying why not. */
export async function decryptBackup(file: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const headerStart = ENCRYPTED_BACKUP_MAGIC.byteLength + HEADER_LENGTH_BYTES;
  if (bytes.byteLength < headerStart) throw new BackupUnlockError('truncated');
  if (!bytes.subarray(0, ENCRYPTED_BACKUP_MAGIC.byteLength).equals(ENCRYPTED_BACKUP_MAGIC))
    throw new BackupUnlockError('damaged');
  const headerBytes = bytes.readUInt32BE(ENCRYPTED_BACKUP_MAGIC.byteLength);
  if (headerBytes > MAX_HEADER_BYTES) throw new BackupUnlockError('damaged');
  const bodyStart = headerStart + headerBytes;
  if (bytes.byteLength < bodyStart) throw new BackupUnlockError('truncated');
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(bytes.subarray(headerStart, bodyStart).toString('utf8')));
  } catch {
    throw new BackupUnlockError('damaged');
  }
  const { key, check } = await derive(passphrase, Buffer.from(header.kdf.salt, 'base64'), header.kdf);
  if (check !== header.check) throw new BackupUnlockError('wrong-passphrase');
  const expected = bodyStart + header.plainBytes + TAG_BYTES;
  if (bytes.byteLength < expected) throw new BackupUnlockError('truncated');
  if (bytes.byteLength > expected) throw new BackupUnlockError('damaged');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(header.iv, 'base64'));
    decipher.setAAD(bytes.subarray(0, bodyStart));
    decipher.setAuthTag(bytes.subarray(expected - TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(bodyStart, expected - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new BackupUnlockError('damaged');
  }
}
