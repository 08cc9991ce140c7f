import * as Y from 'yjs';
import {
  exportSpaceMeetings,
  type CheckConfirmations,
  type ExportedMeeting,
} from '../../../../shared/export/journalMeetings';
import { meetingDocId } from '../../../../shared/schema/meetingIds';
import { verifyConfirmationsResultSchema } from '../../../../shared/sharing/sharingIpc';
import type { DocumentStore, OpenDocument } from '../../data/DocumentStore';
import { listDocumentIds } from './localDocuments';

/**
 * The one-on-one meetings of every space this profile holds, for the JSON export: summaries
 * and confirmations with main's verdict on each signature. Each document is read as it is
 * durably stored and copied, so the export never holds the live documents open.
 */

const SPACE_PREFIX = 'space:';

async function readCopy(store: DocumentStore, docId: string): Promise<Y.Doc> {
  const update = await store.readDurable(docId, (doc) => Y.encodeStateAsUpdate(doc));
  const copy = new Y.Doc();
  Y.applyUpdate(copy, update);
  return copy;
}

/** Main's check of summary signatures through the preload; null where there is no sharing. */
export function mainConfirmationCheck(): CheckConfirmations | null {
  const sharing = window.tandem?.sharing;
  if (!sharing) return null;
  return async (spaceId, confirmations) =>
    verifyConfirmationsResultSchema.parse(
      await sharing.verifyConfirmations({ spaceId, confirmations: [...confirmations] }),
    ).valid;
}

export async function collectMeetings(
  store: DocumentStore,
  vault: OpenDocument,
  check: CheckConfirmations | null,
): Promise<ExportedMeeting[]> {
  const spaceIds = (await listDocumentIds(vault))
    .filter((id) => id.startsWith(SPACE_PREFIX))
    .map((id) => id.slice(SPACE_PREFIX.length))
    .sort();
  const out: ExportedMeeting[] = [];
  for (const spaceId of spaceIds) {
    const space = await readCopy(store, `${SPACE_PREFIX}${spaceId}`);
    out.push(
      ...(await exportSpaceMeetings(spaceId, space, (id) => readCopy(store, meetingDocId(id)), check)),
    );
  }
  return out;
}
