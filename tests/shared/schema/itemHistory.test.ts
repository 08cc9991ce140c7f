import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../../shared/journal/templates';
import { defaultGoalFields, initGoal, readGoal, updateGoal } from '../../../shared/schema/goal';
import {
  itemAtVersion,
  noteOwnClient,
  readVersions,
  recordVersion,
  restoreVersion,
} from '../../../shared/schema/itemHistory';
import {
  initReflection,
  readReflectionMeta,
  reflectionBody,
  setReflectionTitle,
} from '../../../shared/schema/reflection';
import { appendBlocks, fragmentToPlainText } from '../../../shared/schema/richText';

const at = Date.UTC(2026, 2, 3, 9);
const bodyText = (doc: Y.Doc) => fragmentToPlainText(reflectionBody(doc));

function reflection(): Y.Doc {
  const doc = new Y.Doc();
  initReflection(doc, { id: 'r1', now: at, template: findTemplate('blank')!, title: 'Outage' });
  doc.transact(() => appendBlocks(reflectionBody(doc), [{ type: 'paragraph', text: 'First thoughts.' }]));
  return doc;
}

describe('an item’s version history', () => {
  it('keeps each version with when, who and what changed, and rebuilds any of them exactly', () => {
    const item = reflection();
    const history = new Y.Doc();
    noteOwnClient(history, item.clientID);
    expect(recordVersion(history, item, { at, peerName: 'Sam', reason: 'edit' })).toBe(0);
    // Nothing changed: no new version.
    expect(recordVersion(history, item, { at: at + 1, peerName: 'Sam', reason: 'edit' })).toBeNull();

    setReflectionTitle(item, 'The outage', at + 1000);
    recordVersion(history, item, { at: at + 1000, peerName: 'Sam', reason: 'edit' });

    // The other person's change arrives (another client id): attributed to them.
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(item));
    theirs.transact(() =>
      appendBlocks(reflectionBody(theirs), [{ type: 'paragraph', text: 'Sam adds this.' }]),
    );
    Y.applyUpdate(item, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(item)));
    recordVersion(history, item, { at: at + 2000, peerName: 'Sam', reason: 'received' });

    // Text deleted later stays in the version that had it.
    const body = reflectionBody(item);
    item.transact(() => body.delete(0, body.length));
    recordVersion(history, item, { at: at + 3000, peerName: 'Sam', reason: 'edit' });

    const versions = readVersions(history);
    expect(versions.map((v) => [v.by, v.reason, v.changed])).toEqual([
      ['me', 'edit', expect.arrayContaining(['title', 'body']) as unknown],
      ['me', 'edit', ['title']],
      ['peer', 'received', ['body']],
      ['me', 'edit', ['body']],
    ]);
    expect(versions[2]).toMatchObject({ peerName: 'Sam', at: at + 2000 });
    const v0 = itemAtVersion(history, 0, item)!;
    expect(readReflectionMeta(v0).title).toBe('Outage');
    expect(bodyText(v0)).toBe('First thoughts.');
    const v2 = itemAtVersion(history, 2, item)!;
    expect(readReflectionMeta(v2).title).toBe('The outage');
    expect(bodyText(v2)).toBe('First thoughts.\nSam adds this.');
    expect(bodyText(item)).toBe('');
  });

  it('restores an earlier version as a new edit that syncs, keeping every version in between', () => {
    const item = new Y.Doc();
    initGoal(item, 'g1', { ...defaultGoalFields, title: 'Lead the migration' }, at);
    const history = new Y.Doc();
    noteOwnClient(history, item.clientID);
    recordVersion(history, item, { at, peerName: '', reason: 'edit' });
    updateGoal(item, { ...readGoal(item)!, title: 'Lead two migrations', status: 'achieved' }, at + 1000);
    recordVersion(history, item, { at: at + 1000, peerName: '', reason: 'edit' });

    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(item));
    const before = Y.encodeStateVector(item);
    restoreVersion(item, itemAtVersion(history, 0, item)!, at + 2000);
    expect(readGoal(item)).toMatchObject({
      id: 'g1',
      title: 'Lead the migration',
      status: defaultGoalFields.status,
    });
    expect(
      recordVersion(history, item, { at: at + 2000, peerName: '', reason: 'restore', restoredFrom: 0 }),
    ).toBe(2);
    expect(readVersions(history)[2]).toMatchObject({ reason: 'restore', restoredFrom: 0, by: 'me' });
    // A new edit: the other copy takes it in as one update.
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(item, before));
    expect(readGoal(elsewhere)?.title).toBe('Lead the migration');
  });
});
