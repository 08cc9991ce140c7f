import type { AtRestStatus, ReadyAtRestStatus } from '../../../shared/atRest/atRestIpc';
import { sealLegacyDatabases } from './sealLegacyDatabases';
import { createWindowCipher, type WindowCipher } from './windowCipher';

/**
 * The window's start with encryption at rest: ask main for the window's key (with a keystore it
 * is ready at once), and where main needs the person first (no keystore: a passphrase or an
 * unprotected key), wait until the lock screen has it. On the first start after an update, the
 * profile's plain records are sealed before any document opens. Documents wait on `cipher`.
 */

export type SealingProgress = { done: number; total: number };

export interface AtRestBoot {
  /** Main's first answer; null when there is no main process (unit tests). */
  readonly firstStatus: Promise<AtRestStatus | null>;
  /** Resolves once the key is in hand and the profile sealed; documents wait for it. */
  readonly cipher: Promise<WindowCipher | null>;
  /** The lock screen got a ready status from main (after a passphrase or a choice). */
  accept(status: Extract<AtRestStatus, { state: 'ready' }>): void;
  /** Sealing a pre-encryption journal: called as databases are done. */
  onSealing(listener: (progress: SealingProgress) => void): () => void;
}

export function startAtRestBoot(prefix: string): AtRestBoot {
  const api = typeof window === 'undefined' ? undefined : window.tandem?.atRest;
  const listeners = new Set<(progress: SealingProgress) => void>();
  let accept: (status: Extract<AtRestStatus, { state: 'ready' }>) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const ready = new Promise<Extract<AtRestStatus, { state: 'ready' }>>((resolve, reject) => {
    accept = resolve;
    fail = reject;
  });
  // The preload asked main before this script ran: with the key already there, no round trip.
  const early = api ? readyStatusFromPreload() : null;
  const firstStatus: Promise<AtRestStatus | null> = early
    ? Promise.resolve(early)
    : api
      ? api.status({})
      : Promise.resolve(null);
  // Main could not be asked: nothing opens, and the boot says why.
  void firstStatus.then((status) => {
    if (status?.state === 'ready') accept(status);
  }, fail);
  const cipher: Promise<WindowCipher | null> = api
    ? ready.then(async (status) => {
        const opened = await createWindowCipher(status.windowKey);
        if (!status.windowSealed) {
          const { failed } = await sealLegacyDatabases(prefix, opened, (done, total) => {
            for (const listener of listeners) listener({ done, total });
          });
          // A database that could not be sealed is tried again at the next start; meanwhile its
          // document's own load keeps aside what it cannot open and rebuilds from the disk mirror.
          if (failed.length === 0) await api.windowSealed({});
        }
        return opened;
      })
    : Promise.resolve(null);
  return {
    firstStatus,
    cipher,
    accept: (status) => accept(status),
    onSealing(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const PROTECTIONS: readonly unknown[] = ['keystore', 'passphrase', 'unprotected'];

/**
 * The ready status the preload got synchronously, checked field by field (this runs in the
 * entry chunk, which carries no zod; the shape is atRestStatusSchema's `ready` case). Anything
 * else, or nothing, gives null and the window asks main as before.
 */
export function readyStatusFromPreload(): ReadyAtRestStatus | null {
  const value: unknown = window.tandem?.startup?.takeAtRestStatus();
  if (typeof value !== 'object' || value === null) return null;
  const status = value as Record<string, unknown>;
  const key = status.windowKey;
  if (
    status.state !== 'ready' ||
    !PROTECTIONS.includes(status.protection) ||
    typeof status.windowSealed !== 'boolean' ||
    !ArrayBuffer.isView(key) ||
    key.byteLength !== 32
  )
    return null;
  return {
    state: 'ready',
    protection: status.protection as ReadyAtRestStatus['protection'],
    windowKey: new Uint8Array(key.buffer, key.byteOffset, key.byteLength),
    windowSealed: status.windowSealed,
  };
}
