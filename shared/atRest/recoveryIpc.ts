import { z } from 'zod';
import { AT_REST_MIN_PASSPHRASE, atRestStatusSchema } from './atRestIpc';

/**
 * The recovery key (electron/main/atRest/recoveryKey.ts): made (and made again) from Settings
 * while the journal is open, its text shown once; typed at start when the passphrase is
 * forgotten or the keystore cannot open the key, with a new passphrase where there is no keystore.
 */

const MAX_TYPED = 200;

export const recoveryIpcContract = {
  /** Whether the journal has a recovery key, and whether recovering here needs a new passphrase. */
  'tandem:atRest:recoveryStatus': {
    args: z.object({}),
    result: z.object({ hasRecoveryKey: z.boolean(), needsNewPassphrase: z.boolean() }),
  },
  /** Makes a new recovery key (any earlier one stops working) and returns its text, once. */
  'tandem:atRest:newRecoveryKey': {
    args: z.object({}),
    result: z.union([
      z.object({
        status: z.literal('made'),
        recoveryKey: z.string().regex(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/),
      }),
      z.object({ status: z.literal('failed'), message: z.string().max(2000) }),
    ]),
  },
  'tandem:atRest:recover': {
    args: z.object({
      recoveryKey: z.string().min(1).max(MAX_TYPED),
      newPassphrase: z.string().min(AT_REST_MIN_PASSPHRASE).max(1024).nullable(),
    }),
    result: z.discriminatedUnion('status', [
      z.object({ status: z.literal('recovered'), atRest: atRestStatusSchema }),
      z.object({ status: z.literal('wrong'), retryInMs: z.number().int().nonnegative() }),
      z.object({ status: z.literal('malformed') }),
      z.object({ status: z.literal('no-recovery-key') }),
      z.object({ status: z.literal('needs-new-passphrase') }),
      z.object({ status: z.literal('keystore-refused'), detail: z.string().max(2000) }),
    ]),
  },
} as const;
