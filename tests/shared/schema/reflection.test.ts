import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findTemplate, reflectionTemplates } from '../../../shared/journal/templates';
import {
  REFLECTION_SCHEMA_VERSION,
  addReflectionTag,
  initReflection,
  migrateReflection,
  readReflectionMeta,
  readReflectionTags,
  reflectionBody,
  reflectionMeta,
  reflectionToVaultEntry,
  removeReflectionTag,
  setReflectionTitle,
} from '../../../shared/schema/reflection';
import { appendBlocks, fragmentToPlainText } from '../../../shared/schema/richText';

function newReflection(templateId = 'after-project', now = 1_700_000_000_000): Y.Doc {
  const doc = new Y.Doc();
  initReflection(doc, { id: 'r1', now, template: findTemplate(templateId)!, title: 'Launch retro' });
  return doc;
}

describe('reflection documents', () => {
  it('start from a template with its prompts as headings', () => {
    const doc = newReflection();
    expect(readReflectionMeta(doc)).toEqual({
      id: 'r1',
      title: 'Launch retro',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_000,
      templateId: 'after-project',
    });
    const text = fragmentToPlainText(reflectionBody(doc));
    expect(text.split('\n')).toEqual([
      'What did I learn?',
      'What surprised me?',
      'What would I do differently next time?',
      'Who helped, and who should hear about it?',
    ]);
  });

  it('offers the guided templates the journal promises, and a blank page', () => {
    expect(reflectionTemplates.map((t) => t.id)).toEqual([
      'after-project',
      'weekly-check-in',
      'quarterly-career',
      'blank',
    ]);
    const quarterly = new Y.Doc();
    initReflection(quarterly, { id: 'q', now: 0, template: findTemplate('quarterly-career')! });
    expect(fragmentToPlainText(reflectionBody(quarterly))).toContain('What help I need');
  });

  it('normalises tags, refuses duplicates and overlong ones, and removes them', () => {
    const doc = newReflection();
    expect(addReflectionTag(doc, '  #Leadership ', 5)).toEqual({ ok: true, tag: 'leadership' });
    expect(addReflectionTag(doc, 'leadership', 6)).toEqual({
      ok: false,
      error: 'Already tagged “leadership”',
      problem: 'duplicate',
      tag: 'leadership',
    });
    expect(addReflectionTag(doc, '   ', 6)).toMatchObject({
      ok: false,
      error: 'A tag cannot be empty',
      problem: 'empty',
    });
    expect(addReflectionTag(doc, 'x'.repeat(41), 6)).toMatchObject({ ok: false, problem: 'tooLong' });
    expect(readReflectionTags(doc)).toEqual(['leadership']);
    expect(readReflectionMeta(doc).updatedAt).toBe(5);
    removeReflectionTag(doc, 'leadership', 9);
    expect(readReflectionTags(doc)).toEqual([]);
  });

  it('derives the vault record: excerpt, word count and tags', () => {
    const doc = newReflection('blank');
    appendBlocks(reflectionBody(doc), [
      { type: 'heading', level: 2, text: 'Shipped' },
      { type: 'paragraph', text: 'We shipped the new onboarding flow two days early.' },
    ]);
    addReflectionTag(doc, 'wins', 10);
    setReflectionTitle(doc, 'Good week', 11);
    const entry = reflectionToVaultEntry(doc);
    // Headings (in guided entries, the template's prompts) stay out of the excerpt and word count.
    expect(entry).toMatchObject({
      id: 'r1',
      title: 'Good week',
      tags: ['wins'],
      updatedAt: 11,
      deletedAt: null,
      wordCount: 9,
    });
    expect(entry.excerpt).toBe('We shipped the new onboarding flow two days early.');
  });

  it('counts words across hard line breaks', () => {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    const first = new Y.XmlText('line one');
    const second = new Y.XmlText('line two');
    paragraph.insert(0, [first, new Y.XmlElement('hardBreak'), second]);
    reflectionBody(doc).insert(0, [paragraph]);
    expect(fragmentToPlainText(reflectionBody(doc))).toBe('line one\nline two');
  });

  it('migrates v1 comma-separated tags into the tags array', () => {
    const doc = new Y.Doc();
    const meta = reflectionMeta(doc);
    doc.transact(() => {
      meta.set('schemaVersion', 1);
      meta.set('id', 'old');
      meta.set('title', 'Old entry');
      meta.set('createdAt', 1);
      meta.set('updatedAt', 1);
      meta.set('templateId', 'blank');
      meta.set('tags', 'Growth, feedback,growth');
    });
    expect(migrateReflection(doc)).toEqual({ from: 1, to: REFLECTION_SCHEMA_VERSION });
    expect(readReflectionTags(doc)).toEqual(['growth', 'feedback']);
    expect(meta.has('tags')).toBe(false);
    expect(migrateReflection(doc)).toEqual({ from: 2, to: 2 });
  });

  it('leaves a document from a newer Tandem alone', () => {
    const doc = newReflection();
    reflectionMeta(doc).set('schemaVersion', REFLECTION_SCHEMA_VERSION + 1);
    expect(migrateReflection(doc)).toEqual({ from: 3, to: 3 });
  });

  it('reports unreadable metadata instead of inventing values', () => {
    const doc = new Y.Doc();
    reflectionMeta(doc).set('id', 'x');
    expect(() => readReflectionMeta(doc)).toThrow(/could not be read/);
  });
});
