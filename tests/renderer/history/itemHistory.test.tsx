import { act, screen, waitFor, within } from '@testing-library/react';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { TandemApi } from '../../../shared/ipc/contract';
import type { TandemEvents } from '../../../shared/ipc/mainEventChannels';
import { defaultGoalFields, readGoal, updateGoal } from '../../../shared/schema/goal';
import { FakeMainEvents } from '../sharing/fakeMainEvents';
import { FakeSharingMain } from '../sharing/fakeSharingMain';
import { goTo, renderGrowth } from '../goals/renderGrowth';

/**
 * Issue 17, point 6 in the window: a goal's history lists who changed what and when (this person,
 * the other person where it is shared), shows an earlier version, and restores it as a new edit;
 * all by keyboard. A private goal has the same history, locally.
 */

afterEach(() => {
  delete window.tandem;
});

function installWindowApi(main: FakeSharingMain) {
  const events = new FakeMainEvents();
  const sharing = {
    identity: () => main.identity(),
    listSpaces: async () => ({ spaces: await main.listSpaces() }),
  };
  window.tandem = { sharing, events: events.api } as unknown as TandemApi & { events: TandemEvents };
}

describe('a goal’s history', () => {
  it('says who changed what, shows an earlier version and restores it as a new edit', async () => {
    const main = new FakeSharingMain();
    main.addSpace('Sam Lee', 'spaceSam0001', 'employee');
    installWindowApi(main);
    const { user, services } = await renderGrowth('/goals');
    const goalId = await services.growth.createGoal({ ...defaultGoalFields, title: 'Lead the migration' });
    main.spaces = main.spaces.map((space) => ({
      ...space,
      peerSharing: 'on' as const,
      items: [{ docId: `item:${goalId}`, kind: 'goal', title: 'Lead', offeredBy: 'me', state: 'accepted' }],
    }));
    await goTo(`/goals/${goalId}`);
    const toggle = await screen.findByRole('button', { name: 'History (1 version)' });

    // This person renames it (through the page's own document), then leaves the page: a version.
    const [goal, release] = services.growth.open(goalId);
    await goal.ready;
    act(() => updateGoal(goal.doc, { ...readGoal(goal.doc)!, title: 'Lead two migrations' }, Date.now()));
    await goTo('/goals');
    await goTo(`/goals/${goalId}`);
    await screen.findByRole('button', { name: 'History (2 versions)' });

    // Sam's change arrives (another installation's client): a version of its own, by Sam.
    const sams = new Y.Doc();
    Y.applyUpdate(sams, Y.encodeStateAsUpdate(goal.doc));
    updateGoal(sams, { ...readGoal(sams)!, status: 'achieved' }, Date.now());
    act(() => Y.applyUpdate(goal.doc, Y.encodeStateAsUpdate(sams, Y.encodeStateVector(goal.doc))));
    const history = await screen.findByRole('button', { name: 'History (3 versions)' }, { timeout: 6000 });
    expect(toggle).not.toBeInTheDocument();

    history.focus();
    await user.keyboard('{Enter}');
    const list = screen.getByRole('list', { name: 'Versions, newest first' });
    const rows = within(list).getAllByRole('button');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/Sam Lee — changed status/) as unknown,
      expect.stringMatching(/You — changed title/) as unknown,
      expect.stringMatching(/You — the first version kept here/) as unknown,
    ]);

    // The first version, read as it was; Escape goes back to the list.
    rows[2]!.focus();
    await user.keyboard('{Enter}');
    const version = screen.getByRole('region', { name: /^As it was on / });
    expect(within(version).getByRole('heading')).toHaveFocus();
    expect(version).toHaveTextContent('Lead the migration');
    expect(version).not.toHaveTextContent('Lead two migrations');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('list', { name: 'Versions, newest first' })).toBeVisible();

    await user.click(
      within(screen.getByRole('list', { name: 'Versions, newest first' })).getAllByRole('button')[2]!,
    );
    await user.click(screen.getByRole('button', { name: 'Restore as a new edit' }));
    await waitFor(() => expect(readGoal(goal.doc)?.title).toBe('Lead the migration'));
    expect(readGoal(goal.doc)?.status).toBe(defaultGoalFields.status);
    expect(
      await screen.findByText(/is back, as a new edit\. The versions in between stay in the history\./),
    ).toBeVisible();
    expect(await screen.findByRole('heading', { level: 2, name: 'Lead the migration' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'History (4 versions)' }));
    await user.click(screen.getByRole('button', { name: 'History (4 versions)' }));
    expect(
      within(screen.getByRole('list', { name: 'Versions, newest first' })).getAllByRole('button')[0],
    ).toHaveTextContent('You restored version 1');
    release();
  });

  it('is kept for a private goal too, and the newest version cannot be “restored”', async () => {
    const { user, services } = await renderGrowth('/goals');
    const goalId = await services.growth.createGoal({ ...defaultGoalFields, title: 'Private goal' });
    await goTo(`/goals/${goalId}`);
    await user.click(await screen.findByRole('button', { name: 'History (1 version)' }));
    await user.click(
      within(screen.getByRole('list', { name: 'Versions, newest first' })).getByRole('button'),
    );
    expect(screen.getByText('This is how it stands now.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Restore as a new edit' })).toBeNull();
  });
});
