import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readSnoozes } from '../../../shared/schema/snoozes';
import { updateProfile } from '../../../shared/schema/vault';
import { App } from '../../../renderer/src/app/App';
import { bootServices } from '../../../renderer/src/app/services';
import { freshBootOptions } from '../journal/renderApp';

const DAY = 86_400_000;

describe('due reminders', () => {
  it('shows a due reflection and plan review, and snoozing puts them off', async () => {
    let now = Date.UTC(2026, 2, 10, 12);
    const services = await bootServices(freshBootOptions({ now: () => now }));
    updateProfile(services.vault.doc, {
      onboarding: 'completed',
      reflectionRhythm: 'weekly',
      reminderTime: '09:00',
    });
    now -= 40 * DAY;
    await services.growth.createPlan({
      title: 'Presenting plan',
      goalId: null,
      status: 'active',
      reviewCadence: 'monthly',
    });
    await services.growth.createPlan({
      title: 'Paused plan',
      goalId: null,
      status: 'paused',
      reviewCadence: 'weekly',
    });
    now += 40 * DAY;
    window.location.hash = '';
    const user = userEvent.setup();
    render(<App services={services} />);

    // The panel's code loads after the first paint (lazily), which can take a few seconds in a busy test run.
    const due = await screen.findByRole('region', { name: 'Due now' }, { timeout: 5000 });
    expect(within(due).getByRole('link', { name: 'Time to reflect' })).toHaveAttribute(
      'href',
      '#/journal?write=1',
    );
    const review = within(due).getByRole('link', { name: 'Review your plan: \u2068Presenting plan\u2069' });
    expect(review.getAttribute('href')).toMatch(/^#\/plans\//);
    expect(within(due).queryByText(/Paused plan/)).not.toBeInTheDocument();

    await user.click(within(due).getByRole('button', { name: 'Later today: Time to reflect' }));
    await waitFor(() =>
      expect(within(due).queryByRole('link', { name: 'Time to reflect' })).not.toBeInTheDocument(),
    );
    expect(readSnoozes(services.vault.doc).reflection).toBe(now + 3 * 3_600_000);
    expect(
      within(due).getByRole('link', { name: 'Review your plan: \u2068Presenting plan\u2069' }),
    ).toBeInTheDocument();
  });

  it('shows nothing due for someone without a rhythm or plans', async () => {
    const services = await bootServices(freshBootOptions());
    updateProfile(services.vault.doc, { onboarding: 'skipped' });
    window.location.hash = '';
    render(<App services={services} />);
    await screen.findByRole('heading', { name: 'Journal' });
    expect(screen.queryByRole('region', { name: 'Due now' })).not.toBeInTheDocument();
  });
});
