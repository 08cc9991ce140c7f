import type { AtRestStatus } from '../../../shared/atRest/atRestIpc';

/** What the IPC handlers ask of encryption at rest (DataKeyStore implements it). */
export interface AtRestService {
  status(): Promise<AtRestStatus>;
  choose(choice: { kind: 'passphrase'; passphrase: string } | { kind: 'unprotected' }): Promise<AtRestStatus>;
  unlock(passphrase: string): Promise<AtRestStatus>;
  markSealed(store: 'mirror' | 'window'): Promise<void>;
}
