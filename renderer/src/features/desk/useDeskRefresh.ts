import { useEffect } from 'react';
import type * as Y from 'yjs';
import { digestSpace, writeDeskDigest } from '../../../../shared/desk/deskDigest';
import { currentMeeting } from '../../../../shared/oneOnOne/series';
import { readTalkingPoints } from '../../../../shared/schema/meeting';
import { meetingDocId, spaceDocId } from '../../../../shared/schema/meetingIds';
import { readMeetings } from '../../../../shared/schema/meetingIndex';
import type { DocumentStore } from '../../data/DocumentStore';
import type { SpaceListing } from '../oneOnOnes';

/**
 * After the desk is on screen from the digests in the vault, brings each digest up to date from
 * its space document and the next meeting's agenda, one space at a time with a pause between
 * them, so a desk of twelve reports never blocks typing. Only those two documents per space are
 * opened; closed meetings' agendas never are. A space that cannot be read keeps its last digest.
 */
export function useDeskRefresh(options: {
  store: DocumentStore;
  vault: Y.Doc;
  spaces: readonly SpaceListing[];
  myMemberId: string | null;
}): void {
  const { store, vault, spaces, myMemberId } = options;
  useEffect(() => {
    if (myMemberId === null || spaces.length === 0) return;
    const run = { active: true };
    const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
    const refreshOne = async (listing: SpaceListing) => {
      const [space, releaseSpace] = store.open(spaceDocId(listing.id));
      try {
        await space.ready;
        const next = currentMeeting(readMeetings(space.doc));
        let points: number | null = null;
        if (next) {
          const [agenda, releaseAgenda] = store.open(meetingDocId(next.id));
          try {
            await agenda.ready;
            points = readTalkingPoints(agenda.doc).length;
          } finally {
            releaseAgenda();
          }
        }
        if (!run.active) return;
        writeDeskDigest(
          vault,
          digestSpace(space.doc, {
            spaceId: listing.id,
            myMemberId,
            fallbackName: listing.peerName,
            nextAgendaPoints: points,
          }),
        );
      } finally {
        releaseSpace();
      }
    };
    void (async () => {
      for (const listing of spaces) {
        if (!run.active) return;
        try {
          await refreshOne(listing);
        } catch (error) {
          console.warn(`Could not bring the desk up to date for ${listing.id}: ${String(error)}`);
        }
        await pause();
      }
    })();
    return () => {
      run.active = false;
    };
  }, [store, vault, spaces, myMemberId]);
}
