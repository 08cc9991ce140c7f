import type { RecoverOutcome } from './recovery';
import type { AtRestStatus, ReadyAtRestStatus } from '../../../shared/atRest/atRestIpc';

/** What the IPC handlers ask of encryption at rest (DataKeyStore implements it). */
export interface AtRestService {
  status(): Promise<AtRestStatus>;
  choose(choice: { kind: 'passphrase'; passphrase: string } | { kind: 'unprotected' }): Promise<AtRestStatus>;
  unlock(passphrase: string): Promise<AtRestStatus>;
  markSealed(store: 'mirror' | 'window'): Promise<void>;
  /** Locks the window out (true when something was unlocked); a passphrase key is forgotten. */
  lock(): boolean;
  /** Unlocks a keystore-held or unprotected key (the keystore is asked again). */
  resume(): Promise<AtRestStatus>;
  /** The ready status when the key is already in memory, else null; never waits (a sync IPC answer). */
  readyNow(): ReadyAtRestStatus | null;
}

/** The recovery key's part (DataKeyStore implements it too). */
export interface RecoveryService {
  recoveryStatus(): Promise<{ hasRecoveryKey: boolean; needsNewPassphrase: boolean }>;
  newRecoveryKey(): Promise<{ recoveryKey: string }>;
  recover(recoveryKey: string, newPassphrase: string | null): Promise<RecoverOutcome>;
}
