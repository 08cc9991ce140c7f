import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TandemApi } from '../../../shared/ipc/contract';
import type { TandemEvents } from '../../../shared/ipc/mainEventChannels';
import { addComment, commentsDocId, MAX_COMMENT_LENGTH } from '../../../shared/schema/comments';
import { defaultGoalFields } from '../../../shared/schema/goal';
import { recordMaps } from '../../../shared/schema/meetingRecords';
import { updateProfile } from '../../../shared/schema/vault';
import { FakeMainEvents } from '../sharing/fakeMainEvents';
import { FakeSharingMain } from '../sharing/fakeSharingMain';
import { goTo, renderGrowth } from '../goals/renderGrowth';

/**
 * Issue 17, point 2 in the window: a shared goal has a conversation beside it. Threads, replies,
 * editing and deleting one's own words, resolving, all by keyboard; problems said beside the box;
 * a private goal has no comments at all; once sharing stops, what was said stays, read-only.
 */

function installWindowApi(main: FakeSharingMain) {
  const events = new FakeMainEvents();
  const sharing = {
    identity: () => main.identity(),
    listSpaces: async () => ({ spaces: await main.listSpaces() }),
  };
  window.tandem = { sharing, events: events.api } as unknown as TandemApi & { events: TandemEvents };
  return events;
}

afterEach(() => {
  delete window.tandem;
});

async function sharedGoalPage() {
  const main = new FakeSharingMain();
  main.addSpace('Sam Lee', 'spaceSam0001', 'employee');
  const events = installWindowApi(main);
  const app = await renderGrowth('/goals');
  updateProfile(app.services.vault.doc, { displayName: 'Avery' });
  const goalId = await app.services.growth.createGoal({ ...defaultGoalFields, title: 'Lead the migration' });
  const privateId = await app.services.growth.createGoal({ ...defaultGoalFields, title: 'Private goal' });
  main.spaces = main.spaces.map((space) => ({
    ...space,
    peerSharing: 'on' as const,
    items: [
      {
        docId: `item:${goalId}`,
        kind: 'goal',
        title: 'Lead the migration',
        offeredBy: 'me',
        state: 'accepted',
      },
    ],
  }));
  await goTo(`/goals/${goalId}`);
  const section = await screen.findByRole('region', { name: 'Comments with Sam Lee' });
  return { ...app, main, events, goalId, privateId, section };
}

describe('comments on a shared goal', () => {
  it('start, reply, edit, delete and resolve by keyboard, attributed to each person', async () => {
    const { user, services, goalId, section } = await sharedGoalPage();
    expect(within(section).getByRole('status')).toHaveTextContent('No open threads');

    // Empty and too long are refused beside the box; the text stays.
    const box = within(section).getByRole('textbox', { name: 'New comment' });
    await user.click(box);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(within(section).getByRole('alert')).toHaveTextContent('Write something first.');
    await user.click(box);
    await user.paste('x'.repeat(MAX_COMMENT_LENGTH + 1));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(within(section).getByRole('alert')).toHaveTextContent(
      `A comment can be ${MAX_COMMENT_LENGTH} characters long; this one has ${MAX_COMMENT_LENGTH + 1}.`,
    );
    expect(box).toHaveValue('x'.repeat(MAX_COMMENT_LENGTH + 1));
    await user.clear(box);
    await user.type(box, 'Is May realistic?');
    await user.keyboard('{Control>}{Enter}{/Control}');
    const thread = await within(section).findByRole('article', { name: 'Thread started by Avery' });
    expect(thread).toHaveTextContent('You');
    expect(thread).toHaveTextContent('Is May realistic?');
    expect(box).toHaveValue('');

    // Sam's reply arrives (as main applies a peer's change to the comments document).
    const [comments, release] = services.store.open(commentsDocId(goalId));
    await comments.ready;
    const threadId = [...recordMaps(comments.doc, 'comments').base.keys()][0]!;
    act(() => {
      addComment(comments.doc, {
        id: 'samReply1',
        replyTo: threadId,
        author: 'manager',
        authorName: 'Sam Lee',
        text: 'June is safer.',
        now: Date.UTC(2026, 2, 3, 11),
      });
    });
    await waitFor(() => expect(thread).toHaveTextContent('June is safer.'));
    const [mine, sams] = within(thread).getAllByRole('listitem');
    expect(sams).toHaveTextContent('Sam Lee');
    // Only one's own words have Edit and Delete.
    expect(within(sams!).queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(within(sams!).queryByRole('button', { name: 'Delete' })).toBeNull();

    await user.click(within(mine!).getByRole('button', { name: 'Edit' }));
    const editBox = within(thread).getByRole('textbox', { name: 'Edit your comment' });
    expect(editBox).toHaveFocus();
    await user.clear(editBox);
    await user.type(editBox, 'Is May realistic, with the audit?');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(thread).toHaveTextContent('Is May realistic, with the audit?'));
    expect(thread).toHaveTextContent('(edited');

    await user.click(within(thread).getByRole('button', { name: 'Reply' }));
    await user.type(within(thread).getByRole('textbox', { name: 'Your reply' }), 'June it is.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(within(thread).getAllByRole('listitem')).toHaveLength(3));

    const [first] = within(thread).getAllByRole('listitem');
    await user.click(within(first!).getByRole('button', { name: 'Delete' }));
    await user.click(within(first!).getByRole('button', { name: 'Delete comment' }));
    await waitFor(() => expect(first).toHaveTextContent('This comment was deleted.'));
    expect(thread).not.toHaveTextContent('with the audit');

    await user.click(within(thread).getByRole('button', { name: 'Resolve' }));
    await waitFor(() => expect(within(section).queryByRole('article')).toBeNull());
    expect(within(section).getByRole('status')).toHaveTextContent('No open threads, 1 resolved');
    await user.click(within(section).getByRole('button', { name: 'Show 1 resolved thread' }));
    const resolved = within(section).getByRole('article', { name: 'Thread started by Avery' });
    expect(resolved).toHaveTextContent('Resolved by Avery on');
    // Stored under this person's role and name: what the other side reads.
    expect(recordMaps(comments.doc, 'comments').base.get(threadId)).toMatchObject({
      author: 'employee',
      authorName: 'Avery',
    });
    release();
  });

  it('do not exist on a private goal, and stay read-only once sharing stopped', async () => {
    const { main, events, privateId, section, user } = await sharedGoalPage();
    await user.type(within(section).getByRole('textbox', { name: 'New comment' }), 'Before it stopped.');
    await user.click(within(section).getByRole('button', { name: 'Comment' }));
    await within(section).findByText('Before it stopped.');

    main.spaces = main.spaces.map((space) => ({
      ...space,
      items: space.items.map((item) => ({ ...item, state: 'withdrawn' as const })),
    }));
    act(() => events.emit('spacesChanged', { spaceId: 'spaceSam0001' }));
    await waitFor(() =>
      expect(section).toHaveTextContent(
        'This is no longer shared with Sam Lee. What was said stays here; nothing new can be added.',
      ),
    );
    expect(section).toHaveTextContent('Before it stopped.');
    expect(within(section).queryByRole('textbox')).toBeNull();
    expect(within(section).queryByRole('button')).toBeNull();

    await goTo(`/goals/${privateId}`);
    await screen.findByRole('heading', { name: 'Private goal' });
    expect(screen.queryByRole('region', { name: /Comments with/ })).toBeNull();
  });
});
