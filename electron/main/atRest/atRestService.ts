import type { RecoverOutcome } from './recovery';
import type { AtRestStatus } from '../../../shared/atRest/atRestIpc';

/** What the IPC handlers ask of encryption at rest (DataKeyStore implements it). */
export interface AtRestService {
  status(): Promise<AtRestStatus>;
  choose(choice: { kind: 'passphrase'; passphrase: string } | { kind: 'unprotected' }): Promise<AtRestStatus>;
  unlock(passphrase: string): Promise<AtRestStatus>;
  markSealed(store: 'mirror' | 'window'): Promise<void>;
}

/** The recovery key's part (DataKeyStore implements it too). */
export interface RecoveryService {
  recoveryStatus(): Promise<{ hasRecoveryKey: boolean; needsNewPassphrase: boolean }>;
  newRecoveryKey(): Promise<{ recoveryKey: string }>;
  recover(recoveryKey: string, newPassphrase: string | null): Promise<RecoverOutcome>;
}
