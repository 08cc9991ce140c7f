import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FeedbackFields } from '../../../shared/schema/feedback';
import { defaultGoalFields } from '../../../shared/schema/goal';
import { readFeedbackSummaries } from '../../../shared/schema/growthIndex';
import { MARCH_3, freshBootOptions, goTo, renderGrowth } from '../goals/renderGrowth';
import { isolate } from '../../../shared/i18n/locales';

const noteList = () => screen.getByRole('navigation', { name: 'Feedback notes' });
const form = (name: string) => screen.getByRole('form', { name });

const note = (overrides: Partial<FeedbackFields>): FeedbackFields => ({
  from: 'Priya',
  givenOn: '2026-02-01',
  behaviour: 'You summarised the options before the decision',
  impact: 'We decided in ten minutes',
  nextStep: 'Do the same in the quarterly review',
  goalId: null,
  competencyId: null,
  ...overrides,
});

describe('feedback notes', () => {
  it('writes a note as behaviour, impact and next step, privately, linked to a goal', async () => {
    const { user, services } = await renderGrowth('/feedback', freshBootOptions({ now: () => MARCH_3 }));
    const goalId = await services.growth.createGoal({ ...defaultGoalFields, title: 'Lead meetings well' });
    expect(screen.getByText('No feedback notes yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /New note/ }));
    const add = form('New feedback note');
    expect(within(add).getByText('Private — only on this computer.')).toBeInTheDocument();
    // Behaviour → Impact → Suggested next step, in that order, before who and when.
    const labels = within(add)
      .getAllByRole<HTMLInputElement | HTMLTextAreaElement>('textbox')
      .map((box) => box.labels?.[0]?.textContent);
    expect(labels).toEqual(['Behaviour', 'Impact', 'Suggested next step', 'From whom', 'Date given']);
    expect(within(add).getByLabelText('Date given')).toHaveValue('2026-03-03');

    await user.type(within(add).getByLabelText('Behaviour'), 'You paused to ask quieter people first');
    await user.type(within(add).getByLabelText('Impact'), 'We heard two new risks');
    await user.type(within(add).getByLabelText('Suggested next step'), 'Keep doing it in planning');
    await user.type(within(add).getByLabelText('From whom'), 'Alex');
    await user.clear(within(add).getByLabelText('Date given'));
    await user.type(within(add).getByLabelText('Date given'), '2026-02-27');
    await user.selectOptions(within(add).getByLabelText('Linked goal'), 'Lead meetings well');
    await user.click(within(add).getByRole('button', { name: 'Save note' }));

    const saved = await screen.findByRole('article', { name: 'Feedback from Alex' });
    expect(saved).toHaveTextContent('Given 27 Feb 2026');
    expect(saved).toHaveTextContent('Private — only on this computer');
    expect(saved).toHaveTextContent('BehaviourYou paused to ask quieter people first');
    expect(saved).toHaveTextContent('ImpactWe heard two new risks');
    expect(saved).toHaveTextContent('Suggested next stepKeep doing it in planning');
    expect(within(saved).getByRole('link', { name: 'Lead meetings well' })).toHaveAttribute(
      'href',
      `#/goals/${goalId}`,
    );
    expect(within(noteList()).getByRole('link', { name: /From Alex/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('rejects missing parts and impossible dates with specific messages, and writes nothing', async () => {
    const { user, services } = await renderGrowth('/feedback');
    await user.click(screen.getByRole('button', { name: /New note/ }));
    const add = form('New feedback note');
    const date = within(add).getByLabelText('Date given');
    await user.clear(date);
    await user.type(date, '2026-02-31');
    await user.click(within(add).getByRole('button', { name: 'Save note' }));

    expect(within(add).getByLabelText('Behaviour')).toHaveFocus();
    const described = (label: string) => within(add).getByLabelText(label);
    expect(described('Behaviour')).toHaveAccessibleDescription(
      /^Describe the behaviour — what was done or said/,
    );
    expect(described('Impact')).toHaveAccessibleDescription(/^Describe the impact — what it led to/);
    expect(described('Suggested next step')).toHaveAccessibleDescription(/^Describe the next step/);
    expect(described('From whom')).toHaveAccessibleDescription(/^Who gave this feedback\?/);
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/^There is no 2026-02-31 on the calendar\./);

    await user.clear(date);
    await user.type(date, '31/03/2026');
    await user.click(within(add).getByRole('button', { name: 'Save note' }));
    expect(date).toHaveAccessibleDescription(/^Write the date as year-month-day, like 2026-03-31\./);
    expect(readFeedbackSummaries(services.vault.doc)).toEqual([]);

    await user.click(within(add).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('No feedback notes yet.')).toBeInTheDocument();
  });

  it('lists notes newest first with who, when and the start of the behaviour', async () => {
    const { services } = await renderGrowth('/feedback');
    await services.growth.createFeedback(note({ from: 'Old', givenOn: '2025-11-30' }));
    await services.growth.createFeedback(
      note({ from: 'Newest', givenOn: '2026-03-01', behaviour: `Long story ${'word '.repeat(40)}` }),
    );
    await services.growth.createFeedback(note({ from: 'Middle', givenOn: '2026-01-15' }));
    const links = await within(noteList()).findAllByRole('link');
    expect(links.map((l) => l.querySelector('.growth-list-title')?.textContent)).toEqual([
      'From Newest',
      'From Middle',
      'From Old',
    ]);
    expect(links[0]).toHaveTextContent('1 Mar 2026');
    expect(links[0]?.textContent).toMatch(/Long story (word ){10,}.*…$/);
    expect(links[2]).toHaveTextContent('30 Nov 2025');
  });

  it('edits a note, and Cancel keeps what was there', async () => {
    const { user, services } = await renderGrowth('/feedback');
    const id = await services.growth.createFeedback(note({}));
    await goTo(`/feedback/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.clear(within(form('Edit feedback')).getByLabelText('Impact'));
    await user.type(within(form('Edit feedback')).getByLabelText('Impact'), 'Never saved');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('article', { name: 'Feedback from Priya' })).toHaveTextContent(
      'We decided in ten minutes',
    );

    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const edit = form('Edit feedback');
    await user.clear(within(edit).getByLabelText('Impact'));
    await user.click(within(edit).getByRole('button', { name: 'Save' }));
    expect(within(edit).getByLabelText('Impact')).toHaveAccessibleDescription(/^Describe the impact/);
    await user.type(within(edit).getByLabelText('Impact'), 'The launch was a week early');
    await user.click(within(edit).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('article', { name: 'Feedback from Priya' })).toHaveTextContent(
      'ImpactThe launch was a week early',
    );
  });

  it('deletes a note with Undo, and keeps notes after a restart', async () => {
    const options = freshBootOptions();
    const first = await renderGrowth('/feedback', options);
    const id = await first.services.growth.createFeedback(note({ from: 'Jo' }));
    await goTo(`/feedback/${id}`);
    await first.user.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(screen.getByText('No feedback notes yet.')).toBeInTheDocument();
    expect(screen.getByText(`Deleted feedback from ${isolate('Jo')}`)).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'Feedback from Jo' })).toBeInTheDocument();
    await first.close();

    await renderGrowth(`/feedback/${id}`, options);
    expect(await screen.findByRole('article', { name: 'Feedback from Jo' })).toHaveTextContent(
      'Given 1 Feb 2026',
    );
  });
});
