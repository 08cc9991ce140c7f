import type * as Y from 'yjs';
import { defineDocumentType } from './documentType';

/**
 * A space document (`space:<spaceId>`): what two people share in one relationship. One module
 * per record it holds:
 *
 * - `meta`: schemaVersion, kind "space", spaceId (this module).
 * - `members`: who the two people are (spaceMembers.ts).
 * - `series`: the one-on-one series' settings, one key each (seriesSettings.ts).
 * - `meetings` (+ `meetingsFields`): the meeting index (meetingIndex.ts); each agenda is its
 *   own document (`meeting:<id>`, meeting.ts).
 * - `actions` (+ `actionsFields`): every action item of the series (actionItems.ts).
 *
 * Consent (whether anything is shared at all) is never stored here: the other person can write
 * to this document. See meetingRecords.ts for how records survive concurrent edits.
 */

/** Stamped when first opened: a space document starts out empty on both sides. */
export const spaceType = defineDocumentType({ kind: 'space', version: 1, migrateUnversioned: true });
export const SPACE_SCHEMA_VERSION = spaceType.version;

/** Stamps a new or older space document; safe to call on every open, by both people. */
export function initSpace(doc: Y.Doc, spaceId: string): void {
  const meta = spaceType.meta(doc);
  if (spaceType.storedVersion(doc) === spaceType.version && meta.get('spaceId') === spaceId) return;
  doc.transact(() => {
    spaceType.migrate(doc);
    meta.set('kind', spaceType.kind);
    meta.set('spaceId', spaceId);
  });
}
