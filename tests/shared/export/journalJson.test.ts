import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findTemplate } from '../../../shared/journal/templates';
import { readExportedItem } from '../../../shared/export/journalItems';
import { JournalImportError, parseJournalJson, serializeJournal } from '../../../shared/export/journalJson';
import { writeImportedItem } from '../../../shared/export/jsonImport';
import { initGoal } from '../../../shared/schema/goal';
import { addReflectionTag, initReflection, reflectionBody } from '../../../shared/schema/reflection';
import { appendBlocks } from '../../../shared/schema/richText';

function reflectionDoc(): Y.Doc {
  const doc = new Y.Doc();
  initReflection(doc, {
    id: 'r1',
    now: 1_700_000_000_000,
    template: findTemplate('after-project')!,
    title: 'Launch',
  });
  appendBlocks(reflectionBody(doc), [{ type: 'paragraph', text: 'It went well, mostly.' }]);
  addReflectionTag(doc, 'Growth', 1_700_000_500_000);
  return doc;
}

const exportOf = (items: unknown[]) =>
  serializeJournal({
    exportedAt: '2026-01-01T00:00:00.000Z',
    profile: null,
    competencies: [],
    items: items as never,
  });

describe('journal JSON', () => {
  it('round-trips items: what is read back equals what was exported', () => {
    const goalDoc = new Y.Doc();
    initGoal(
      goalDoc,
      'g1',
      {
        title: 'Lead',
        why: 'Because',
        alignment: '',
        horizon: '1-year',
        status: 'achieved',
        path: 'step-up',
        competencyIds: [],
      },
      1_600_000_000_000,
    );
    const items = [readExportedItem(reflectionDoc(), 'reflection')!, readExportedItem(goalDoc, 'goal')!];
    const parsed = parseJournalJson(exportOf(items));
    expect(parsed.schemaVersion).toBe(1);
    const again = parsed.items.map((item) => {
      const doc = new Y.Doc();
      writeImportedItem(doc, item);
      return readExportedItem(doc, item.kind);
    });
    expect(again).toEqual(items);
  });

  const refused = (text: string) => {
    try {
      parseJournalJson(text);
    } catch (error) {
      expect(error).toBeInstanceOf(JournalImportError);
      return error as JournalImportError;
    }
    throw new Error('expected the file to be refused');
  };

  it('refuses a file from a newer schema, naming both versions', () => {
    const error = refused(JSON.stringify({ format: 'tandem-journal', schemaVersion: 2, items: [] }));
    expect(error.reason).toBe('newer');
    expect(error.message).toMatch(
      /newer version of Tandem \(format version 2; this version reads version 1\)/,
    );
  });

  it('refuses text that is not JSON, and JSON that is not a Tandem export', () => {
    expect(refused('{"format": "tandem-jour').reason).toBe('not-json');
    const foreign = refused(JSON.stringify({ name: 'package', version: '1.0.0' }));
    expect(foreign.reason).toBe('foreign');
    expect(foreign.message).toMatch(/not a Tandem journal export/);
  });

  it('refuses a damaged export and names the field', () => {
    const item = readExportedItem(reflectionDoc(), 'reflection')!;
    const error = refused(exportOf([{ ...item, createdAt: 'yesterday' }]));
    expect(error.reason).toBe('invalid');
    expect(error.message).toMatch(/items\.0\.createdAt/);
    expect(refused(exportOf([item, item])).reason).toBe('duplicate');
  });

  it('refuses a body nested 10,000 levels deep with words, not a stack overflow', () => {
    const item = readExportedItem(reflectionDoc(), 'reflection')!;
    // Written out by hand: JSON.stringify itself would run out of stack on it.
    const deep =
      '{"type":"blockquote","content":['.repeat(10_000) +
      '{"type":"text","text":"at the bottom"}' +
      ']}'.repeat(10_000);
    const text = exportOf([{ ...item, body: [] }]).replace('"body": []', `"body": [${deep}]`);
    expect(text).toContain('at the bottom');
    const error = refused(text);
    expect(error.reason).toBe('too-deep');
    expect(error.message).toBe(
      'This file nests its content more than 200 levels deep (at line 19, column 3152), deeper than any ' +
        'journal Tandem writes, so it was not made by Tandem or was damaged. Nothing was imported.',
    );
  });

  it('reads a body nested as deep as the editor ever nests lists', () => {
    const item = readExportedItem(reflectionDoc(), 'reflection')!;
    let node: Record<string, unknown> = {
      type: 'paragraph',
      content: [{ type: 'text', text: 'deepest point' }],
    };
    for (let i = 0; i < 40; i++)
      node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
    const parsed = parseJournalJson(exportOf([{ ...item, body: [node] }]));
    const doc = new Y.Doc();
    writeImportedItem(doc, parsed.items[0]!);
    expect(JSON.stringify(readExportedItem(doc, 'reflection'))).toContain('deepest point');
  });

  it('does not count brackets inside text as nesting', () => {
    const item = readExportedItem(reflectionDoc(), 'reflection')!;
    const brackets = '[[[[{{{{'.repeat(100) + '\\"[';
    const parsed = parseJournalJson(exportOf([{ ...item, title: brackets.slice(0, 200) }]));
    expect(parsed.items[0]).toMatchObject({ title: brackets.slice(0, 200) });
  });
});
