import {
  confirmSummaryResultSchema,
  verifyConfirmationsResultSchema,
  type ConfirmSummaryResult,
} from '../../../../shared/sharing/sharingIpc';
import type { ConfirmerRole, SummaryConfirmation } from '../../../../shared/schema/meetingSummary';

/**
 * Main's side of confirming a meeting summary: signing this person's confirmation with the
 * identity key, and checking stored ones against the keys of the roles they claim. Replies cross
 * a process boundary and are parsed again here.
 */
export interface SummaryClient {
  confirm(args: {
    spaceId: string;
    meetingId: string;
    version: string;
    name: string;
    paraphrase: string | null;
  }): Promise<ConfirmSummaryResult>;
  verify(
    spaceId: string,
    confirmations: readonly (SummaryConfirmation & { meetingId: string; role: ConfirmerRole })[],
  ): Promise<boolean[]>;
}

export function defaultSummaryClient(): SummaryClient | null {
  const sharing = window.tandem?.sharing;
  if (!sharing) return null;
  return {
    confirm: async (args) => confirmSummaryResultSchema.parse(await sharing.confirmSummary(args)),
    verify: async (spaceId, confirmations) =>
      verifyConfirmationsResultSchema.parse(
        await sharing.verifyConfirmations({ spaceId, confirmations: [...confirmations] }),
      ).valid,
  };
}
