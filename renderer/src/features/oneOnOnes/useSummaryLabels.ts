import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { summaryListStatus, type ConfirmerRole } from '../../../../shared/schema/meetingSummary';
import type { MeetingSummary } from '../../../../shared/schema/meetingIndex';
import { useT } from '../../i18n/useT';
import type { SummaryClient } from './summaryClient';
import { useConfirmations } from './useConfirmations';

/**
 * What the meeting list says of each meeting's summary: "Confirmed by both", "Waiting for
 * <name>", or "Changed after confirming"; null for a meeting without a summary. Only
 * confirmations whose signatures check count.
 */
export function useSummaryLabels(
  space: Y.Doc,
  spaceId: string,
  meetings: readonly MeetingSummary[],
  myRole: ConfirmerRole | null,
  peerName: string,
  client: SummaryClient | null,
): (meetingId: string) => string | null {
  const t = useT();
  const ids = useMemo(() => meetings.map((m) => m.id), [meetings]);
  const confirmations = useConfirmations(space, spaceId, ids, client);
  return useCallback(
    (meetingId: string) => {
      const entry = confirmations.get(meetingId);
      if (!entry) return null;
      const status = summaryListStatus(entry.recordedVersion, entry);
      switch (status.kind) {
        case 'no-summary':
          return null;
        case 'confirmed-by-both':
          return t('conversation.list.confirmedByBoth');
        case 'changed':
          return t('conversation.list.changed');
        case 'waiting': {
          const mine = myRole !== null && status.for.includes(myRole);
          const theirs = status.for.some((role) => role !== myRole);
          const names =
            mine && theirs
              ? t('conversation.list.youAnd', { name: peerName })
              : mine
                ? t('conversation.list.you')
                : peerName;
          return t('conversation.list.waitingFor', { names });
        }
      }
    },
    [confirmations, myRole, peerName, t],
  );
}
