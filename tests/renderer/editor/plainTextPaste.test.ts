import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import {
  pasteTooLargeMessage,
  plainTextToSlice,
  splitPlainText,
} from '../../../renderer/src/features/editor/plainTextPaste';

describe('splitPlainText', () => {
  it('uses blank lines as paragraph breaks when the text has them', () => {
    expect(splitPlainText('a\nb\n\nc\n \n\t\nd')).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('uses every line break when there are no blank lines', () => {
    expect(splitPlainText('a\r\nb\rc\n')).toEqual([['a'], ['b'], ['c']]);
  });

  it('drops empty text and keeps whitespace inside lines', () => {
    expect(splitPlainText('')).toEqual([]);
    expect(splitPlainText('\n\n\n')).toEqual([]);
    expect(splitPlainText('  indented')).toEqual([['  indented']]);
  });
});

describe('plainTextToSlice', () => {
  const schema = getSchema([StarterKit]);

  it('builds open paragraphs with hard breaks, without going through the DOM', () => {
    const slice = plainTextToSlice('one\ntwo\n\nthree', schema);
    expect(slice.openStart).toBe(1);
    expect(slice.openEnd).toBe(1);
    expect(slice.content.toJSON()).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'one' }, { type: 'hardBreak' }, { type: 'text', text: 'two' }],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'three' }] },
    ]);
  });

  it('carries the marks at the caret onto the pasted text', () => {
    const bold = schema.marks.bold!.create();
    const slice = plainTextToSlice('strong', schema, [bold]);
    expect(slice.content.firstChild?.firstChild?.marks).toEqual([bold]);
  });

  it('is linear: 1 MB of lines builds in well under a second', () => {
    const text = 'A line of journal text that goes on for a while.\n'.repeat(20_000);
    const started = performance.now();
    const slice = plainTextToSlice(text, schema);
    expect(slice.content.childCount).toBe(20_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('pasteTooLargeMessage', () => {
  it('says nothing was pasted and how much would fit', () => {
    expect(pasteTooLargeMessage(2_500_000, 2_000_000)).toBe(
      'Nothing was pasted: that is 2,500,000 characters, and an entry accepts at most 2,000,000 at a time. ' +
        'Try pasting it in smaller parts.',
    );
  });
});
