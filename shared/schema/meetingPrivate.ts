import type * as Y from 'yjs';

/**
 * One person's private notes beside a meeting (`meeting-private:<meetingId>`): a document of
 * its own in this user's store, never proposed into any space, so the sync engine never has it
 * to send. The other person has their own, just as invisible to this side.
 *
 * - `meta`: schemaVersion, kind "meeting-private", meetingId.
 * - `notes`: rich text (TipTap XmlFragment).
 */

export const MEETING_PRIVATE_SCHEMA_VERSION = 1;

const meta = (doc: Y.Doc) => doc.getMap<unknown>('meta');
export const privateMeetingNotes = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment('notes');

export function initPrivateNotesDoc(doc: Y.Doc, meetingId: string): void {
  const m = meta(doc);
  if (m.get('meetingId') === meetingId) return;
  doc.transact(() => {
    m.set('schemaVersion', MEETING_PRIVATE_SCHEMA_VERSION);
    m.set('kind', 'meeting-private');
    m.set('meetingId', meetingId);
  });
}
