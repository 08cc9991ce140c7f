import { describe, expect, it } from 'vitest';
import { makeExcerpt } from '../../shared/text/excerpt';

describe('makeExcerpt', () => {
  it('keeps short text whole and folds white space', () => {
    expect(makeExcerpt('What did I\n\nlearn?')).toBe('What did I learn?');
  });
  it('cuts long text at a word boundary and marks the cut', () => {
    const out = makeExcerpt('alpha beta gamma delta epsilon', 20);
    expect(out).toBe('alpha beta gamma…');
  });
});
