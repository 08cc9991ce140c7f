import { join } from 'node:path';
import { mirroredDocIds } from '../mirror/docFolder';
import type { SecretProtector } from '../sharingLogic/identity';
import { DATA_KEY_FILE, DataKeyStore } from './dataKeyStore';
import type { RecordCipher } from './recordCipher';

/**
 * Encryption at rest as main starts it: the data key store, the disk mirror's cipher (a promise
 * until the key is unlocked), and the one-time sealing of a journal written before encryption.
 * Electron-free: the keystore is injected (safeStorage in the app).
 */

export interface AtRest {
  keys: DataKeyStore;
  /** Hand to every DocumentMirror: records are sealed and opened with it. */
  mirrorCipher: Promise<RecordCipher>;
  /** Settles when a pre-encryption mirror has been rewritten sealed (at once when there was none). */
  mirrorSealed: Promise<void>;
}

export interface StartAtRestOptions {
  userDataDir: string;
  protector: SecretProtector;
  /** Rewrites the mirror's plain documents sealed (DocumentMirror.sealLegacyDocuments). */
  sealMirror: (onProgress: (done: number, total: number) => void) => Promise<void>;
  log: (message: string) => void;
  /** Whether a journal from before encryption exists; by default, whether the mirror has documents. */
  hasLegacyData?: () => Promise<boolean>;
}

export function startAtRest(options: StartAtRestOptions): AtRest {
  const documentsDir = join(options.userDataDir, 'documents');
  const keys = new DataKeyStore({
    path: join(options.userDataDir, DATA_KEY_FILE),
    protector: options.protector,
    hasLegacyData: options.hasLegacyData ?? (async () => (await mirroredDocIds(documentsDir)).length > 0),
  });
  // With a keystore the key is ready at once, so the mirror and sync need no window. A key file
  // that cannot be written (a full disk, a folder gone) is said here and again to the window,
  // which asks for the status itself; it must not become an unhandled rejection in main.
  keys.status().catch((error: unknown) => options.log(`the data key is not ready: ${String(error)}`));
  const mirrorCipher = keys.mirrorCipher();
  // Each mirror awaits the cipher and reports its own failure; this only marks it as seen.
  mirrorCipher.catch(() => undefined);
  const mirrorSealed = mirrorCipher.then(async () => {
    if (keys.mirrorSealed) return;
    options.log('sealing the journal written before encryption');
    await options.sealMirror((done, total) => {
      if (done === total || done % 50 === 0) options.log(`sealed ${done} of ${total} documents`);
    });
    await keys.markSealed('mirror');
  });
  mirrorSealed.catch((error: unknown) =>
    options.log(`could not seal every document yet (they stay readable): ${String(error)}`),
  );
  return { keys, mirrorCipher, mirrorSealed };
}
