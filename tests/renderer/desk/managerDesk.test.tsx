import { render, screen, waitFor, within } from '@testing-library/react';
import { HashRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { TandemApi } from '../../../shared/ipc/contract';
import { readDeskDigests } from '../../../shared/desk/deskDigest';
import { addActionItem } from '../../../shared/schema/actionItems';
import { addTalkingPoint } from '../../../shared/schema/meeting';
import { localMemberId } from '../../../shared/schema/meetingIdentity';
import { addMeeting, markMeetingClosed } from '../../../shared/schema/meetingIndex';
import { setMember } from '../../../shared/schema/spaceMembers';
import type { SpaceView } from '../../../shared/sharing/sharingIpc';
import { bootServices } from '../../../renderer/src/app/services';
import { DeskPage } from '../../../renderer/src/features/desk/DeskPage';
import { AppServicesContext, type AppServices } from '../../../renderer/src/services/AppServicesContext';
import { freshBootOptions } from '../journal/renderApp';

/**
 * Issue 18, point 4: the manager's desk lists the people in the spaces where this user is the
 * manager (not the space where they are the employee), read from the space documents on this
 * machine, the one needing attention first, with a shared plan's progress.
 */

const now = Date.UTC(2026, 5, 15, 12);

function view(
  spaceId: string,
  peerName: string,
  myRole: 'manager' | 'employee',
  items: SpaceView['items'] = [],
): SpaceView {
  return {
    spaceId,
    peerName,
    peerFingerprint: 'ab12',
    myRole,
    sharing: 'on',
    peerSharing: 'on',
    connected: true,
    lastSyncedAt: null,
    pendingChanges: 0,
    items,
  };
}

afterEach(() => {
  delete window.tandem;
});

async function open(services: AppServices, docId: string, fill: (doc: Y.Doc) => void): Promise<void> {
  const [opened] = services.store.open(docId);
  await opened.ready;
  fill(opened.doc);
}

async function space(
  services: AppServices,
  name: string,
  me: string,
  meetings: [string, boolean, boolean][],
) {
  await open(services, `space:space${name}`, (doc) => {
    setMember(doc, { id: me, name: 'Morgan', role: 'manager' });
    setMember(doc, { id: `member${name}`, name, role: 'employee' });
    meetings.forEach(([date, career, closed], i) => {
      addMeeting(doc, { id: `${name}m${i}`, date: date, career, previousId: null, createdAt: i });
      if (closed) markMeetingClosed(doc, `${name}m${i}`, me, 100 + i, '');
    });
  });
}

describe('the manager’s desk', () => {
  it('shows each person the user manages, the one needing attention first', async () => {
    const services = await bootServices({ ...freshBootOptions(), now: () => now });
    const me = localMemberId(services.vault.doc);
    // Avery: a calm series, the next meeting in two weeks with a point on its agenda, a shared plan.
    await space(services, 'Avery', me, [
      ['2026-05-01', true, true],
      ['2026-06-29', false, false],
    ]);
    await open(services, 'meeting:Averym1', (doc) =>
      addTalkingPoint(doc, {
        id: 'pt1',
        text: 'Promotion case',
        authorId: me,
        authorName: 'Morgan',
        createdAt: 1,
      }),
    );
    services.vault.doc.getMap('plans').set('planAvery', {
      id: 'planAvery',
      title: 'Become a tech lead',
      goalId: null,
      status: 'active',
      reviewCadence: null,
      lastReviewedAt: null,
      createdAt: 0,
      updatedAt: 0,
      deletedAt: null,
      milestones: [
        {
          id: 'a',
          title: 'Lead a design review',
          dueDate: '2026-05-01',
          status: 'done',
          completedAt: 1,
          ownerLabel: 'Avery',
        },
        {
          id: 'b',
          title: 'Mentor a new hire',
          dueDate: '2026-09-01',
          status: 'in-progress',
          completedAt: null,
          ownerLabel: 'Avery',
        },
      ],
    });
    // Blake: an action item of mine is overdue.
    await space(services, 'Blake', me, [
      ['2026-05-02', true, true],
      ['2026-06-30', false, false],
    ]);
    await open(services, 'space:spaceBlake', (doc) =>
      addActionItem(doc, {
        id: 'act1',
        meetingId: 'Blakem0',
        text: 'Send the budget',
        ownerId: me,
        dueDate: '2026-06-01',
        createdAt: 1,
        createdBy: me,
      }),
    );
    const spaces = [
      view('spaceAvery', 'Avery', 'manager', [
        {
          docId: 'item:planAvery',
          kind: 'plan',
          title: 'Become a tech lead',
          offeredBy: 'peer',
          state: 'accepted',
        },
      ]),
      view('spaceBlake', 'Blake', 'manager'),
      view('spaceMyBoss', 'Robin', 'employee'),
    ];
    window.tandem = { sharing: { listSpaces: () => Promise.resolve({ spaces }) } } as unknown as TandemApi;
    window.location.hash = '#/desk';
    render(
      <AppServicesContext.Provider value={services}>
        <HashRouter>
          <Routes>
            <Route path="/desk" element={<DeskPage />} />
          </Routes>
        </HashRouter>
      </AppServicesContext.Provider>,
    );

    const list = await screen.findByRole('list', { name: 'People you manage' });
    await waitFor(() => expect(screen.queryByText(/^Reading/)).toBeNull());
    // Every space is read by now: a third row (the space where the user is the employee) would be here.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(list).getAllByRole('article')).toHaveLength(2);
    const [first, second] = within(list).getAllByRole('article');
    expect(within(first!).getByRole('heading', { name: 'Blake' })).toBeTruthy();
    expect(within(first!).getByText('1 of your action items is overdue')).toBeTruthy();
    expect(within(second!).getByRole('heading', { name: 'Avery' })).toBeTruthy();
    expect(within(second!).getByText('Nothing pressing.')).toBeTruthy();
    expect(within(second!).getByText(/1 point on the agenda/)).toBeTruthy();
    expect(within(second!).getByText('Become a tech lead: 1 of 2 milestones done')).toBeTruthy();
    expect(within(second!).getByText(/Last on 1 May 2026/)).toBeTruthy();
    expect(screen.queryByText('Robin')).toBeNull();
    expect(within(first!).getByRole('link', { name: 'Blake' }).getAttribute('href')).toBe(
      '#/one-on-ones/spaceBlake',
    );
    // What it read is kept, so the next visit opens from the vault without the space documents.
    expect([...readDeskDigests(services.vault.doc).keys()].sort()).toEqual(['spaceAvery', 'spaceBlake']);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
