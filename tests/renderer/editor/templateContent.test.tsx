import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendBlocks, type BodyBlock } from '../../../shared/schema/richText';
import { renderEditor } from './editorTestUtils';

const template: BodyBlock[] = [
  { type: 'heading', level: 2, text: 'What went well' },
  { type: 'paragraph', text: '' },
  { type: 'heading', level: 3, text: 'What I want to grow' },
  { type: 'bulletList', items: ['Presenting', 'Code review'] },
  { type: 'heading', level: 2, text: 'Next steps' },
  { type: 'taskList', items: ['Ask Sam for feedback', 'Book the next one-on-one'] },
];

function seededDoc(): Y.Doc {
  const doc = new Y.Doc();
  appendBlocks(doc.getXmlFragment('body'), template);
  return doc;
}

describe('template-seeded bodies', () => {
  it('renders the headings, lists and checklist items that shared/schema writes', async () => {
    await renderEditor({}, seededDoc());
    expect(screen.getByRole('heading', { level: 2, name: 'What went well' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'What I want to grow' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Next steps' })).toBeInTheDocument();
    expect(screen.getByText('Code review').closest('ul')).not.toHaveAttribute('data-type');

    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toHaveAccessibleName('Ask Sam for feedback');
    expect(boxes[0]).not.toBeChecked();
  });

  it('does not write to the document just by opening it', async () => {
    const doc = seededDoc();
    const before = Y.encodeStateVector(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    await renderEditor({}, doc);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(updates).toHaveLength(0);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('leaves an empty body empty until someone types', async () => {
    const doc = new Y.Doc();
    await renderEditor({}, doc);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(doc.getXmlFragment('body').length).toBe(0);
  });
});
