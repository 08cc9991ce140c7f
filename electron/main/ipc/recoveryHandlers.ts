import type { MainHandlers } from '../../../shared/ipc/contract';
import type { RecoveryService } from '../atRest/atRestService';

type RecoveryChannels =
  'tandem:atRest:recoveryStatus' | 'tandem:atRest:newRecoveryKey' | 'tandem:atRest:recover';

/**
 * The recovery key's channels (atRest/recoveryKey.ts). Without a service (tests of other
 * channels) there is no recovery key and none can be made: nothing opens without the key.
 */
export function createRecoveryHandlers(
  recovery: RecoveryService | undefined,
): Pick<MainHandlers, RecoveryChannels> {
  return {
    'tandem:atRest:recoveryStatus': async () =>
      recovery ? recovery.recoveryStatus() : { hasRecoveryKey: false, needsNewPassphrase: false },
    'tandem:atRest:newRecoveryKey': async () => {
      if (!recovery) return { status: 'failed', message: 'Encryption at rest is not available here.' };
      try {
        return { status: 'made', ...(await recovery.newRecoveryKey()) };
      } catch (error) {
        return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    },
    'tandem:atRest:recover': async ({ recoveryKey, newPassphrase }) =>
      recovery ? recovery.recover(recoveryKey, newPassphrase) : { status: 'no-recovery-key' },
  };
}
