import { createHash, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { RecordAuthenticationError } from '../../../shared/atRest/sealedRecord';
import { createRecordCipher } from './recordCipher';

/**
 * The data key wrapped by a passphrase where the computer has no keystore: scrypt (N = 2^17,
 * r = 8, p = 1: about 128 MB of memory and a fraction of a second per guess) derives a key that
 * seals the data key with AES-256-GCM, so a wrong passphrase fails its tag instead of yielding a
 * wrong key. Wrong guesses typed into the app are slowed further by `PassphraseThrottle`.
 */

const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
const WRAP_CONTEXT = 'tandem/at-rest/data-key';
export const MIN_AT_REST_PASSPHRASE = 8;

const wrappedSchema = z.object({
  kdf: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 14)
    .max(2 ** 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string().min(16).max(200),
  sealed: z.string().min(1).max(2000),
  /**
   * SHA-256 of the fields above. A damaged wrapped key and a wrong passphrase both fail GCM's
   * tag; this tells them apart, so a damaged file is never reported as a mistyped passphrase.
   */
  check: z.string().regex(/^[0-9a-f]{64}$/),
});

type Wrapped = z.infer<typeof wrappedSchema>;

function checksum({ kdf, N, r, p, salt, sealed }: Omit<Wrapped, 'check'>): string {
  return createHash('sha256')
    .update(JSON.stringify([kdf, N, r, p, salt, sealed]))
    .digest('hex');
}

export class DamagedWrappedKeyError extends Error {
  constructor() {
    super('The passphrase-protected key in at-rest-key.json is damaged.');
    this.name = 'DamagedWrappedKeyError';
  }
}

function derive(
  passphrase: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFKC'), salt, 32, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** The data key wrapped by `passphrase`, as a string for the key file. */
export async function wrapWithPassphrase(key: Uint8Array, passphrase: string): Promise<string> {
  if (passphrase.length < MIN_AT_REST_PASSPHRASE) throw new RangeError('The passphrase is too short.');
  const salt = randomBytes(16);
  const sealed = createRecordCipher(await derive(passphrase, salt, SCRYPT)).seal(key, WRAP_CONTEXT);
  const fields = {
    kdf: 'scrypt' as const,
    ...SCRYPT,
    salt: salt.toString('base64'),
    sealed: Buffer.from(sealed).toString('base64'),
  };
  return JSON.stringify({ ...fields, check: checksum(fields) } satisfies z.input<typeof wrappedSchema>);
}

/** The data key, or null when the passphrase is wrong. Throws when the wrapped key is damaged. */
export async function unwrapWithPassphrase(wrapped: string, passphrase: string): Promise<Buffer | null> {
  let parsed: Wrapped;
  try {
    parsed = wrappedSchema.parse(JSON.parse(wrapped));
  } catch {
    throw new DamagedWrappedKeyError();
  }
  const { check, ...fields } = parsed;
  if (checksum(fields) !== check) throw new DamagedWrappedKeyError();
  const kek = await derive(passphrase, Buffer.from(parsed.salt, 'base64'), parsed);
  try {
    return Buffer.from(createRecordCipher(kek).open(Buffer.from(parsed.sealed, 'base64'), WRAP_CONTEXT));
  } catch (error) {
    if (error instanceof RecordAuthenticationError) return null;
    throw error;
  }
}

/** Wrong passphrases wait longer each time: 1 s, 2 s, 4 s… up to five minutes. */
export class PassphraseThrottle {
  private failures = 0;
  private notBefore = 0;

  constructor(private readonly now: () => number) {}

  waitMs(): number {
    return Math.max(0, this.notBefore - this.now());
  }

  failed(): void {
    this.failures += 1;
    this.notBefore = this.now() + Math.min(1000 * 2 ** (this.failures - 1), 5 * 60_000);
  }

  succeeded(): void {
    this.failures = 0;
    this.notBefore = 0;
  }
}
