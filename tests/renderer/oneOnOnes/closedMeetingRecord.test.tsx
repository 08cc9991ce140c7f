import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTalkingPoint } from '../../../shared/schema/meeting';
import { meetingDocId, spaceDocId } from '../../../shared/schema/meetingIds';
import { initSpace } from '../../../shared/schema/space';
import { setMember } from '../../../shared/schema/spaceMembers';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { datesIn } from '../../../renderer/src/i18n/useDates';

import {
  addPoint,
  closeMeetingConfirmed,
  NOW,
  renderOneOnOnes,
  SPACE_ID,
  startSeries,
  type User,
} from './renderOneOnOnes';

const day = (date: string) => datesIn('en').calendar(date);

/**
 * Issue 14, points 4 and 5: closing is deliberate (it asks, saying what moves on and that it
 * closes for both people), and a closed meeting keeps its record — what was agreed in it, where
 * each carried item went, and "since last time" as of its own close.
 */

async function withBen(services: AppServices) {
  const [space, release] = services.store.open(spaceDocId(SPACE_ID));
  await space.ready;
  initSpace(space.doc, SPACE_ID);
  setMember(space.doc, { id: 'member-ben', name: 'Ben', role: 'manager' });
  release();
}

async function addAction(user: User, text: string) {
  const form = screen.getByRole('form', { name: 'Add an action item' });
  await user.type(within(form).getByLabelText('Action'), text);
  fireEvent.change(within(form).getByLabelText('Due date'), { target: { value: '2026-03-06' } });
  await user.click(within(form).getByRole('button', { name: 'Add action' }));
}

const meetingId = () => document.querySelector('[data-meeting-id]')?.getAttribute('data-meeting-id') ?? '';

describe('closing a meeting', { timeout: 30_000 }, () => {
  it('asks first, says what moves on and that it closes for both; keeping it open closes nothing', async () => {
    const { user, services } = await renderOneOnOnes({ seed: withBen });
    await startSeries(user);
    await addPoint(user, 'Carry me');
    await addPoint(user, 'Done already');
    await user.click(screen.getByRole('checkbox', { name: 'Discussed: Done already' }));
    await addAction(user, 'Book the course');

    // "Bring in…" adds a talking point, so it sits with them; Close meeting stands alone.
    const points = screen.getByRole('region', { name: 'Talking points' });
    expect(within(points).getByRole('button', { name: 'Bring in…' })).toBeInTheDocument();
    const header = screen
      .getByRole('heading', { name: /One-on-one · |Career conversation · / })
      .closest('header');
    expect(within(header!).getByRole('button', { name: 'Close meeting' })).toBeInTheDocument();
    expect(within(header!).queryByRole('button', { name: 'Bring in…' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close this meeting' });
    expect(
      within(dialog).getByRole('heading', { name: 'Close this meeting for both of you?' }),
    ).toBeVisible();
    expect(dialog).toHaveTextContent('closes it for Ben too');
    expect(dialog).toHaveTextContent(`Moves to the next meeting on ${day('2026-03-09')}`);
    const carriedPoints = () =>
      within(dialog)
        .getAllByRole('listitem')
        .filter(
          (li) => li.closest('ul')?.getAttribute('aria-label') === 'Talking points that will be carried',
        )
        .map((li) => li.textContent);
    expect(carriedPoints()).toEqual(['Carry me']);
    expect(within(dialog).getByRole('list', { name: 'Action items that will be carried' })).toHaveTextContent(
      'Book the course',
    );

    // The other person adds a point while the dialog is open: it is listed before confirming.
    const [agenda, release] = services.store.open(meetingDocId(meetingId()));
    await agenda.ready;
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(agenda.doc));
    addTalkingPoint(theirs, {
      id: 'late',
      text: 'Added by Ben meanwhile',
      authorId: 'member-ben',
      authorName: 'Ben',
      createdAt: NOW + 5,
    });
    Y.applyUpdate(agenda.doc, Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(agenda.doc)), 'peer');
    release();
    await waitFor(() => expect(carriedPoints()).toEqual(['Carry me', 'Added by Ben meanwhile']));

    await user.click(within(dialog).getByRole('button', { name: 'Keep it open' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('Open: either of you can add to it.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close meeting' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Close meeting' })).toBeEnabled();

    await closeMeetingConfirmed(user);
    expect(
      await screen.findByText(
        'Meeting closed. 2 talking points and 1 action item moved to the next meeting.',
      ),
    ).toBeInTheDocument();
  });

  it('the series page has one level-1 heading', async () => {
    const { user } = await renderOneOnOnes({ seed: withBen });
    await startSeries(user);
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['One-on-ones']);
    expect(screen.getByRole('heading', { level: 2, name: 'One-on-one with Ben' })).toBeInTheDocument();
  });
});

describe('a closed meeting’s record', { timeout: 30_000 }, () => {
  it('shows what was agreed in it, where carried items went, and since-last-time as of its close', async () => {
    const { user } = await renderOneOnOnes({ seed: withBen });
    await startSeries(user);
    const firstId = meetingId();
    await addPoint(user, 'Carry me');
    await addPoint(user, 'Done already');
    await user.click(screen.getByRole('checkbox', { name: 'Discussed: Done already' }));
    await addAction(user, 'Book the course');
    await addAction(user, 'Send the notes');
    await user.click(screen.getByRole('checkbox', { name: 'Done: Send the notes' }));
    await closeMeetingConfirmed(user);
    await screen.findByRole('heading', { name: `One-on-one · ${day('2026-03-09')}` });
    // In the next meeting, the carried action gets done: after the first meeting closed.
    await user.click(screen.getByRole('checkbox', { name: 'Done: Book the course' }));

    await user.click(screen.getByRole('link', { name: 'History' }));
    await user.click(await screen.findByRole('link', { name: new RegExp(day('2026-03-02')) }));
    await screen.findByRole('heading', { name: `Career conversation · ${day('2026-03-02')}` });
    expect(meetingId()).toBe(firstId);

    expect(screen.queryByText('No action items for this meeting.')).not.toBeInTheDocument();
    const actions = screen.getByRole('list', { name: 'Action items of this meeting' });
    const row = (text: string) => within(actions).getByText(text).closest('li')!;
    expect(row('Send the notes')).toHaveAttribute('data-done', 'true');
    expect(
      within(row('Book the course')).getByRole('link', { name: `Carried to ${day('2026-03-09')}` }),
    ).toBeVisible();
    expect(row('Book the course')).not.toHaveTextContent('Overdue');
    const points = screen.getByRole('list', { name: 'Talking points' });
    const point = (text: string) => within(points).getByText(text).closest('li')!;
    expect(
      within(point('Carry me')).getByRole('link', { name: `Carried to ${day('2026-03-09')}` }),
    ).toBeVisible();
    expect(point('Done already')).not.toHaveTextContent('Carried to');

    const since = screen.getByRole('region', { name: 'Since last time' });
    expect(since).toHaveTextContent(
      'The first meeting of the series: everything until this meeting closed on',
    );
    expect(since).not.toHaveTextContent('This is the first meeting');
    const closed = within(since).getByRole('list', { name: 'Action items closed since last time' });
    expect(closed).toHaveTextContent('Send the notes');
    expect(closed).not.toHaveTextContent('Book the course');

    // The link goes where the item went.
    await user.click(within(row('Book the course')).getByRole('link', { name: /Carried to/ }));
    await screen.findByRole('heading', { name: `One-on-one · ${day('2026-03-09')}` });
    const nowSince = screen.getByRole('region', { name: 'Since last time' });
    expect(
      within(nowSince).getByRole('list', { name: 'Action items closed since last time' }),
    ).toHaveTextContent('Book the course');
  });
});
