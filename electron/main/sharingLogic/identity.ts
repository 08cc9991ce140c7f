import { z } from 'zod';
import { keyFingerprint } from '../../../shared/sharing/fingerprint';
import type { IdentityProblem } from '../../../shared/sharing/sharingIpc';
import { readJsonIfPresent, writeJsonAtomically } from './atomicJsonFile';
import { generateKeyPair, isConsistentKeyPair, type KeyPair } from './ed25519Keys';

/**
 * This installation's identity: one Ed25519 key pair, the Noise static key for every sharing
 * connection. The secret key is stored encrypted by the OS keystore where a real one exists
 * (`SecretProtector`, Electron's safeStorage in the app). Where none exists, nothing is stored
 * until the user agrees to an unprotected key (`allowUnprotected`); until then there is no
 * identity and so no sharing: privacy fails closed.
 *
 * Electron-free: the protector is injected. The secret key is only ever handed to the network
 * layer in main; `status()` gives the renderer the public key's fingerprint and nothing more.
 */

export interface SecretProtector {
  /** True only when secrets would be encrypted by a real keystore (not Linux's basic_text). */
  isAvailable(): Promise<boolean>;
  encrypt(plain: Buffer): Promise<Buffer>;
  /** `reseal`: the keystore rotated its key; encrypt the secret again and store that. */
  decrypt(encrypted: Buffer): Promise<{ plain: Buffer; reseal: boolean }>;
}

export type KeyProtection = 'keystore' | 'unprotected';

export type IdentityStatus =
  | { state: 'ready'; publicKey: string; fingerprint: string; protection: KeyProtection }
  | { state: 'needs-consent'; message: string; problem: 'no-keystore'; detail?: undefined }
  | { state: 'unreadable'; message: string; problem: IdentityProblem; detail?: string };

export const IDENTITY_FILE = 'identity.json';

const identityFileSchema = z.object({
  version: z.literal(1),
  publicKey: z.string().regex(/^[0-9a-f]{64}$/),
  protection: z.enum(['keystore', 'unprotected']),
  /** base64: encrypted by the keystore, or the raw 64-byte secret key when unprotected. */
  secretKey: z.string().min(1).max(1000),
});

export const NO_KEYSTORE_MESSAGE =
  'This computer has no password keystore Tandem can use (such as GNOME Keyring or KWallet), so the key that proves who you are to the people you share with would be stored unprotected in your Tandem folder. Anyone who can read your files could then pretend to be you. Set up a keystore and restart Tandem, or agree to store the key unprotected.';

export class IdentityNotReadyError extends Error {
  constructor(readonly status: Exclude<IdentityStatus, { state: 'ready' }>) {
    super(status.message);
    this.name = 'IdentityNotReadyError';
  }
}

export interface IdentityStoreOptions {
  /** Full path of identity.json (in userData/sharing/). */
  path: string;
  protector: SecretProtector;
  /** Injected for tests; real keys otherwise. */
  generate?: () => KeyPair;
}

export class IdentityStore {
  private loaded: { pair: KeyPair; protection: KeyProtection } | null = null;
  private pending: Promise<IdentityStatus> | null = null;

  constructor(private readonly options: IdentityStoreOptions) {}

  /** Loads the identity, or makes one when a keystore can protect it. Never throws. */
  status(): Promise<IdentityStatus> {
    this.pending ??= this.loadOrCreate(false).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** The user agreed to an unprotected key: make one (a keystore is still used if present). */
  async allowUnprotected(): Promise<IdentityStatus> {
    await this.pending;
    return this.loadOrCreate(true);
  }

  /** The key pair for the network layer; throws IdentityNotReadyError otherwise. */
  async keyPair(): Promise<KeyPair> {
    const status = await this.status();
    if (status.state === 'ready' && this.loaded !== null) return this.loaded.pair;
    throw new IdentityNotReadyError(
      status.state === 'ready'
        ? { state: 'unreadable', message: 'Your identity is not loaded.', problem: 'not-loaded' }
        : status,
    );
  }

  /**
   * The stored key pair when there is one and it unlocks now, else null. Unlike `status()` it
   * never makes a key: a backup must not create the identity it is asked to copy.
   */
  async existingKeyPair(): Promise<KeyPair | null> {
    await this.pending;
    if (this.loaded === null) {
      let raw: unknown;
      try {
        raw = await readJsonIfPresent(this.options.path);
      } catch {
        return null;
      }
      if (raw !== null) await this.load(raw);
    }
    return this.loaded?.pair ?? null;
  }

  /**
   * Why a key pair restored from a backup could not be stored here now, or null. It is sealed
   * as a new key would be: by the keystore where one is available, unprotected only where the
   * user has already agreed to that for the identity it replaces.
   */
  async replacementProblem(): Promise<string | null> {
    return (await this.replacementProtection()).problem;
  }

  /** Puts a restored key pair in place of the current identity (one atomic file write). */
  async replaceKeyPair(pair: KeyPair): Promise<IdentityStatus> {
    if (!isConsistentKeyPair(pair)) throw new Error('The secret key does not belong to its public key.');
    await this.pending;
    const { protection, problem } = await this.replacementProtection();
    if (protection === null) throw new Error(problem);
    await this.save(pair, protection);
    this.loaded = { pair, protection };
    return this.ready();
  }

  private async replacementProtection(): Promise<
    { protection: KeyProtection; problem: null } | { protection: null; problem: string }
  > {
    if (await this.options.protector.isAvailable()) return { protection: 'keystore', problem: null };
    let current: KeyProtection | null = this.loaded?.protection ?? null;
    if (current === null) {
      const parsed = identityFileSchema.safeParse(
        await readJsonIfPresent(this.options.path).catch(() => null),
      );
      current = parsed.success ? parsed.data.protection : null;
    }
    if (current === 'unprotected') return { protection: 'unprotected', problem: null };
    return {
      protection: null,
      problem:
        current === 'keystore'
          ? 'The system keystore that protects your key is not available right now. Unlock it, restart Tandem and restore again.'
          : 'This computer has no password keystore Tandem can use, so the restored key would be stored unprotected. Agree to an unprotected key under People & sharing first, then restore again.',
    };
  }

  private ready(): IdentityStatus {
    if (this.loaded === null) throw new Error('identity not loaded');
    const publicKey = this.loaded.pair.publicKey.toString('hex');
    return {
      state: 'ready',
      publicKey,
      fingerprint: keyFingerprint(publicKey),
      protection: this.loaded.protection,
    };
  }

  private async loadOrCreate(consentToUnprotected: boolean): Promise<IdentityStatus> {
    if (this.loaded !== null) return this.ready();
    let raw: unknown;
    try {
      raw = await readJsonIfPresent(this.options.path);
    } catch (error) {
      return {
        state: 'unreadable',
        message: `Tandem could not read its identity file: ${describe(error)}`,
        problem: 'file-unreadable',
        detail: describe(error),
      };
    }
    if (raw !== null) return this.load(raw);

    const keystore = await this.options.protector.isAvailable();
    if (!keystore && !consentToUnprotected)
      return { state: 'needs-consent', message: NO_KEYSTORE_MESSAGE, problem: 'no-keystore' };
    const pair = (this.options.generate ?? generateKeyPair)();
    const protection: KeyProtection = keystore ? 'keystore' : 'unprotected';
    await this.save(pair, protection);
    this.loaded = { pair, protection };
    return this.ready();
  }

  private async save(pair: KeyPair, protection: KeyProtection): Promise<void> {
    const secret =
      protection === 'keystore' ? await this.options.protector.encrypt(pair.secretKey) : pair.secretKey;
    await writeJsonAtomically(this.options.path, {
      version: 1,
      publicKey: pair.publicKey.toString('hex'),
      protection,
      secretKey: secret.toString('base64'),
    } satisfies z.input<typeof identityFileSchema>);
  }

  private async load(raw: unknown): Promise<IdentityStatus> {
    const parsed = identityFileSchema.safeParse(raw);
    if (!parsed.success)
      return { state: 'unreadable', message: 'Tandem’s identity file is damaged.', problem: 'damaged' };
    const file = parsed.data;
    let secretKey: Buffer;
    let reseal = false;
    if (file.protection === 'keystore') {
      if (!(await this.options.protector.isAvailable())) {
        return {
          state: 'unreadable',
          message:
            'Your key is locked in the system keystore, which is not available right now. Unlock it and restart Tandem.',
          problem: 'keystore-unavailable',
        };
      }
      try {
        ({ plain: secretKey, reseal } = await this.options.protector.decrypt(
          Buffer.from(file.secretKey, 'base64'),
        ));
      } catch {
        return {
          state: 'unreadable',
          message: 'The system keystore could not unlock your key.',
          problem: 'keystore-refused',
        };
      }
    } else {
      secretKey = Buffer.from(file.secretKey, 'base64');
    }
    const pair = { publicKey: Buffer.from(file.publicKey, 'hex'), secretKey };
    if (!isConsistentKeyPair(pair))
      return { state: 'unreadable', message: 'Tandem’s identity file is damaged.', problem: 'damaged' };
    this.loaded = { pair, protection: file.protection };
    // Best effort: the old sealing still opens today, so a failed re-seal loses nothing.
    if (reseal) await this.save(pair, 'keystore').catch(() => undefined);
    return this.ready();
  }
}

/** An error's message without its stack; never includes key material (none is in these errors). */
function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
