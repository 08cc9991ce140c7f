import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readTalkingPoints } from '../../../shared/schema/meeting';
import { meetingDocId, successorMeetingId } from '../../../shared/schema/meetingIds';
import { readMeetings } from '../../../shared/schema/meetingIndex';
import { spaceDocId } from '../../../shared/schema/meetingIds';
import { datesIn } from '../../../renderer/src/i18n/useDates';

import {
  addPoint,
  closeMeetingConfirmed,
  pointTexts,
  renderOneOnOnes,
  SPACE_ID,
  startSeries,
} from './renderOneOnOnes';
import { sentence } from '../i18n/sentence';

const day = (date: string) => datesIn('en').calendar(date);

describe('the one-on-one agenda', { timeout: 30_000 }, () => {
  it('starts a series and adds attributed talking points; an empty point is refused', async () => {
    const { user, services } = await renderOneOnOnes();
    expect(
      await screen.findByRole('heading', { name: 'One-on-one with your partner', level: 2 }),
    ).toBeInTheDocument();
    await startSeries(user);
    expect(
      screen.getByRole('heading', { name: `Career conversation · ${day('2026-03-02')}` }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add point' }));
    expect(screen.getByRole('alert')).toHaveTextContent('an empty one is not added');
    await user.type(screen.getByLabelText('New talking point'), '    ');
    await user.click(screen.getByRole('button', { name: 'Add point' }));
    expect(screen.getByRole('alert')).toHaveTextContent('an empty one is not added');
    expect(pointTexts()).toEqual([]);

    await user.clear(screen.getByLabelText('New talking point'));
    await addPoint(user, 'Conference budget');
    await addPoint(user, 'Promotion criteria');
    expect(pointTexts()).toEqual(['Conference budget', 'Promotion criteria']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Talking points' });
    expect(within(list).getAllByText(sentence('Added by Ana (you)'))).toHaveLength(2);

    // Stored in the meeting's own agenda document.
    const [meeting] = await services.store.peek(spaceDocId(SPACE_ID), readMeetings);
    const stored = await services.store.peek(meetingDocId(meeting?.id ?? ''), readTalkingPoints);
    expect(stored.map((p) => [p.text, p.authorName])).toEqual([
      ['Conference budget', 'Ana'],
      ['Promotion criteria', 'Ana'],
    ]);
  });

  it('reorders with the buttons, with Alt+arrow keys and by dragging, and marks points discussed', async () => {
    const { user } = await renderOneOnOnes();
    await startSeries(user);
    for (const text of ['First', 'Second', 'Third']) await addPoint(user, text);

    await user.click(screen.getByRole('button', { name: 'Move Third up' }));
    expect(pointTexts()).toEqual(['First', 'Third', 'Second']);
    expect(screen.getByText('Moved “Third” to position 2 of 3')).toBeInTheDocument();

    const first = screen.getByRole('listitem', { name: /^First, added by/ });
    first.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(pointTexts()).toEqual(['Third', 'First', 'Second']);
    await waitFor(() => expect(screen.getByRole('listitem', { name: /^First, added by/ })).toHaveFocus());

    const second = screen.getByRole('listitem', { name: /^Second, added by/ });
    const third = screen.getByRole('listitem', { name: /^Third, added by/ });
    const data = new Map<string, string>();
    const dataTransfer = {
      setData: (k: string, v: string) => data.set(k, v),
      getData: (k: string) => data.get(k) ?? '',
      effectAllowed: 'move',
    };
    fireEvent.dragStart(second, { dataTransfer });
    fireEvent.dragOver(third, { dataTransfer });
    fireEvent.drop(third, { dataTransfer });
    expect(pointTexts()).toEqual(['Second', 'Third', 'First']);

    await user.click(screen.getByRole('checkbox', { name: 'Discussed: Third' }));
    expect(screen.getByRole('listitem', { name: /^Third, added by Ana, discussed/ })).toBeInTheDocument();
  });

  it('accepts a past due date with a visible overdue mark and refuses an empty action', async () => {
    const { user } = await renderOneOnOnes();
    await startSeries(user);
    const form = screen.getByRole('form', { name: 'Add an action item' });
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Write what needs doing');

    await user.type(within(form).getByLabelText('Action'), 'Send the slides');
    fireEvent.change(within(form).getByLabelText('Due date'), { target: { value: '2026-02-20' } });
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    const items = await screen.findByRole('list', { name: 'Action items of this meeting' });
    const row = within(items).getByText('Send the slides').closest('li');
    expect(row).toHaveTextContent('Overdue');
    expect(row).toHaveTextContent(`Owner: Ana (you) · Due ${day('2026-02-20')}`);

    await user.click(within(items).getByRole('checkbox', { name: 'Done: Send the slides' }));
    expect(within(items).getByText('Send the slides').closest('li')).not.toHaveTextContent('Overdue');
  });

  it(
    'closes a meeting: open points and undone actions move to the next meeting, marked with their origin',
    { timeout: 30_000 },
    async () => {
      const { user, services } = await renderOneOnOnes();
      await startSeries(user);
      await addPoint(user, 'Carry me');
      await addPoint(user, 'Done already');
      await user.click(screen.getByRole('checkbox', { name: 'Discussed: Done already' }));
      const form = screen.getByRole('form', { name: 'Add an action item' });
      await user.type(within(form).getByLabelText('Action'), 'Book the course');
      await user.click(within(form).getByRole('button', { name: 'Add action' }));

      await closeMeetingConfirmed(user);
      expect(
        await screen.findByText(
          'Meeting closed. 1 talking point and 1 action item moved to the next meeting.',
        ),
      ).toBeInTheDocument();
      await screen.findByRole('heading', { name: `One-on-one · ${day('2026-03-09')}` });
      expect(pointTexts()).toEqual(['Carry me']);
      const list = screen.getByRole('list', { name: 'Talking points' });
      expect(within(list).getByText(`Carried from ${day('2026-03-02')}`)).toBeInTheDocument();
      const actions = screen.getByRole('list', { name: 'Action items of this meeting' });
      expect(within(actions).getByText('Book the course').closest('li')).toHaveTextContent(
        `Carried from ${day('2026-03-02')}`,
      );

      // History lists the closed meeting and finds it by what was discussed.
      await user.click(screen.getByRole('link', { name: 'History' }));
      await user.type(screen.getByRole('searchbox', { name: 'Search past meetings' }), 'already');
      const history = screen.getByRole('list', { name: 'Past meetings' });
      await waitFor(() => expect(within(history).getAllByRole('link')).toHaveLength(1));
      await user.click(within(history).getByRole('link', { name: new RegExp(day('2026-03-02')) }));
      await screen.findByText(/Closed/);
      expect(screen.queryByRole('button', { name: 'Close meeting' })).not.toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: 'Discussed: Carry me' })).toBeDisabled();

      const [first] = await services.store.peek(spaceDocId(SPACE_ID), readMeetings);
      const next = await services.store.peek(
        meetingDocId(successorMeetingId(first?.id ?? '')),
        readTalkingPoints,
      );
      expect(next.map((p) => p.text)).toEqual(['Carry me']);
    },
  );

  it('lists action items across meetings with open, overdue, mine and theirs filters', async () => {
    const { user } = await renderOneOnOnes();
    await startSeries(user);
    const form = screen.getByRole('form', { name: 'Add an action item' });
    const add = async (text: string, due: string) => {
      await user.type(within(form).getByLabelText('Action'), text);
      fireEvent.change(within(form).getByLabelText('Due date'), { target: { value: due } });
      await user.click(within(form).getByRole('button', { name: 'Add action' }));
    };
    await add('Late thing', '2026-02-01');
    await add('Later thing', '2026-04-01');
    await user.click(screen.getByRole('link', { name: 'Action items' }));
    const shown = () =>
      [...document.querySelectorAll('.action-items .action-item-text')].map((el) => el.textContent);
    expect(shown()).toEqual(['Late thing', 'Later thing']);
    await user.click(screen.getByRole('button', { name: 'Overdue' }));
    expect(shown()).toEqual(['Late thing']);
    await user.click(screen.getByRole('button', { name: 'Mine' }));
    expect(shown()).toEqual(['Late thing', 'Later thing']);
    await user.click(screen.getByRole('button', { name: 'Theirs' }));
    expect(screen.getByText('No theirs action items.')).toBeInTheDocument();
  });
});

describe('series settings', { timeout: 30_000 }, () => {
  it('moves the open meeting when the next date changes, and refuses a reminder before zero minutes', async () => {
    const { user } = await renderOneOnOnes();
    await startSeries(user);
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const form = await screen.findByRole('form', { name: 'Series settings' });
    fireEvent.change(within(form).getByLabelText('Next meeting'), { target: { value: '2026-03-05' } });
    await user.selectOptions(within(form).getByLabelText('How often'), 'biweekly');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Saved');
    expect(screen.getByText(/Every two weeks at 10:00/)).toHaveTextContent(`next ${day('2026-03-05')}`);

    const minutes = within(form).getByLabelText(/Remind me/);
    await user.clear(minutes);
    await user.type(minutes, '-5');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Use 0 to turn the reminder off');

    await user.click(screen.getByRole('link', { name: 'Meeting' }));
    await screen.findByRole('heading', { name: `Career conversation · ${day('2026-03-05')}` });
  });
});
