import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SpaceView } from '../../../shared/sharing/sharingIpc';
import { spaceDocId } from '../../../shared/schema/meetingIds';
import { initSpace } from '../../../shared/schema/space';
import { setMember } from '../../../shared/schema/spaceMembers';
import { FakeMainEvents } from '../sharing/fakeMainEvents';
import { renderOneOnOnes, startSeries } from './renderOneOnOnes';
import { sentence } from '../i18n/sentence';

/**
 * Issue 14, point 3: every place that shows a space's state follows it live — the One-on-ones
 * list says what the People & sharing card says, without leaving the page — and while either
 * person has paused, the meeting page says so beside the agenda.
 */

const SPACE = 'spaceWithBen01';

function spaceView(patch: Partial<SpaceView>): SpaceView {
  return {
    spaceId: SPACE,
    peerName: 'Ben',
    peerFingerprint: 'ABCD-EFGH',
    myRole: 'employee',
    sharing: 'on',
    peerSharing: 'unknown',
    connected: false,
    lastSyncedAt: null,
    pendingChanges: 0,
    items: [],
    ...patch,
  };
}

/** Main's side: the spaces as listSpaces answers now, and its events. */
function installMain() {
  const main = { space: spaceView({}), events: new FakeMainEvents() };
  (window as unknown as { tandem: unknown }).tandem = {
    sharing: { listSpaces: () => Promise.resolve({ spaces: [main.space] }) },
    events: main.events.api,
    shell: { openExternal: () => Promise.resolve({ opened: false }) },
  };
  return {
    /** The space changes in main, which says so as it does (a consent change, a status change). */
    change(patch: Partial<SpaceView>, event: 'spacesChanged' | 'syncStatus') {
      main.space = { ...main.space, ...patch };
      main.events.emit(
        event,
        event === 'spacesChanged'
          ? { spaceId: SPACE }
          : {
              spaceId: SPACE,
              peerName: 'Ben',
              connected: main.space.connected,
              lastSyncedAt: null,
              pendingChanges: 0,
              reason: main.space.connected ? 'synced' : 'offline',
            },
      );
    },
  };
}

afterEach(() => {
  delete (window as unknown as { tandem?: unknown }).tandem;
});

const listedStatus = async () =>
  within(await screen.findByRole('navigation', { name: 'People you meet' })).getByRole('link', {
    name: /Ben/,
  });
const pausedNote = () =>
  screen.queryByText(sentence(/^Sharing is paused — Ben will see these changes when it resumes\./));

describe('a space’s state, live wherever it shows', { timeout: 30_000 }, () => {
  it('the One-on-ones list follows main’s events without leaving the page', async () => {
    const main = installMain();
    await renderOneOnOnes({ hash: '#/one-on-ones' });
    expect(await listedStatus()).toHaveTextContent('Waiting for Ben');

    main.change({ peerSharing: 'on', connected: true }, 'syncStatus');
    await waitFor(async () => expect(await listedStatus()).toHaveTextContent('Connected'));
    expect(await listedStatus()).not.toHaveTextContent('Waiting');

    main.change({ connected: false }, 'syncStatus');
    await waitFor(async () => expect(await listedStatus()).toHaveTextContent('Offline'));
    main.change({ sharing: 'paused' }, 'spacesChanged');
    await waitFor(async () => expect(await listedStatus()).toHaveTextContent('Sharing paused'));
  });

  it('the meeting page says beside the agenda while either person has paused, and stops saying it on resume', async () => {
    const main = installMain();
    main.change({ peerSharing: 'on', connected: true }, 'syncStatus');
    const { user } = await renderOneOnOnes({
      hash: `#/one-on-ones/${SPACE}`,
      seed: async (services) => {
        const [space, release] = services.store.open(spaceDocId(SPACE));
        await space.ready;
        initSpace(space.doc, SPACE);
        setMember(space.doc, { id: 'member-ben', name: 'Ben', role: 'manager' });
        release();
      },
    });
    await startSeries(user);
    expect(pausedNote()).not.toBeInTheDocument();

    main.change({ sharing: 'paused' }, 'spacesChanged');
    const note = await screen.findByText(
      sentence(/^Sharing is paused — Ben will see these changes when it resumes\./),
    );
    expect(note.closest('[role="status"]')).toHaveTextContent('You paused it under People & sharing.');
    // Beside the agenda: in the meeting's main column, right before the talking points.
    const main_ = note.closest('.meeting-main');
    expect(main_?.querySelector('#talking-points-heading')).not.toBeNull();
    expect(await listedStatus()).toHaveTextContent('Sharing paused');

    main.change({ sharing: 'on', peerSharing: 'paused' }, 'spacesChanged');
    await waitFor(() => expect(pausedNote()?.closest('[role="status"]')).toHaveTextContent('Ben paused it.'));
    expect(await listedStatus()).toHaveTextContent('Waiting for Ben');

    main.change({ peerSharing: 'on' }, 'spacesChanged');
    await waitFor(() => expect(pausedNote()).not.toBeInTheDocument());
    expect(await listedStatus()).toHaveTextContent('Connected');
  });
});
