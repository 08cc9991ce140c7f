import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { at, bootOverview, createGoal, createPlan, renderOverviewIn, testClock } from './renderOverview';

/** Wednesday 25 November 2026 at noon: the chart runs December 2025 – November 2026. */
const TODAY = '2026-11-25';

const list = (name: string | RegExp) => screen.getByRole('list', { name });

async function seed(clock: ReturnType<typeof testClock>) {
  const { services } = await bootOverview(clock);
  const goalId = await createGoal(services, 'Lead the platform team', 'achieved');
  await createPlan(services, clock, {
    title: 'Platform lead plan',
    goalId,
    milestones: [
      { id: 'm1', title: 'Write the design doc', dueDate: '2026-11-20' },
      { id: 'm2', title: 'Present at the guild', dueDate: '2026-11-27', owner: { kind: 'manager' } },
      { id: 'm3', title: 'Shadow the lead', dueDate: '2026-11-01', doneAt: at('2026-11-10') },
      { id: 'm4', title: 'Run a retro', dueDate: '2026-11-02', doneAt: at('2026-11-12') },
    ],
  });
  return services;
}

afterEach(() => {
  delete document.documentElement.dataset.overviewState;
});

describe('Growth overview in the chosen language', () => {
  it('speaks German: headings, plurals, due words, owner role and dates', async () => {
    const services = await seed(testClock(at(TODAY)));
    await renderOverviewIn(services, 'de');

    expect(screen.getByRole('heading', { level: 1, name: 'Entwicklung' })).toBeInTheDocument();
    expect(screen.getByText('Mittwoch, 25. November')).toBeInTheDocument();
    const overdue = within(list('Überfällige Meilensteine')).getByRole('listitem');
    expect(overdue).toHaveTextContent('5 Tage überfällig');
    const soon = within(list('Meilensteine, fällig in den nächsten 30 Tagen')).getByRole('listitem');
    expect(soon).toHaveTextContent('Fällig in 2 Tagen');
    expect(soon).toHaveTextContent('Verantwortlich: Meine Führungskraft');
    expect(soon).toHaveTextContent('Fr., 27. Nov.');
    const plan = within(list('Aktive Pläne')).getByRole('listitem');
    expect(plan).toHaveTextContent('2 von 4 Meilensteinen erledigt');
    expect(plan).toHaveTextContent('50 %');
    expect(
      screen.getByText(/2 Meilensteine erledigt und 1 Ziel erreicht in den letzten 30 Tagen\./),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /Erledigte Meilensteine pro Monat\. Von Dezember 2025 bis November 2026 2 Meilensteine erledigt/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Als Tabelle zeigen' })).toBeInTheDocument();
    // No English left on the page (the seeded titles are the user's own words).
    const text = document.body.textContent;
    for (const english of [
      'Due',
      'overdue',
      'Owner',
      'Recent wins',
      'Coming up',
      'Untitled',
      'milestones done',
    ]) {
      expect(text).not.toContain(english);
    }
  });

  it('speaks Arabic with its dual forms and keeps a Latin plan title isolated', async () => {
    const services = await seed(testClock(at(TODAY)));
    await renderOverviewIn(services, 'ar');

    expect(screen.getByRole('heading', { level: 1, name: 'النمو' })).toBeInTheDocument();
    const soon = within(list(/مراحل مستحقة خلال/)).getByRole('listitem');
    expect(soon).toHaveTextContent('مستحقة بعد يومين');
    const plan = soon.querySelector('bdi');
    expect(plan).toHaveTextContent('Platform lead plan');
    expect(screen.getByText(/أُنجزت مرحلتان وتحقق هدف واحد/)).toBeInTheDocument();
  });
});
