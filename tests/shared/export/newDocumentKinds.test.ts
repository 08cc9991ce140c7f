import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkDocument } from '../../../shared/export/documentCheck';
import { frameworkType } from '../../../shared/schema/framework';

/**
 * A backup holds every document on this computer, and restore checks each against the kind its
 * id names. Frameworks, an item's local history and its comments must pass, or every backup made
 * after using them could not be restored (found by the backup e2e after those features merged).
 */
const stateOf = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc);

describe('restore knows the newer kinds of document', () => {
  it('accepts a career framework item, and refuses one that names another item', () => {
    const doc = new Y.Doc();
    frameworkType.stampItem(doc, 'fw1', 1);
    expect(checkDocument('item:fw1', stateOf(doc))).toEqual({ ok: true });
    expect(checkDocument('item:fw2', stateOf(doc))).toMatchObject({ ok: false });
  });

  it("accepts an item's history and comments documents, and refuses a malformed id", () => {
    const doc = new Y.Doc();
    doc.getArray('versions').push([{ at: 1 }]);
    expect(checkDocument('history:fw1', stateOf(doc))).toEqual({ ok: true });
    expect(checkDocument('comments:fw1', stateOf(doc))).toEqual({ ok: true });
    expect(checkDocument('history:../../etc', stateOf(doc))).toMatchObject({ ok: false });
  });
});
