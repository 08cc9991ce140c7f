import './domPolyfills';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RichTextEditor } from '../../../renderer/src/features/editor/RichTextEditor';
import { appendRichNodes, fragmentToRichNodes, type RichNode } from '../../../shared/export/richTree';
import { exceedsRichTextDepth, fragmentToPlainText } from '../../../shared/schema/richText';
import { initMeetingDoc, meetingNotes } from '../../../shared/schema/meeting';
import { initPlan, readPlan, savePlanRecord, setMilestoneStatus } from '../../../shared/schema/plan';
import { renderEditor } from './editorTestUtils';

/**
 * Two versions of Tandem never destroy each other's work. A newer peer adds a node type, a mark
 * and a field this version does not know to a meeting's shared notes and to a shared plan: the
 * notes open read-only, saying so, and stay byte for byte as the newer version wrote them — also
 * when that content arrives while the editor is open — and an edit here keeps the plan's field.
 */

const paragraph = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
/** What a newer Tandem might write: a block type and a mark this version has never heard of. */
const fromTheFuture: RichNode[] = [
  { type: 'callout', attrs: { tone: 'warning' }, content: [paragraph('Decide on the budget first')] },
  { type: 'paragraph', content: [{ type: 'text', text: 'Highlighted', marks: [{ type: 'highlight' }] }] },
];

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

function meetingWithNotes(nodes: RichNode[]): Y.Doc {
  const doc = new Y.Doc();
  initMeetingDoc(doc, 'm1', 's1');
  appendRichNodes(meetingNotes(doc), nodes);
  return doc;
}

/** What only a broken or hostile peer sends: blocks nested ten thousand deep. */
function nestedQuotes(depth: number, text: string): RichNode {
  let node: RichNode = paragraph(text);
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
  return node;
}

describe('content written by a newer Tandem', () => {
  it('opens read-only with the reason, and the notes stay byte for byte', async () => {
    const doc = meetingWithNotes([paragraph('Agenda'), ...fromTheFuture]);
    const before = Y.encodeStateAsUpdate(doc);
    render(
      <RichTextEditor fragment={meetingNotes(doc)} label="Shared notes" newerName="These shared notes" />,
    );
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent(
      'These shared notes uses a newer Tandem — update to edit this.',
    );
    const notes = screen.getByRole('textbox', { name: 'Shared notes' });
    expect(notes).toHaveAttribute('aria-readonly', 'true');
    expect(notes).toHaveTextContent('Decide on the budget first');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(
      meetingNotes(doc)
        .toArray()
        .map((n) => (n instanceof Y.XmlElement ? n.nodeName : 'text')),
    ).toEqual(['paragraph', 'callout', 'paragraph']);
  });

  it('stops editing, and deletes nothing, when such content arrives while the editor is open', async () => {
    const doc = meetingWithNotes([paragraph('Agenda')]);
    const { textbox } = await renderEditor(
      { fragment: meetingNotes(doc), newerName: 'These shared notes' },
      doc,
    );
    expect(textbox).toHaveAttribute('contenteditable', 'true');
    const ownClock = Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID);

    // The newer peer's change, as the sync engine hands it over.
    const newer = new Y.Doc();
    Y.applyUpdate(newer, Y.encodeStateAsUpdate(doc));
    appendRichNodes(meetingNotes(newer), fromTheFuture);
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(newer, Y.encodeStateVector(doc)), 'peer'));
    await settle();

    expect(await screen.findByRole('status')).toHaveTextContent('These shared notes uses a newer Tandem');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(newer));
    // Nothing was written here since: this window's own clock did not move.
    expect(Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID)).toBe(ownClock);
  });

  it('keeps a field a newer peer added to a plan’s milestone when this version edits that milestone', () => {
    const doc = new Y.Doc();
    initPlan(doc, 'p1', { title: 'Team lead plan', goalId: null, status: 'active', reviewCadence: null }, 1);
    savePlanRecord(
      doc,
      'milestones',
      {
        id: 'm1',
        title: 'Run the retro',
        owner: { kind: 'me' },
        startDate: null,
        dueDate: '2026-03-01',
        status: 'in-progress',
        successCriterion: 'It helped',
        evidence: '',
        completedAt: null,
      },
      1,
    );
    // The newer peer's version of the record carries a field this version does not know.
    const list = doc.getArray<Record<string, unknown>>('milestones');
    const withConfidence = { ...list.get(0), confidence: 'high' };
    doc.transact(() => {
      list.delete(0, 1);
      list.insert(0, [withConfidence]);
    });

    setMilestoneStatus(doc, 'm1', 'done', Date.UTC(2026, 2, 1));
    expect(list.get(0)).toMatchObject({ id: 'm1', status: 'done', confidence: 'high' });
    expect(readPlan(doc)?.milestones[0]?.status).toBe('done');
  });

  it('a body nested ten thousand deep opens read-only, crashes nothing, and is kept as it is', async () => {
    const doc = meetingWithNotes([paragraph('Agenda')]);
    // Built in the Yjs document directly, as a peer's update would arrive (no recursion here).
    let parent: Y.XmlFragment | Y.XmlElement = meetingNotes(doc);
    doc.transact(() => {
      for (let i = 0; i < 10_000; i++) {
        const quote = new Y.XmlElement('blockquote');
        parent.insert(parent.length, [quote]);
        parent = quote;
      }
      const text = new Y.XmlText();
      const deepest = new Y.XmlElement('paragraph');
      parent.insert(0, [deepest]);
      deepest.insert(0, [text]);
      text.insert(0, 'buried');
    });
    const before = Y.encodeStateAsUpdate(doc);
    render(
      <RichTextEditor fragment={meetingNotes(doc)} label="Shared notes" newerName="These shared notes" />,
    );
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent(
      'These shared notes is nested more deeply than Tandem can show',
    );
    expect(screen.getByRole('textbox', { name: 'Shared notes' })).toHaveTextContent('Agenda');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('readers of a body (plain text, search, export) stop at the depth limit instead of overflowing', () => {
    const doc = meetingWithNotes([paragraph('Agenda'), nestedQuotes(200, 'buried')]);
    expect(exceedsRichTextDepth(meetingNotes(doc))).toBe(true);
    expect(fragmentToPlainText(meetingNotes(doc))).toBe('Agenda');
    expect(JSON.stringify(fragmentToRichNodes(meetingNotes(doc)))).not.toContain('buried');
    expect(exceedsRichTextDepth(meetingNotes(meetingWithNotes([nestedQuotes(5, 'fine')])))).toBe(false);
  });
});
