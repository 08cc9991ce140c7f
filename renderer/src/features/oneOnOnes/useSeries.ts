import { useCallback } from 'react';
import type * as Y from 'yjs';
import { readTalkingPoints, type TalkingPoint } from '../../../../shared/schema/meeting';
import { readAllActionItems, type ActionItem } from '../../../../shared/schema/actionItems';
import { readMeetings, type MeetingSummary } from '../../../../shared/schema/meetingIndex';
import { readSeriesSettings, type SeriesSettings } from '../../../../shared/schema/seriesSettings';
import { readMembers, type Member } from '../../../../shared/schema/spaceMembers';
import { useDocSnapshot } from '../../data/useDocSnapshot';

/**
 * Live reads of a space and an agenda. Each recomputes only after its document changes, and
 * returns the same value between changes (useDocSnapshot), so lists do not re-render on every
 * keystroke in another part of the page.
 */

export const useMeetings = (space: Y.Doc): MeetingSummary[] => useDocSnapshot(space, readMeetings);
export const useSeriesSettings = (space: Y.Doc): SeriesSettings => useDocSnapshot(space, readSeriesSettings);
export const useMembers = (space: Y.Doc): Member[] => useDocSnapshot(space, readMembers);
export const useActionItems = (space: Y.Doc): ActionItem[] => useDocSnapshot(space, readAllActionItems);
export const useTalkingPoints = (agenda: Y.Doc): TalkingPoint[] => useDocSnapshot(agenda, readTalkingPoints);

/** The other member's display name, or a neutral word before they have joined. */
export function usePeerName(space: Y.Doc, myId: string): string {
  const read = useCallback(
    (doc: Y.Doc) => readMembers(doc).find((m) => m.id !== myId)?.name ?? 'your partner',
    [myId],
  );
  return useDocSnapshot(space, read);
}
