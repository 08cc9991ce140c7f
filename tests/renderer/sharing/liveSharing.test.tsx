import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { TandemApi } from '../../../shared/ipc/contract';
import type { TandemEvents } from '../../../shared/ipc/mainEventChannels';
import { defaultGoalFields } from '../../../shared/schema/goal';
import { updateProfile } from '../../../shared/schema/vault';
import { AppServicesContext } from '../../../renderer/src/services/AppServicesContext';
import { bootServices } from '../../../renderer/src/app/services';
import { PeopleSharingPage } from '../../../renderer/src/features/sharing/PeopleSharingPage';
import { ShareControl } from '../../../renderer/src/features/sharing/ShareControl';
import { SPACES_REFRESH_MS } from '../../../renderer/src/features/sharing/useSharing';
import { renderGrowth } from '../goals/renderGrowth';
import { createPlan, freshBootOptions, renderPlans } from '../plans/renderPlans';
import { FakeMainEvents } from './fakeMainEvents';
import { FakeSharingMain } from './fakeSharingMain';
import { sentence } from '../i18n/sentence';

/**
 * What main pushes reaches the sharing UI without waiting for the page's slow refresh, and the
 * Share control sits on the goal and plan pages, reaching main through window.tandem.sharing.
 */

/** window.tandem as the preload gives it, for the sharing channels and the events. */
function installWindowApi(main: FakeSharingMain, events = new FakeMainEvents()) {
  const sharing = {
    identity: () => main.identity(),
    allowUnprotectedKey: () => main.allowUnprotectedKey(),
    listSpaces: async () => ({ spaces: await main.listSpaces() }),
    proposeItem: async ({
      spaceId,
      docId,
      kind,
      title,
    }: {
      spaceId: string;
      docId: string;
      kind: string;
      title: string;
    }) => ({
      spaces: await main.proposeItem(spaceId, docId, kind, title),
    }),
    unshareItem: async ({ spaceId, docId }: { spaceId: string; docId: string }) => ({
      spaces: await main.unshareItem(spaceId, docId),
    }),
  };
  window.tandem = { sharing, events: events.api } as unknown as TandemApi & { events: TandemEvents };
  return events;
}

afterEach(() => {
  delete window.tandem;
});

describe('People & sharing, live', () => {
  it('shows a proposal as soon as main says the spaces changed, not at the next refresh', async () => {
    const main = new FakeSharingMain();
    main.addSpace('Sam', 'spaceSam0001', 'manager');
    const events = installWindowApi(main);
    const services = await bootServices({ ...freshBootOptions(), now: () => Date.UTC(2026, 2, 10, 12) });
    updateProfile(services.vault.doc, { displayName: 'Maya' });
    render(
      <AppServicesContext.Provider value={services}>
        <PeopleSharingPage client={main} />
      </AppServicesContext.Provider>,
    );
    await screen.findByRole('heading', { name: 'Sam', level: 3 });
    const mountedAt = Date.now();

    main.spaces = main.spaces.map((space) => ({
      ...space,
      peerSharing: 'on',
      connected: true,
      items: [
        { docId: 'item:plan1', kind: 'plan', title: 'Tech lead plan', offeredBy: 'peer', state: 'proposed' },
      ],
    }));
    events.emit('spacesChanged', { spaceId: 'spaceSam0001' });
    expect(
      await screen.findByRole('button', { name: 'Accept Tech lead plan' }, { timeout: 1000 }),
    ).toBeVisible();
    expect(Date.now() - mountedAt).toBeLessThan(SPACES_REFRESH_MS);

    main.spaces = main.spaces.map((space) => ({ ...space, peerSharing: 'paused' }));
    events.emit('syncStatus', {
      spaceId: 'spaceSam0001',
      peerName: 'Sam',
      connected: true,
      lastSyncedAt: null,
      pendingChanges: 0,
      reason: 'waiting-for-peer',
    });
    expect(
      await screen.findByText(sentence('Waiting for Sam to turn sharing on.'), {}, { timeout: 1000 }),
    ).toBeVisible();
  });
});

describe('stopping, as the space card says it', () => {
  it('says what the other person keeps next to the Stop sharing buttons', async () => {
    const main = new FakeSharingMain();
    main.addSpace('Sam', 'spaceSam0001', 'manager');
    main.spaces = main.spaces.map((space) => ({
      ...space,
      items: [
        { docId: 'item:plan1', kind: 'plan', title: 'Tech lead plan', offeredBy: 'peer', state: 'accepted' },
      ],
    }));
    const services = await bootServices(freshBootOptions());
    render(
      <AppServicesContext.Provider value={services}>
        <PeopleSharingPage client={main} />
      </AppServicesContext.Provider>,
    );
    const card = await screen.findByRole('article', { name: 'Sam' });
    expect(within(card).getByRole('button', { name: 'Stop sharing Tech lead plan' })).toBeVisible();
    expect(card).toHaveTextContent('Sam keeps what they already received, and so do you.');
  });
});

describe('the Share control on goals and plans', () => {
  it('offers a plan from its editor into the chosen space', async () => {
    const main = new FakeSharingMain();
    main.addSpace('Maya', 'spaceMaya0001', 'employee');
    installWindowApi(main);
    const { user } = await renderPlans();
    await createPlan(user, 'Grow into tech lead');
    const group = await screen.findByRole('group', { name: 'Sharing of Grow into tech lead' });
    expect(within(group).getByRole('status')).toHaveTextContent('With Maya: Private.');
    await user.click(within(group).getByRole('button', { name: 'Share with Maya' }));
    expect(
      await within(group).findByText(sentence('With Maya: Proposed, waiting for an answer.')),
    ).toBeVisible();
    const planId = window.location.hash.split('/').pop();
    expect(main.spaces[0]?.items).toEqual([
      {
        docId: `item:${planId}`,
        kind: 'plan',
        title: 'Grow into tech lead',
        offeredBy: 'me',
        state: 'proposed',
      },
    ]);
  });

  it('on an item received from the other person, says whose it is and offers only to stop receiving', async () => {
    const main = new FakeSharingMain();
    main.addSpace('Sam', 'spaceSam0001', 'manager');
    main.spaces = main.spaces.map((space) => ({
      ...space,
      items: [
        { docId: 'item:plan9', kind: 'plan', title: 'Tech lead plan', offeredBy: 'peer', state: 'accepted' },
      ],
    }));
    const user = userEvent.setup();
    render(<ShareControl docId="item:plan9" kind="plan" title="Tech lead plan" client={main} />);
    const group = await screen.findByRole('group', { name: 'Sharing of Tech lead plan' });
    expect(within(group).getByRole('status')).toHaveTextContent(
      'Shared with you by Sam. Your changes reach them too.',
    );
    expect(within(group).queryByRole('button', { name: /Share with/ })).toBeNull();
    expect(within(group).getByText(/you keep what you already received/)).toBeVisible();
    await user.click(within(group).getByRole('button', { name: 'Stop receiving' }));
    expect(
      await within(group).findByText(sentence('Shared with you by Sam earlier; changes no longer flow.')),
    ).toBeVisible();
    expect(main.spaces[0]?.items[0]?.state).toBe('declined');
  });

  it('offers a goal from its page', async () => {
    const main = new FakeSharingMain();
    main.addSpace('Maya', 'spaceMaya0001', 'employee');
    installWindowApi(main);
    const { user, services } = await renderGrowth('/goals');
    const goalId = await services.growth.createGoal({ ...defaultGoalFields, title: 'Lead a team' });
    window.location.hash = `#/goals/${goalId}`;
    const group = await screen.findByRole('group', { name: 'Sharing of Lead a team' });
    await user.click(within(group).getByRole('button', { name: 'Share with Maya' }));
    expect(
      await within(group).findByText(sentence('With Maya: Proposed, waiting for an answer.')),
    ).toBeVisible();
    expect(main.spaces[0]?.items[0]).toMatchObject({ docId: `item:${goalId}`, kind: 'goal' });
  });
});
