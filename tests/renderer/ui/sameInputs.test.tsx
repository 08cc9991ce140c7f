import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { readSeriesSettings } from '../../../shared/schema/seriesSettings';
import { readProfile } from '../../../shared/schema/vault';
import { CompetencyForm, emptyCompetency } from '../../../renderer/src/features/competencies/CompetencyForm';
import { GoalList } from '../../../renderer/src/features/goals/GoalList';
import { FirstRun } from '../../../renderer/src/features/onboarding/FirstRun';
import { SeriesSettingsForm } from '../../../renderer/src/features/oneOnOnes/SeriesSettingsForm';
import { MilestoneForm } from '../../../renderer/src/features/plans/MilestoneForm';
import { SkillGapForm } from '../../../renderer/src/features/plans/SkillGapForm';

// The same kind of input looks and behaves the same everywhere (issue 16): each kind is driven the
// same way in two different forms of the app and must answer the same way in both.

const user = () => userEvent.setup();
const noop = () => undefined;

/** Each place a 1–5 level is picked, rendered on its own: the group names to look for in it. */
const levelPlaces: { name: string; render: () => ReactNode; group: string }[] = [
  {
    name: 'a competency',
    render: () => (
      <CompetencyForm
        heading="New competency"
        initial={emptyCompetency}
        submitLabel="Add competency"
        onSave={noop}
        onCancel={noop}
      />
    ),
    group: 'Current level',
  },
  {
    name: "a plan's skill gap",
    render: () => <SkillGapForm gap={null} competencies={[]} onSave={noop} onCancel={noop} />,
    group: 'Current level',
  },
];

describe('levels 1–5', () => {
  it.each(levelPlaces)('in $name: five named levels in one group; arrows step and wrap', async (place) => {
    const u = user();
    render(place.render());
    const group = screen.getByRole('radiogroup', { name: place.group });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(5);
    // One native group (one name): a single Tab stop, the chosen level.
    expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
    expect(within(group).getByRole('radio', { name: '3 Practising' })).not.toBeChecked();

    await u.click(within(group).getByRole('radio', { name: '2 Learning' }));
    expect(within(group).getByRole('radio', { name: '2 Learning' })).toBeChecked();
    await u.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: '3 Practising' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: '3 Practising' })).toHaveFocus();
    await u.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    // Past 5 Expert it wraps round to 1 Aware, as a radio group does.
    expect(within(group).getByRole('radio', { name: '1 Aware' })).toBeChecked();
    await u.keyboard('{ArrowLeft}');
    expect(within(group).getByRole('radio', { name: '5 Expert' })).toBeChecked();
    await u.keyboard('{ArrowUp}');
    expect(within(group).getByRole('radio', { name: '4 Skilled' })).toBeChecked();
    expect(
      within(group)
        .getAllByRole('radio')
        .filter((r) => (r as HTMLInputElement).checked),
    ).toHaveLength(1);
  });

  it('says a missing level beside its group in both places', async () => {
    const u = user();
    const { unmount } = render(levelPlaces[0]!.render());
    await u.click(screen.getByRole('button', { name: 'Add competency' }));
    expect(screen.getByRole('radiogroup', { name: 'Current level' })).toHaveAccessibleDescription(
      'Choose a level from 1 to 5',
    );
    unmount();
    render(levelPlaces[1]!.render());
    await u.type(screen.getByLabelText('Skill name'), 'Negotiation');
    await u.click(screen.getByRole('button', { name: 'Save' }));
    const current = screen.getByRole('radiogroup', { name: 'Current level' });
    expect(current).toHaveAccessibleDescription(/level/i);
    expect(current).toHaveAttribute('aria-invalid', 'true');
  });
});

/** Each place a calendar date is typed: how to show it and how to save it. */
const datePlaces = [
  {
    name: "a milestone's due date",
    field: 'Due date',
    setUp: () => {
      const onSave = vi.fn();
      render(<MilestoneForm milestone={null} now={() => 0} onSave={onSave} onCancel={noop} />);
      return { save: { button: /^Save$/ }, saved: () => onSave.mock.calls.length > 0 };
    },
  },
  {
    name: "a one-on-one series' next date",
    field: 'Next meeting',
    setUp: () => {
      const space = new Y.Doc();
      render(<SeriesSettingsForm space={space} />);
      return { save: { button: /^Save$/ }, saved: () => readSeriesSettings(space).nextDate !== null };
    },
  },
];

describe('calendar dates', () => {
  it.each(datePlaces)('in $name: typed as YYYY-MM-DD, tidied on leaving', async (place) => {
    const u = user();
    place.setUp();
    const field = screen.getByRole('textbox', { name: place.field });
    expect(field).toHaveAttribute('placeholder', 'YYYY-MM-DD');
    // Its calendar button comes right after it, and finding the field by its label finds one control.
    expect(field.nextElementSibling).toHaveAccessibleName('Choose the date from a calendar');
    expect(screen.getAllByLabelText(new RegExp(place.field))).toEqual([field]);
    await u.type(field, '2026-3-9');
    await u.tab();
    expect(field).toHaveValue('2026-03-09');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it.each(datePlaces)('in $name: a day that does not exist is refused beside its field', async (place) => {
    const u = user();
    const { save, saved } = place.setUp();
    const field = screen.getByRole('textbox', { name: place.field });
    await u.type(field, '2026-02-30');
    await u.tab();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/There is no 2026-02-30 on the calendar\./);
    // Beside the field: the message sits in the field's own box, not at the foot of the form.
    const message = screen.getByText('There is no 2026-02-30 on the calendar.');
    expect(message.parentElement).toBe(field.closest('.form-field, .plan-field'));

    await u.click(screen.getByRole('button', { name: save.button }));
    expect(saved()).toBe(false);
    expect(field).toHaveValue('2026-02-30');

    await u.clear(field);
    await u.type(field, 'next friday');
    await u.tab();
    expect(field).toHaveAccessibleDescription(/Write the date as year-month-day, like 2026-03-31\./);
    await u.clear(field);
    expect(field).not.toHaveAttribute('aria-invalid');
  });
});

describe('radio groups', () => {
  const places = [
    {
      name: 'the first run’s rhythm',
      setUp: () => {
        const vault = new Y.Doc();
        render(<FirstRun vault={vault} />);
        return {
          group: 'How often would you like to reflect?',
          chosen: 'Weekly',
          next: 'Every two weeks',
        };
      },
    },
    {
      name: 'the goals’ status filter',
      setUp: () => {
        let filter = 'all';
        const view = () => (
          <MemoryRouter>
            <GoalList
              goals={[]}
              filter={filter as 'all'}
              onFilterChange={(f) => {
                filter = f;
                rerender(view());
              }}
              selectedId={null}
            />
          </MemoryRouter>
        );
        const { rerender } = render(view());
        return { group: 'Show goals', chosen: 'All (0)', next: 'Active (0)' };
      },
    },
  ];

  it.each(places)('in $name: a fieldset named by its legend; arrows move the choice', async (place) => {
    const u = user();
    const { group: name, chosen, next } = place.setUp();
    const group = screen.getByRole('radiogroup', { name: new RegExp(name) });
    expect(group.tagName).toBe('FIELDSET');
    expect(group.querySelector('legend')).toHaveTextContent(name);
    const named = (label: string) =>
      within(group).getByRole('radio', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) });
    const first = named(chosen);
    expect(first).toBeChecked();
    first.focus();
    await u.keyboard('{ArrowDown}');
    const second = named(next);
    expect(second).toBeChecked();
    expect(second).toHaveFocus();
    await u.keyboard('{ArrowUp}');
    expect(
      within(group).getByRole('radio', { name: new RegExp(`^${chosen.replace(/[()]/g, '\\$&')}`) }),
    ).toBeChecked();
  });

  it('keeps the choice made by keyboard in what the first run saves', async () => {
    const u = user();
    const vault = new Y.Doc();
    render(<FirstRun vault={vault} />);
    within(screen.getByRole('radiogroup', { name: /How often/ }))
      .getByRole('radio', { name: /^Weekly/ })
      .focus();
    await u.keyboard('{ArrowDown}');
    await u.click(screen.getByRole('button', { name: 'Start journaling' }));
    expect(readProfile(vault).reflectionRhythm).toBe('biweekly');
  });
});
