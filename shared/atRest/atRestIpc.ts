import { z } from 'zod';

/**
 * The window's side of encryption at rest (electron/main/atRest): it asks main for its key
 * before it reads anything, and where there is no keystore it lets the person choose a
 * passphrase or an unprotected key, or type the passphrase at start.
 */

export const AT_REST_MIN_PASSPHRASE = 8;
/** Tandem locks after this long without input (main's autoLock; the lock screen says so). */
export const AUTO_LOCK_IDLE_MINUTES = 10;
const MAX_PASSPHRASE = 1024;

export const atRestStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    protection: z.enum(['keystore', 'passphrase', 'unprotected']),
    /** The window's own AES-256 key (derived from the data key, which stays in main). */
    windowKey: z.custom<Uint8Array>(
      (v) => v instanceof Uint8Array && v.byteLength === 32,
      'must be 32 bytes',
    ),
    /** False until the window has rewritten its plain records from before encryption. */
    windowSealed: z.boolean(),
  }),
  /** No keystore and no key yet: the person chooses a passphrase or an unprotected key. */
  z.object({ state: z.literal('needs-choice') }),
  /** The key is wrapped by a passphrase: ask for it (`retryInMs` after wrong guesses). */
  z.object({
    state: z.literal('needs-passphrase'),
    wrongPassphrase: z.boolean(),
    retryInMs: z.number().int().nonnegative(),
  }),
  /**
   * Locked (menu, shortcut, idle, sleep, screen lock) with a key the keystore holds or left
   * unprotected: the window shows only the lock screen until the person unlocks. (A passphrase
   * key is dropped on lock, so that case reads `needs-passphrase`.)
   */
  z.object({ state: z.literal('locked') }),
  z.object({
    state: z.literal('unreadable'),
    reason: z.enum(['damaged', 'keystore-locked', 'keystore-refused']),
    detail: z.string().max(2000),
  }),
]);
export type AtRestStatus = z.infer<typeof atRestStatusSchema>;

const passphraseSchema = z.string().min(AT_REST_MIN_PASSPHRASE).max(MAX_PASSPHRASE);

export const atRestIpcContract = {
  /** The key state; with a keystore (or an unprotected key) it is ready at once. */
  'tandem:atRest:status': { args: z.object({}), result: atRestStatusSchema },
  'tandem:atRest:choose': {
    args: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('passphrase'), passphrase: passphraseSchema }),
      z.object({ kind: z.literal('unprotected') }),
    ]),
    result: atRestStatusSchema,
  },
  'tandem:atRest:unlock': {
    args: z.object({ passphrase: z.string().min(1).max(MAX_PASSPHRASE) }),
    result: atRestStatusSchema,
  },
  /** Lock now (the window's shortcut): `locked` is false when nothing was unlocked to lock. */
  'tandem:atRest:lock': { args: z.object({}), result: z.object({ locked: z.boolean() }) },
  /** The window wrote its batched edits after main's `flushBeforeLock`: main may lock now. */
  'tandem:atRest:flushed': { args: z.object({}), result: z.object({}) },
  /** Unlock a key the keystore holds (asked again) or left unprotected; a passphrase needs `unlock`. */
  'tandem:atRest:resume': { args: z.object({}), result: atRestStatusSchema },
  /** The window has sealed every plain record it had: main refuses plain ones from now on. */
  'tandem:atRest:windowSealed': { args: z.object({}), result: z.object({}) },
} as const;

/**
 * The one synchronous channel: the preload asks it once, before the page's scripts run, so a
 * window whose key main already holds (a keystore, an unprotected key, an unlocked passphrase)
 * starts reading at once instead of after an IPC round trip. Main answers at once with the ready
 * status or with null (not unlocked yet, or locked); the window then asks `status` as before.
 */
export { AT_REST_READY_NOW_CHANNEL } from '../ipc/syncChannelNames';
export const readyNowResultSchema = atRestStatusSchema.nullable();
export type ReadyAtRestStatus = Extract<AtRestStatus, { state: 'ready' }>;
