import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTalkingPoint, moveTalkingPoint, readTalkingPoints } from '../../../shared/schema/meeting';
import { meetingDocId } from '../../../shared/schema/meetingIds';
import { addPoint, NOW, pointTexts, renderOneOnOnes, startSeries, type User } from './renderOneOnOnes';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';

/**
 * Issue 14, point 2: focus moves only when the person moves it. After a reorder — theirs or the
 * other person's — what they type next lands where they are typing, every character of it.
 */

const sharedNotes = () => screen.getByRole('textbox', { name: 'Shared notes' });
const pointRow = (text: string) => screen.getByRole('listitem', { name: new RegExp(`^${text}, added by`) });

async function meetingWithPoints(user: User, texts: string[]) {
  await startSeries(user);
  await waitFor(() =>
    expect(document.querySelector('[data-testid="shared-notes-editor"]')).toHaveAttribute(
      'data-ready',
      'true',
    ),
  );
  for (const text of texts) await addPoint(user, text);
}

function currentMeetingId(): string {
  return document.querySelector('[data-meeting-id]')?.getAttribute('data-meeting-id') ?? '';
}

/**
 * The other person's copy of the agenda as it is now: what they change in it reaches this window
 * only on `deliver()`, as an update from the peer would.
 */
async function copyOfAgenda(services: AppServices) {
  const [agenda, release] = services.store.open(meetingDocId(currentMeetingId()));
  await agenda.ready;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(agenda.doc));
  return {
    doc,
    deliver: () => {
      Y.applyUpdate(agenda.doc, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(agenda.doc)), 'peer');
      release();
      return Promise.resolve();
    },
  };
}

/** A reorder that does not come from this list: the other person's, arriving through main. */
async function reorderFromElsewhere(services: AppServices, text: string, to: number): Promise<void> {
  const theirs = await copyOfAgenda(services);
  const point = readTalkingPoints(theirs.doc).find((p) => p.text === text);
  if (!point) throw new Error(`no point ${text}`);
  moveTalkingPoint(theirs.doc, point.id, to);
  await theirs.deliver();
}

/** This person adds "Mine" while the other person adds "Theirs", neither seeing the other's. */
async function addAtTheSameMomentAsThem(user: User, services: AppServices): Promise<void> {
  const theirs = await copyOfAgenda(services);
  addTalkingPoint(theirs.doc, {
    id: 'their-point',
    text: 'Theirs',
    authorId: 'member-ben',
    authorName: 'Ben',
    createdAt: NOW + 60_000,
  });
  await addPoint(user, 'Mine');
  await theirs.deliver();
  await waitFor(() => expect(pointTexts()).toHaveLength(3));
}

describe('focus around reordering', { timeout: 30_000 }, () => {
  it('points added at the same moment move apart with every click of the move buttons', async () => {
    const { user, services } = await renderOneOnOnes();
    await meetingWithPoints(user, ['First']);
    await addAtTheSameMomentAsThem(user, services);
    const [, x, y] = pointTexts() as [string, string, string];

    // Moving "First" down goes between the two, then below both: every click moves it.
    await user.click(screen.getByRole('button', { name: 'Move First down' }));
    expect(pointTexts()).toEqual([x, 'First', y]);
    await user.click(screen.getByRole('button', { name: 'Move First down' }));
    expect(pointTexts()).toEqual([x, y, 'First']);
    await user.click(screen.getByRole('button', { name: 'Move First up' }));
    expect(pointTexts()).toEqual([x, 'First', y]);
  });

  it('typing into the shared notes right after reordering keeps every character there', async () => {
    const { user, services } = await renderOneOnOnes();
    await meetingWithPoints(user, ['First']);
    await addAtTheSameMomentAsThem(user, services);
    await user.click(screen.getByRole('button', { name: 'Move First down' }));
    await user.click(screen.getByRole('button', { name: 'Move First down' }));

    await user.click(sharedNotes());
    await user.keyboard('Every character of this sentence lands in the notes.');
    expect(sharedNotes()).toHaveTextContent('Every character of this sentence lands in the notes.');
    expect(sharedNotes()).toHaveFocus();
  });

  it('a drop of a point onto its own place leaves focus alone for what is typed next', async () => {
    const { user } = await renderOneOnOnes();
    await meetingWithPoints(user, ['First', 'Second', 'Third']);
    pointRow('Third').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}{Alt>}{ArrowUp}{/Alt}');
    expect(pointTexts()).toEqual(['Third', 'First', 'Second']);
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (k: string, v: string) => data.set(k, v),
      getData: (k: string) => data.get(k) ?? '',
      effectAllowed: 'move',
    };
    fireEvent.dragStart(pointRow('Third'), { dataTransfer });
    fireEvent.dragOver(pointRow('Third'), { dataTransfer });
    fireEvent.drop(pointRow('Third'), { dataTransfer });

    await user.click(sharedNotes());
    await user.keyboard('Typed after the drop.');
    expect(sharedNotes()).toHaveTextContent('Typed after the drop.');
    expect(sharedNotes()).toHaveFocus();
  });

  it('keeps focus on the point the keyboard moved, step after step', async () => {
    const { user } = await renderOneOnOnes();
    await meetingWithPoints(user, ['First', 'Second', 'Third']);
    pointRow('First').focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(pointRow('First')).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(pointTexts()).toEqual(['Second', 'Third', 'First']);
    expect(pointRow('First')).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}{Alt>}{ArrowUp}{/Alt}');
    expect(pointTexts()).toEqual(['First', 'Second', 'Third']);
    expect(pointRow('First')).toHaveFocus();
  });

  it('a move button the move disables hands focus to its point, so the keyboard goes on working', async () => {
    const { user } = await renderOneOnOnes();
    await meetingWithPoints(user, ['First', 'Second', 'Third']);
    screen.getByRole('button', { name: 'Move Second up' }).focus();
    await user.keyboard('{Enter}');
    expect(pointTexts()).toEqual(['Second', 'First', 'Third']);
    expect(screen.getByRole('button', { name: 'Move Second up' })).toBeDisabled();
    expect(pointRow('Second')).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(pointTexts()).toEqual(['First', 'Second', 'Third']);
  });

  it('the other person’s reorder moves neither the caret in the notes nor focus on a point', async () => {
    const { user, services } = await renderOneOnOnes();
    await meetingWithPoints(user, ['First', 'Second', 'Third']);

    await user.click(sharedNotes());
    await user.keyboard('Before ');
    await reorderFromElsewhere(services, 'First', 2);
    await waitFor(() => expect(pointTexts()).toEqual(['Second', 'Third', 'First']));
    await user.keyboard('and after their move.');
    expect(sharedNotes()).toHaveTextContent('Before and after their move.');
    expect(sharedNotes()).toHaveFocus();

    // On a point with the keyboard while the other person moves that very point.
    pointRow('Second').focus();
    await reorderFromElsewhere(services, 'Second', 2);
    await waitFor(() => expect(pointTexts()).toEqual(['Third', 'First', 'Second']));
    expect(pointRow('Second')).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(pointTexts()).toEqual(['Third', 'Second', 'First']);
  });
});
