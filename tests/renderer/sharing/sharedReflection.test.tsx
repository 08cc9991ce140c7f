import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { TandemApi } from '../../../shared/ipc/contract';
import type { TandemEvents } from '../../../shared/ipc/mainEventChannels';
import { ShareControl } from '../../../renderer/src/features/sharing/ShareControl';
import { createFromTemplate, renderJournal } from '../journal/renderApp';
import { FakeMainEvents } from './fakeMainEvents';
import { FakeSharingMain } from './fakeSharingMain';
import { sentence } from '../i18n/sentence';

/**
 * Issue 17, point 1 in the window: offering a reflection shows the whole text that would leave
 * and that the other person keeps it, and offers only on confirmation; a reflection received
 * from the other person is marked with its writer in the journal and shown read-only.
 */

function installWindowApi(main: FakeSharingMain, events = new FakeMainEvents()) {
  const sharing = {
    identity: () => main.identity(),
    listSpaces: async () => ({ spaces: await main.listSpaces() }),
    proposeItem: async (args: { spaceId: string; docId: string; kind: string; title: string }) => ({
      spaces: await main.proposeItem(args.spaceId, args.docId, args.kind, args.title),
    }),
    unshareItem: async (args: { spaceId: string; docId: string }) => ({
      spaces: await main.unshareItem(args.spaceId, args.docId),
    }),
  };
  const reminders = { sync: () => Promise.resolve({ scheduled: 0, nextCheckAt: null }) };
  window.tandem = { sharing, reminders, events: events.api } as unknown as TandemApi & {
    events: TandemEvents;
  };
  return events;
}

afterEach(() => {
  delete window.tandem;
});

const preview = {
  title: 'What I learned from the outage',
  body: 'I asked for help too late.\nNext time: ask at once.',
  tags: ['incident', 'growth'],
  linkCount: 1,
};

describe('offering a reflection', () => {
  it('shows the whole text that would leave and that they keep it, and offers only on confirmation', async () => {
    const main = new FakeSharingMain();
    main.addSpace('Priya Nair', 'spacePriya0001');
    const user = userEvent.setup();
    render(
      <ShareControl
        docId="item:refl1"
        kind="reflection"
        title={preview.title}
        client={main}
        offerPreview={() => preview}
      />,
    );
    const group = await screen.findByRole('group', { name: `Sharing of ${preview.title}` });
    await user.click(within(group).getByRole('button', { name: 'Share with Priya Nair' }));

    const offer = within(group).getByRole('region', { name: 'This is what Priya Nair will receive' });
    expect(within(offer).getByRole('heading')).toHaveFocus();
    const text = within(offer).getByRole('figure', { name: 'The text that will be sent' });
    expect(text).toHaveTextContent(preview.title);
    expect(text).toHaveTextContent('I asked for help too late.');
    expect(text).toHaveTextContent('Next time: ask at once.');
    expect(text).toHaveTextContent('#incident #growth');
    expect(offer).toHaveTextContent('Priya Nair keeps what they receive, even if you stop sharing later.');
    expect(offer).toHaveTextContent('It links to 1 goal or milestone. That stays private');
    // Nothing is offered yet.
    expect(main.spaces[0]?.items).toEqual([]);

    await user.click(within(offer).getByRole('button', { name: 'Cancel' }));
    expect(within(group).queryByRole('region')).toBeNull();
    expect(main.spaces[0]?.items).toEqual([]);

    await user.click(within(group).getByRole('button', { name: 'Share with Priya Nair' }));
    await user.click(within(group).getByRole('button', { name: 'Offer to Priya Nair' }));
    expect(
      await within(group).findByText(sentence('With Priya Nair: Proposed, waiting for an answer.')),
    ).toBeVisible();
    expect(main.spaces[0]?.items).toEqual([
      { docId: 'item:refl1', kind: 'reflection', title: preview.title, offeredBy: 'me', state: 'proposed' },
    ]);
  });
});

describe('a reflection received from the other person', () => {
  it('is marked with its writer in the journal and shown read-only; withdrawn, it says they keep it', async () => {
    const main = new FakeSharingMain();
    main.addSpace('Sam', 'spaceSam0001', 'manager');
    const events = installWindowApi(main);
    const { user } = await renderJournal();
    await createFromTemplate(user, 'Blank page');
    await user.type(screen.getByLabelText('Title'), 'Sam on delegation');
    const id = window.location.hash.split('/').pop()!;
    const entryList = () => screen.getByRole('navigation', { name: 'Journal entries' });
    // Editable while it is this user's own.
    expect(screen.getByLabelText('Title')).not.toHaveAttribute('readonly');
    expect(within(entryList()).queryByText('From Sam')).toBeNull();

    // Main now says it is Sam's, shared with this user (as after receiving it).
    main.spaces = main.spaces.map((space) => ({
      ...space,
      items: [
        {
          docId: `item:${id}`,
          kind: 'reflection',
          title: 'Sam on delegation',
          offeredBy: 'peer',
          state: 'accepted',
        },
      ],
    }));
    act(() => events.emit('spacesChanged', { spaceId: 'spaceSam0001' }));
    expect(await within(entryList()).findByText('From Sam')).toBeVisible();
    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveAttribute('readonly'));
    expect(screen.getByRole('note')).toHaveTextContent(
      'Shared with you by Sam. These are their words: you can read them here, not change them.',
    );
    expect(screen.getByRole('textbox', { name: 'Entry body' })).toHaveAttribute('aria-readonly', 'true');
    expect(screen.queryByRole('button', { name: /Share with/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove tag/ })).toBeNull();

    main.spaces = main.spaces.map((space) => ({
      ...space,
      items: space.items.map((item) => ({ ...item, state: 'withdrawn' as const })),
    }));
    act(() => events.emit('spacesChanged', { spaceId: 'spaceSam0001' }));
    await waitFor(() =>
      expect(screen.getByRole('note')).toHaveTextContent(
        'Sam stopped sharing this reflection. You keep what you received; their later changes do not arrive.',
      ),
    );
    expect(screen.getByLabelText('Title')).toHaveAttribute('readonly');
  });
});
