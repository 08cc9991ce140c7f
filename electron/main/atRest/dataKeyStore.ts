import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DATA_KEY_BYTES, MIRROR_KEY_INFO, WINDOW_KEY_INFO } from '../../../shared/atRest/sealedRecord';
import type { AtRestStatus, ReadyAtRestStatus } from '../../../shared/atRest/atRestIpc';
import type { AtRestService, RecoveryService } from './atRestService';
import { readJsonIfPresent, writeJsonAtomically } from '../sharingLogic/atomicJsonFile';
import type { SecretProtector } from '../sharingLogic/identity';
import { createRecordCipher, deriveSubkey, type RecordCipher } from './recordCipher';
import { PassphraseThrottle, unwrapWithPassphrase, wrapWithPassphrase } from './passphraseWrap';
import { recoverDataKey, type RecoverOutcome } from './recovery';
import { makeRecoveryKey } from './recoveryKey';

/**
 * The journal's data key (docs/ARCHITECTURE.md, Encryption at rest): 32 random bytes, made once
 * per installation and kept in `at-rest-key.json`, sealed by the OS keystore where a real one
 * exists (`SecretProtector`: safeStorage in the app). Where none exists the person chooses: a
 * passphrase (scrypt-wrapped, asked at every start) or, knowingly, an unprotected key, as the
 * sharing identity offers. Until then nothing is decrypted or written: `dataKey()` waits.
 *
 * Two keys are derived from it: one for main's disk mirror, one handed to the window for its
 * IndexedDB. The data key itself never leaves main. Electron-free; the protector is injected.
 */

export const DATA_KEY_FILE = 'at-rest-key.json';

const keyFileSchema = z.object({
  version: z.literal(1),
  protection: z.enum(['keystore', 'passphrase', 'unprotected']),
  /** base64: sealed by the keystore, wrapped by the passphrase, or the raw key. */
  key: z.string().min(1).max(4000),
  /** Whether plain records from before encryption may still exist in each store. */
  sealed: z.object({ mirror: z.boolean(), window: z.boolean() }),
  /** The same data key wrapped by the recovery key (recoveryKey.ts), once the person made one. */
  recovery: z.string().min(1).max(2000).optional(),
});
type KeyFile = z.infer<typeof keyFileSchema>;

export interface DataKeyStoreOptions {
  /** Full path of at-rest-key.json (in userData). */
  path: string;
  protector: SecretProtector;
  /** True when this installation has a journal from before encryption (its plain records are read once). */
  hasLegacyData: () => Promise<boolean>;
  now?: () => number;
}

export class DataKeyStore implements AtRestService, RecoveryService {
  private file: KeyFile | null = null;
  private key: Buffer | null = null;
  private pending: Promise<AtRestStatus> | null = null;
  private readonly keyReady: Promise<Buffer>;
  private resolveKey!: (key: Buffer) => void;
  private readonly throttle: PassphraseThrottle;
  private locked = false;

  constructor(private readonly options: DataKeyStoreOptions) {
    this.keyReady = new Promise((resolve) => (this.resolveKey = resolve));
    this.throttle = new PassphraseThrottle(options.now ?? Date.now);
  }

  /** Loads the key, or makes one when a keystore can protect it. Never throws. */
  status(): Promise<AtRestStatus> {
    this.pending ??= this.loadOrCreate().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** The data key, once it is unlocked (waits for the person where it needs them). */
  dataKey(): Promise<Buffer> {
    return this.keyReady;
  }

  /** The disk mirror's cipher; plain records are read only until the mirror is marked sealed. */
  async mirrorCipher(): Promise<RecordCipher> {
    const key = await this.dataKey();
    return createRecordCipher(deriveSubkey(key, MIRROR_KEY_INFO), {
      acceptPlain: () => this.file?.sealed.mirror === false,
    });
  }

  /** No keystore: the person chose a passphrase (or an unprotected key) for a new data key. */
  async choose(
    choice: { kind: 'passphrase'; passphrase: string } | { kind: 'unprotected' },
  ): Promise<AtRestStatus> {
    const current = await this.status();
    if (current.state !== 'needs-choice') return current;
    const key = randomBytes(DATA_KEY_BYTES);
    const stored =
      choice.kind === 'passphrase'
        ? await wrapWithPassphrase(key, choice.passphrase)
        : key.toString('base64');
    await this.create(key, choice.kind, stored);
    return this.ready();
  }

  /** The passphrase typed at start: unlocks the key, or says it was wrong (and how long to wait). */
  async unlock(passphrase: string): Promise<AtRestStatus> {
    const current = await this.status();
    if (current.state !== 'needs-passphrase' || this.file === null) return current;
    const wait = this.throttle.waitMs();
    if (wait > 0) return { state: 'needs-passphrase', wrongPassphrase: true, retryInMs: wait };
    let key: Buffer | null;
    try {
      key = await unwrapWithPassphrase(this.file.key, passphrase);
    } catch (error) {
      return { state: 'unreadable', reason: 'damaged', detail: describe(error) };
    }
    if (key === null) {
      this.throttle.failed();
      return { state: 'needs-passphrase', wrongPassphrase: true, retryInMs: this.throttle.waitMs() };
    }
    this.throttle.succeeded();
    this.accept(key);
    this.locked = false;
    return this.ready();
  }

  /** Whether this journal has a recovery key, and whether recovering here needs a new passphrase. */
  async recoveryStatus(): Promise<{ hasRecoveryKey: boolean; needsNewPassphrase: boolean }> {
    await this.status();
    return {
      hasRecoveryKey: this.file?.recovery !== undefined,
      needsNewPassphrase: !(await this.options.protector.isAvailable()),
    };
  }

  /**
   * A new recovery key, replacing any earlier one (which opens nothing from now on). Its text is
   * returned once, for the person to print or write down; only its wrap of the key is kept.
   */
  async newRecoveryKey(): Promise<{ recoveryKey: string }> {
    const key = this.key;
    if (key === null || this.file === null) throw new Error('The journal is not unlocked.');
    const { text, wrapped } = makeRecoveryKey(key);
    const next: KeyFile = { ...this.file, recovery: wrapped };
    await writeJsonAtomically(this.options.path, next);
    this.file = next;
    return { recoveryKey: text };
  }

  /**
   * The recovery key typed where the passphrase is forgotten or the keystore cannot open the key
   * (another computer, a reset account): the key is protected again (by this computer's keystore,
   * or by the new passphrase where there is none) and the journal opens. Wrong keys are slowed
   * like wrong passphrases; nothing in the key file changes until the key is recovered.
   */
  async recover(recoveryKey: string, newPassphrase: string | null): Promise<RecoverOutcome> {
    await this.status();
    if (this.key !== null) return { status: 'recovered', atRest: this.ready() };
    const file = this.file;
    if (file?.recovery === undefined) return { status: 'no-recovery-key' };
    const wait = this.throttle.waitMs();
    if (wait > 0) return { status: 'wrong', retryInMs: wait };
    const outcome = await recoverDataKey({
      wrapped: file.recovery,
      recoveryKey,
      newPassphrase,
      protector: this.options.protector,
    });
    if (outcome.status === 'wrong') {
      this.throttle.failed();
      return { status: 'wrong', retryInMs: this.throttle.waitMs() };
    }
    if (outcome.status !== 'unwrapped') return outcome;
    this.throttle.succeeded();
    const next: KeyFile = { ...file, protection: outcome.protection, key: outcome.stored };
    await writeJsonAtomically(this.options.path, next);
    this.file = next;
    this.accept(outcome.key);
    return { status: 'recovered', atRest: this.ready() };
  }

  /** Every plain record of one store has been rewritten sealed: plain ones are refused from now on. */
  async markSealed(store: 'mirror' | 'window'): Promise<void> {
    if (this.file === null || this.file.sealed[store]) return;
    const next: KeyFile = { ...this.file, sealed: { ...this.file.sealed, [store]: true } };
    await writeJsonAtomically(this.options.path, next);
    this.file = next;
  }

  readyNow(): ReadyAtRestStatus | null {
    return this.locked || this.key === null || this.file === null ? null : this.ready();
  }

  /**
   * The lock (menu, shortcut, idle, sleep, screen lock): the window is refused its key until the
   * person unlocks. A passphrase-wrapped data key is forgotten here too, so unlocking needs the
   * passphrase again (rate-limited as at start). The disk mirror's derived key stays: main keeps
   * storing the window's last edits and syncing shared documents while locked (SECURITY.md).
   * False when there was nothing unlocked to lock (already locked, or no key yet).
   */
  lock(): boolean {
    if (this.locked || this.key === null || this.file === null) return false;
    this.locked = true;
    if (this.file.protection === 'passphrase') this.key = null;
    return true;
  }

  /** True while a key is unlocked, so `lock()` would lock something. */
  get canLock(): boolean {
    return !this.locked && this.key !== null && this.file !== null;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  /** Unlocks a key the keystore holds (asked to open it again) or left unprotected. */
  async resume(): Promise<AtRestStatus> {
    const file = this.file;
    if (!this.locked || file === null || file.protection === 'passphrase') return this.status();
    const opened = await this.openFile(file);
    if (opened.state === 'ready') this.locked = false;
    return opened;
  }

  get mirrorSealed(): boolean {
    return this.file?.sealed.mirror ?? false;
  }

  private ready(): ReadyAtRestStatus {
    if (this.key === null || this.file === null) throw new Error('data key not loaded');
    return {
      state: 'ready',
      protection: this.file.protection,
      windowKey: new Uint8Array(deriveSubkey(this.key, WINDOW_KEY_INFO)),
      windowSealed: this.file.sealed.window,
    };
  }

  private accept(key: Buffer): void {
    this.key = key;
    this.resolveKey(key);
  }

  private async create(key: Buffer, protection: KeyFile['protection'], stored: string): Promise<void> {
    const legacy = await this.options.hasLegacyData();
    const file: KeyFile = {
      version: 1,
      protection,
      key: stored,
      sealed: { mirror: !legacy, window: !legacy },
    };
    await writeJsonAtomically(this.options.path, file);
    this.file = file;
    this.accept(key);
  }

  private async loadOrCreate(): Promise<AtRestStatus> {
    if (this.locked && this.file?.protection !== 'passphrase') return { state: 'locked' };
    if (this.key !== null) return this.ready();
    let raw: unknown;
    try {
      raw = await readJsonIfPresent(this.options.path);
    } catch (error) {
      return { state: 'unreadable', reason: 'damaged', detail: describe(error) };
    }
    if (raw === null) {
      if (!(await this.options.protector.isAvailable())) return { state: 'needs-choice' };
      const key = randomBytes(DATA_KEY_BYTES);
      let sealed: Buffer;
      try {
        sealed = await this.options.protector.encrypt(key);
      } catch (error) {
        return { state: 'unreadable', reason: 'keystore-refused', detail: describe(error) };
      }
      await this.create(key, 'keystore', sealed.toString('base64'));
      return this.ready();
    }
    const parsed = keyFileSchema.safeParse(raw);
    if (!parsed.success) return { state: 'unreadable', reason: 'damaged', detail: parsed.error.message };
    this.file = parsed.data;
    return this.openFile(parsed.data);
  }

  private async openFile(file: KeyFile): Promise<AtRestStatus> {
    if (file.protection === 'passphrase')
      return { state: 'needs-passphrase', wrongPassphrase: false, retryInMs: 0 };
    if (file.protection === 'unprotected') {
      const key = Buffer.from(file.key, 'base64');
      if (key.byteLength !== DATA_KEY_BYTES)
        return { state: 'unreadable', reason: 'damaged', detail: 'bad key length' };
      this.accept(key);
      return this.ready();
    }
    if (!(await this.options.protector.isAvailable()))
      return { state: 'unreadable', reason: 'keystore-locked', detail: '' };
    try {
      const { plain, reseal } = await this.options.protector.decrypt(Buffer.from(file.key, 'base64'));
      if (plain.byteLength !== DATA_KEY_BYTES)
        return { state: 'unreadable', reason: 'damaged', detail: 'bad key length' };
      if (reseal) {
        const again = await this.options.protector.encrypt(plain);
        const next: KeyFile = { ...file, key: again.toString('base64') };
        await writeJsonAtomically(this.options.path, next)
          .then(() => (this.file = next))
          .catch(() => undefined);
      }
      this.accept(plain);
      return this.ready();
    } catch (error) {
      return { state: 'unreadable', reason: 'keystore-refused', detail: describe(error) };
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
