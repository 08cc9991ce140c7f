import type * as Y from 'yjs';
import { defineDocumentType } from './documentType';

/**
 * One person's private notes beside a meeting (`meeting-private:<meetingId>`): a document of
 * its own in this user's store, never proposed into any space, so the sync engine never has it
 * to send. The other person has their own, just as invisible to this side.
 *
 * - `meta`: schemaVersion, kind "meeting-private", meetingId.
 * - `notes`: rich text (TipTap XmlFragment).
 */

export const meetingPrivateType = defineDocumentType({ kind: 'meeting-private', version: 1 });
export const MEETING_PRIVATE_SCHEMA_VERSION = meetingPrivateType.version;

export const privateMeetingNotes = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment('notes');

export function initPrivateNotesDoc(doc: Y.Doc, meetingId: string): void {
  const meta = meetingPrivateType.meta(doc);
  if (meta.get('meetingId') === meetingId) return;
  doc.transact(() => {
    meetingPrivateType.stamp(doc);
    meta.set('meetingId', meetingId);
  });
}
