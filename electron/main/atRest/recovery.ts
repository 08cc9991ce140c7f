import { DATA_KEY_BYTES } from '../../../shared/atRest/sealedRecord';
import type { AtRestStatus } from '../../../shared/atRest/atRestIpc';
import type { SecretProtector } from '../sharingLogic/identity';
import { MIN_AT_REST_PASSPHRASE, wrapWithPassphrase } from './passphraseWrap';
import { MalformedRecoveryKeyError, unwrapWithRecoveryKey } from './recoveryKey';

/**
 * Opening the data key with the recovery key and protecting it again on this computer: by its
 * keystore where there is one, otherwise by the new passphrase the person chose. Every check
 * runs before anything is written, so a refusal leaves the key file as it was.
 */

export type RecoverOutcome =
  | { status: 'recovered'; atRest: AtRestStatus }
  /** Well formed, but not this journal's recovery key (`retryInMs` before the next try). */
  | { status: 'wrong'; retryInMs: number }
  /** Not a recovery key at all (wrong length, letters that are not in one). */
  | { status: 'malformed' }
  /** This journal never had a recovery key made. */
  | { status: 'no-recovery-key' }
  /** No keystore here: a new passphrase (long enough) must come with the recovery key. */
  | { status: 'needs-new-passphrase' }
  /** The keystore refused to seal the recovered key. */
  | { status: 'keystore-refused'; detail: string };

type Unwrapped =
  | { status: 'unwrapped'; key: Buffer; protection: 'keystore' | 'passphrase'; stored: string }
  | { status: 'wrong' }
  | Exclude<RecoverOutcome, { status: 'recovered' | 'wrong' | 'no-recovery-key' }>;

export async function recoverDataKey(request: {
  wrapped: string;
  recoveryKey: string;
  newPassphrase: string | null;
  protector: SecretProtector;
}): Promise<Unwrapped> {
  let key: Buffer | null;
  try {
    key = unwrapWithRecoveryKey(request.wrapped, request.recoveryKey);
  } catch (error) {
    if (error instanceof MalformedRecoveryKeyError) return { status: 'malformed' };
    throw error;
  }
  if (key?.byteLength !== DATA_KEY_BYTES) return { status: 'wrong' };
  if (await request.protector.isAvailable()) {
    try {
      const sealed = await request.protector.encrypt(key);
      return { status: 'unwrapped', key, protection: 'keystore', stored: sealed.toString('base64') };
    } catch (error) {
      return { status: 'keystore-refused', detail: error instanceof Error ? error.message : String(error) };
    }
  }
  const passphrase = request.newPassphrase;
  if (passphrase === null || passphrase.length < MIN_AT_REST_PASSPHRASE) {
    return { status: 'needs-new-passphrase' };
  }
  return {
    status: 'unwrapped',
    key,
    protection: 'passphrase',
    stored: await wrapWithPassphrase(key, passphrase),
  };
}
