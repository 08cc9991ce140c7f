import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { REFLECTION_REMINDER_ID, planReviewReminderId } from '../../../shared/cadence/reminders';
import { oneOnOneReminderId } from '../../../shared/oneOnOne/reminders';
import { updateProfile } from '../../../shared/schema/vault';
import { App } from '../../../renderer/src/app/App';
import { bootServices } from '../../../renderer/src/app/services';
import { reminderRoute } from '../../../renderer/src/features/reminders/openReminder';
import { freshBootOptions } from '../journal/renderApp';
import { FakeMainEvents } from '../sharing/fakeMainEvents';

describe('a clicked desktop reminder', () => {
  afterEach(() => {
    delete window.tandem;
  });

  it('leads to the entry to write, the plan to review and the meeting to prepare', () => {
    expect(reminderRoute(REFLECTION_REMINDER_ID)).toBe('/journal?write=1');
    expect(reminderRoute(planReviewReminderId('p1'))).toBe('/plans/p1');
    expect(reminderRoute(oneOnOneReminderId('space-9'))).toBe('/one-on-ones/space-9');
    // One from a newer Tandem: nothing to open, and nothing breaks.
    expect(reminderRoute('something-new:1')).toBeNull();
  });

  it('opens what it reminds of in the window main brought forward', async () => {
    const events = new FakeMainEvents();
    let takes = 0;
    window.tandem = {
      events: events.api,
      reminders: {
        sync: () => Promise.resolve({ ok: true }),
        snooze: () => Promise.resolve({ ok: true }),
        takeClicked: () => {
          takes += 1;
          return Promise.resolve({ reminderId: null });
        },
      },
    } as unknown as NonNullable<Window['tandem']>;
    const services = await bootServices(freshBootOptions());
    updateProfile(services.vault.doc, { onboarding: 'completed', reflectionRhythm: 'weekly' });
    const planId = await services.growth.createPlan({
      title: 'Presenting plan',
      goalId: null,
      status: 'active',
      reviewCadence: 'monthly',
    });
    window.location.hash = '#/growth';
    render(<App services={services} />);
    await screen.findByRole('heading', { name: 'Growth', level: 1 });
    // The reminders panel (which listens) loads after the first paint.
    await waitFor(() => expect(events.listenerCount('openReminder')).toBe(1));

    act(() => events.emit('openReminder', { reminderId: planReviewReminderId(planId) }));
    await screen.findByRole('heading', { name: 'Presenting plan', level: 1 }, { timeout: 5000 });
    expect(window.location.hash).toBe(`#/plans/${planId}`);
    // Told directly, the window also takes main's held copy (one on start, one per event).
    await waitFor(() => expect(takes).toBe(2));

    act(() => events.emit('openReminder', { reminderId: REFLECTION_REMINDER_ID }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('New entry');

    // A malformed event from main is ignored.
    act(() => events.emit('openReminder', { reminderId: 42 }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('opens a reminder main held while the window was starting (a click that reopened it)', async () => {
    const events = new FakeMainEvents();
    const services = await bootServices(freshBootOptions());
    updateProfile(services.vault.doc, { onboarding: 'completed', reflectionRhythm: 'weekly' });
    const planId = await services.growth.createPlan({
      title: 'Held plan',
      goalId: null,
      status: 'active',
      reviewCadence: 'monthly',
    });
    let held: string | null = planReviewReminderId(planId);
    window.tandem = {
      events: events.api,
      reminders: {
        sync: () => Promise.resolve({ ok: true }),
        snooze: () => Promise.resolve({ ok: true }),
        takeClicked: () => {
          const reminderId = held;
          held = null;
          return Promise.resolve({ reminderId });
        },
      },
    } as unknown as NonNullable<Window['tandem']>;
    // The new window starts on the journal, as every window does; no event will come.
    window.location.hash = '#/journal';
    render(<App services={services} />);
    await screen.findByRole('heading', { name: 'Held plan', level: 1 }, { timeout: 5000 });
    expect(window.location.hash).toBe(`#/plans/${planId}`);
    expect(events.listenerCount('openReminder')).toBe(1);
  });
});
