import * as Y from 'yjs';
import { MAX_PLAN_CONVERSATIONS, type ExportPlanPdfArgs } from '../../../../shared/ipc/contract';
import { meetingsAboutItem } from '../../../../shared/oneOnOne/itemConversations';
import { meetingDocId, spaceDocId } from '../../../../shared/schema/meetingIds';
import { spacesResultSchema } from '../../../../shared/sharing/sharingIpc';
import type { DocumentStore } from '../../data/DocumentStore';

/**
 * For the plan's PDF: the closed one-on-ones, in every space this person is in, that had the
 * plan on their agenda, with each summary's stored confirmations for main to check. Documents
 * are read as durably stored and copied; private notes are never opened. Without sharing
 * (no spaces, so no meetings) there are none.
 */

const URL_SAFE = /^[A-Za-z0-9_-]{1,64}$/;

async function readCopy(store: DocumentStore, docId: string): Promise<Y.Doc> {
  const update = await store.readDurable(docId, (doc) => Y.encodeStateAsUpdate(doc));
  const copy = new Y.Doc();
  Y.applyUpdate(copy, update);
  return copy;
}

export async function findPlanConversations(
  store: DocumentStore,
  planId: string,
): Promise<NonNullable<ExportPlanPdfArgs['conversations']>> {
  const sharing = window.tandem?.sharing;
  if (!sharing) return [];
  const { spaces } = spacesResultSchema.parse(await sharing.listSpaces({}));
  const found: NonNullable<ExportPlanPdfArgs['conversations']> = [];
  for (const { spaceId } of spaces) {
    const space = await readCopy(store, spaceDocId(spaceId));
    const meetings = await meetingsAboutItem(
      spaceId,
      space,
      (meetingId) => readCopy(store, meetingDocId(meetingId)),
      { kind: 'plan', id: planId },
    );
    for (const meeting of meetings) {
      // Only ids an address can carry (every id the app makes is one); anything else stays off paper.
      if (!URL_SAFE.test(meeting.spaceId) || !URL_SAFE.test(meeting.meetingId)) continue;
      found.push({
        spaceId: meeting.spaceId,
        meetingId: meeting.meetingId,
        confirmations: meeting.confirmations.map(({ role, version, at, name, paraphrase, signature }) => ({
          role,
          version,
          at,
          name,
          paraphrase,
          signature,
        })),
      });
    }
  }
  // The most recent ones when there are more than one PDF carries.
  return found.slice(-MAX_PLAN_CONVERSATIONS);
}
