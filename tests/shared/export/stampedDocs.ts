import * as Y from 'yjs';
import { findTemplate } from '../../../shared/journal/templates';
import { initMeetingDoc } from '../../../shared/schema/meeting';
import { initPrivateNotesDoc } from '../../../shared/schema/meetingPrivate';
import { initReflection } from '../../../shared/schema/reflection';
import { initSpace } from '../../../shared/schema/space';
import { migrateVault } from '../../../shared/schema/vault';

/**
 * Gives a document the stamp of the kind its id names — a journal index with its version, a
 * reflection, a space, a meeting agenda or private notes — as the app writes them, so a backup
 * made of it passes the check that every document means what its id says.
 */
export function stampAs(doc: Y.Doc, docId: string): void {
  const [prefix, id = ''] = docId.split(':') as [string, string?];
  const blank = findTemplate('blank');
  if (!blank) throw new Error('no blank template');
  if (docId === 'vault') migrateVault(doc);
  else if (prefix === 'item')
    initReflection(doc, { id, now: Date.UTC(2026, 0, 1), template: blank, title: `Entry ${id}` });
  else if (prefix === 'space') initSpace(doc, id);
  else if (prefix === 'meeting') initMeetingDoc(doc, id, 'space');
  else if (prefix === 'meeting-private') initPrivateNotesDoc(doc, id);
}

/** A stamped document holding `text` (in a `t` text beside its stamp), as one update. */
export function stampedDoc(docId: string, text: string): Uint8Array {
  const doc = new Y.Doc();
  stampAs(doc, docId);
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}
