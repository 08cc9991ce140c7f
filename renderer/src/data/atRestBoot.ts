import type { AtRestStatus } from '../../../shared/atRest/atRestIpc';
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
  const firstStatus: Promise<AtRestStatus | null> = api ? api.status({}) : Promise.resolve(null);
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
