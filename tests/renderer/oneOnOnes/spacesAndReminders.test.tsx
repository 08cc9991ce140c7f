import { render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppServicesContext } from '../../../renderer/src/services/AppServicesContext';
import { bootServices } from '../../../renderer/src/app/services';
import { RemindersPanel } from '../../../renderer/src/features/reminders/RemindersPanel';
import type { ReminderSyncArgs } from '../../../shared/cadence/reminderSchemas';
import { startSeries } from '../../../shared/oneOnOne/series';
import { spaceDocId } from '../../../shared/schema/meetingIds';
import { updateSeriesSettings } from '../../../shared/schema/seriesSettings';
import {
  closeMeetingConfirmed,
  freshBootOptions,
  renderOneOnOnes,
  startSeries as startSeriesInPage,
  ticking,
} from './renderOneOnOnes';

/**
 * `window.tandem` as the preload exposes it, reduced to the channels these views call: the
 * spaces the sharing layer lists, and the reminders handed to main.
 */
function installBridge(spaces: unknown) {
  const synced: ReminderSyncArgs[] = [];
  (window as unknown as { tandem: unknown }).tandem = {
    sharing: { listSpaces: () => Promise.resolve(spaces) },
    reminders: {
      sync: (args: ReminderSyncArgs) => {
        synced.push(args);
        return Promise.resolve({ scheduled: args.reminders.length, nextCheckAt: null });
      },
    },
    shell: { openExternal: () => Promise.resolve({ opened: false }) },
  };
  return synced;
}

const SPACE = 'spaceWithBen01';
const listed = {
  spaces: [
    {
      spaceId: SPACE,
      peerName: 'Ben',
      peerFingerprint: 'ab12',
      myRole: 'employee',
      sharing: 'on',
      peerSharing: 'paused',
      connected: false,
      lastSyncedAt: null,
      pendingChanges: 0,
      items: [],
    },
    { spaceId: 'not valid!', peerName: 'Bad' },
  ],
};

afterEach(() => {
  delete (window as unknown as { tandem?: unknown }).tandem;
});

describe('spaces from the sharing layer', { timeout: 30_000 }, () => {
  it('lists each space as a series, with why sharing is waiting', async () => {
    installBridge(listed);
    await renderOneOnOnes({ hash: '#/one-on-ones' });
    const nav = await screen.findByRole('navigation', { name: 'People you meet' });
    const link = within(nav).getByRole('link', { name: /Ben/ });
    expect(link).toHaveTextContent('Waiting for Ben');
    expect(within(nav).getAllByRole('link')).toHaveLength(1);
  });

  it('says where series come from when the sharing layer lists none', async () => {
    installBridge({ spaces: [] });
    await renderOneOnOnes({ hash: '#/one-on-ones' });
    expect(await screen.findByRole('link', { name: 'Go to People & sharing' })).toHaveAttribute(
      'href',
      '#/sharing',
    );
  });
});

describe('the reminder before a one-on-one', { timeout: 30_000 }, () => {
  it('is handed to main with the other reminders, a set time before the next meeting', async () => {
    const synced = installBridge(listed);
    const services = await bootServices(freshBootOptions({ now: ticking() }));
    const [space, release] = services.store.open(spaceDocId(SPACE));
    await space.ready;
    updateSeriesSettings(space.doc, { time: '14:30', reminderMinutes: 45 });
    startSeries(space.doc, SPACE, '2026-03-04', services.now());
    release();
    render(
      <AppServicesContext.Provider value={services}>
        {/* The panel opens what a clicked desktop reminder is about, so it lives inside the router. */}
        <MemoryRouter>
          <RemindersPanel />
        </MemoryRouter>
      </AppServicesContext.Provider>,
    );
    await waitFor(
      () => expect(synced.at(-1)?.reminders.some((r) => r.id === `one-on-one:${SPACE}`)).toBe(true),
      {
        timeout: 5000,
      },
    );
    const reminder = synced.at(-1)?.reminders.find((r) => r.id === `one-on-one:${SPACE}`);
    expect(reminder).toMatchObject({ atTime: true, rhythm: 'weekly' });
    expect(reminder?.title).toBe('Your career conversation with Ben is at 14:30');
    expect(reminder?.dueAt).toBe(new Date(2026, 2, 4, 13, 45).getTime());
  });
});

describe('an address that names no series', { timeout: 30_000 }, () => {
  it('says so instead of opening a document', async () => {
    await renderOneOnOnes({ hash: '#/one-on-ones/not%20a%20space' });
    expect(await screen.findByText('There is no one-on-one series at this address.')).toBeInTheDocument();
  });
});

describe('newly shared since last time', { timeout: 30_000 }, () => {
  it('lists accepted items the previous meeting had not seen', async () => {
    installBridge({
      spaces: [
        {
          ...listed.spaces[0],
          items: [
            {
              docId: 'item:plan1',
              kind: 'plan',
              title: 'Lead a project',
              offeredBy: 'me',
              state: 'accepted',
            },
            {
              docId: 'item:goal9',
              kind: 'goal',
              title: 'Still proposed',
              offeredBy: 'peer',
              state: 'proposed',
            },
          ],
        },
      ],
    });
    const { user } = await renderOneOnOnes({ hash: `#/one-on-ones/${SPACE}` });
    await startSeriesInPage(user);
    const panel = () => screen.getByRole('region', { name: 'Since last time' });
    expect(within(panel()).getByRole('list', { name: 'Newly shared items' })).toHaveTextContent(
      'Lead a project',
    );
    expect(within(panel()).queryByText(/Still proposed/)).not.toBeInTheDocument();
    await closeMeetingConfirmed(user);
    await waitFor(() => expect(within(panel()).getByText(/^Since the meeting on/)).toBeInTheDocument());
    expect(within(panel()).getByText('Nothing new shared.')).toBeInTheDocument();
  });
});
