import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocPersistence } from '../../../renderer/src/data/DocPersistence';
import { appendRawRecord, readUpdateRecords as readRecords } from './idbRecords';

let counter = 0;
const freshName = () => `test/persistence-${Date.now()}-${counter++}`;

async function open(name: string): Promise<{ doc: Y.Doc; persistence: DocPersistence }> {
  const doc = new Y.Doc();
  const persistence = new DocPersistence(name, doc);
  await persistence.whenLoaded;
  return { doc, persistence };
}

describe('DocPersistence', () => {
  it('saves edits and loads them into a new document', async () => {
    const name = freshName();
    const first = await open(name);
    expect(first.persistence.state).toBe('saved');
    first.doc.getText('t').insert(0, 'What did I learn?');
    expect(first.persistence.state).toBe('saving');
    await first.persistence.flush();
    expect(first.persistence.state).toBe('saved');
    first.doc.destroy();

    const second = await open(name);
    expect(second.doc.getText('t').toJSON()).toBe('What did I learn?');
  });

  it('does not append a copy of the document each time it is opened', async () => {
    const name = freshName();
    const first = await open(name);
    first.doc.getText('t').insert(0, 'hello');
    await first.persistence.flush();
    first.doc.destroy();
    const before = (await readRecords(name)).length;
    for (let i = 0; i < 4; i++) {
      const again = await open(name);
      await again.persistence.flush();
      again.doc.destroy();
    }
    expect((await readRecords(name)).length).toBe(before);
  });

  it('sets damaged stored bytes aside untouched and loads what still decodes', async () => {
    const name = freshName();
    const good = await open(name);
    good.doc.getText('t').insert(0, 'fine');
    await good.persistence.flush();
    good.doc.destroy();
    const before = await readRecords(name);
    const garbage = new Uint8Array([255, 255, 255, 255, 7, 1, 2, 3]);
    await appendRawRecord(name, garbage);

    const doc = new Y.Doc();
    const persistence = new DocPersistence(name, doc);
    await persistence.whenLoaded;
    expect(persistence.state).toBe('saved');
    expect(doc.getText('t').toJSON()).toBe('fine');
    expect(persistence.recovery).toMatchObject({ recoveredRecords: before.length, damagedRecords: 1 });

    // The quarantine holds every original record, byte for byte, the damaged one included.
    const aside = await readRecords(persistence.recovery!.quarantineDb);
    expect(aside.map((r) => Array.from(r))).toEqual([...before, garbage].map((r) => Array.from(r)));

    // The document works again: a new edit saves and loads.
    doc.getText('t').insert(4, ' and well');
    await persistence.flush();
    doc.destroy();
    const again = await open(name);
    expect(again.doc.getText('t').toJSON()).toBe('fine and well');
    expect(again.persistence.recovery).toBeNull();
  });

  it('compacts the update log once it grows well past the document size', async () => {
    const name = freshName();
    const { doc, persistence } = await open(name);
    const text = doc.getText('t');
    // Many small edits, each flushed on its own, as slow typing would produce.
    for (let i = 0; i < 60; i++) {
      text.insert(text.length, `line ${i} `.repeat(200));
      await persistence.flush();
    }
    const grown = (await readRecords(name)).length;
    expect(grown).toBeGreaterThan(30);
    await new Promise((resolve) => setTimeout(resolve, 900));
    const compacted = await readRecords(name);
    expect(compacted.length).toBeLessThan(5);
    doc.destroy();
    const reopened = await open(name);
    expect(reopened.doc.getText('t').length).toBe(text.length);
  });
});
