import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsentEvent, ChainStatus } from '../../../shared/sharing/consentRecord';
import { SharedWithPage } from '../../../renderer/src/features/sharing/SharedWithPage';
import { FakeSharingMain } from './fakeSharingMain';

/**
 * Issue 17, point 5: "what have I shared with <name>" in one screen — what was offered, what
 * still flows, what the other person holds — with the consent record, its chain, and export.
 */

const SPACE = 'spaceSam0001';
const zero = '0'.repeat(64);
const at = (minute: number) => Date.UTC(2026, 11, 1, 9, minute);
function event(
  seq: number,
  actor: 'me' | 'peer',
  kind: ConsentEvent['event'],
  title: string | null,
): ConsentEvent {
  return {
    seq,
    spaceId: SPACE,
    at: at(seq),
    actor,
    event: kind,
    docId: title ? `item:${title.replace(/\W/g, '')}` : null,
    kind: title ? 'plan' : null,
    title,
    prev: zero,
    hash: String(seq % 10).repeat(64),
  };
}

function install(chain: ChainStatus) {
  const main = new FakeSharingMain();
  main.addSpace('Sam', SPACE);
  main.spaces = main.spaces.map((s) => ({
    ...s,
    items: [
      {
        docId: 'item:Techleadplan',
        kind: 'plan',
        title: 'Tech lead plan',
        offeredBy: 'me',
        state: 'withdrawn',
      },
      { docId: 'item:Speaking', kind: 'goal', title: 'Speaking', offeredBy: 'me', state: 'proposed' },
      {
        docId: 'item:Samsnotes',
        kind: 'reflection',
        title: 'Sam’s notes',
        offeredBy: 'peer',
        state: 'accepted',
      },
    ],
  }));
  const events = [
    event(0, 'me', 'paired', null),
    event(1, 'me', 'offered', 'Tech lead plan'),
    event(2, 'peer', 'accepted', 'Tech lead plan'),
    event(3, 'me', 'withdrawn', 'Tech lead plan'),
    event(4, 'me', 'offered', 'Speaking'),
  ];
  const written: Uint8Array[] = [];
  (window as unknown as { tandem: unknown }).tandem = {
    sharing: {
      listSpaces: async () => ({ spaces: await main.listSpaces() }),
      consentRecord: () => Promise.resolve({ events, chain }),
    },
    export: {
      chooseTarget: () =>
        Promise.resolve({ status: 'chosen', targetId: 'target0001', fileName: 'record.json' }),
      write: ({ bytes }: { bytes: Uint8Array }) => {
        written.push(bytes);
        return Promise.resolve({ status: 'written', fileName: 'record.json', bytes: bytes.byteLength });
      },
    },
  };
  window.location.hash = `#/sharing/${SPACE}/record`;
  render(
    <HashRouter>
      <Routes>
        <Route path="/sharing/:spaceId/record" element={<SharedWithPage />} />
      </Routes>
    </HashRouter>,
  );
  return { written };
}

afterEach(() => {
  delete (window as unknown as { tandem?: unknown }).tandem;
});

describe('what have I shared with Sam', () => {
  it('shows what was offered, what flows, what Sam holds, and the record; exports it', async () => {
    const { written } = install({ ok: true });
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'What you have shared with Sam', level: 1 });
    const mine = screen.getByRole('region', { name: 'Shared by you' });
    expect(
      within(mine)
        .getByText(/Tech lead plan/)
        .closest('li'),
    ).toHaveTextContent('Tech lead plan — no longer shared · Sam holds a copy of what reached them');
    expect(
      within(mine)
        .getByText(/Speaking/)
        .closest('li'),
    ).toHaveTextContent('Speaking — offered, not answered yet');
    expect(
      within(mine)
        .getByText(/Speaking/)
        .closest('li'),
    ).not.toHaveTextContent('holds a copy');
    expect(screen.getByRole('region', { name: 'Shared with you by Sam' })).toHaveTextContent(
      'Sam’s notes — shared now',
    );
    const list = screen.getByRole('list', { name: 'Consent record, newest first' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent.replace(/^.*?\d{1,2}:\d{2}\s*(AM|PM)?\s*/, '')),
    ).toEqual([
      'You offered “Speaking”.',
      'You stopped sharing “Tech lead plan”.',
      'Sam accepted “Tech lead plan”.',
      'You offered “Tech lead plan”.',
      'You and Sam connected.',
    ]);
    expect(screen.getByText(/nothing in this record was changed after it was written/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Export this record' }));
    expect(await screen.findByText('Saved as record.json.')).toBeVisible();
    const exported = JSON.parse(new TextDecoder().decode(written[0])) as {
      events: unknown[];
      chain: unknown;
      peerName: string;
    };
    expect(exported).toMatchObject({ peerName: 'Sam', chain: { ok: true } });
    expect(exported.events).toHaveLength(5);
  });

  it('says plainly where the record was changed after it was written', async () => {
    install({ ok: false, brokenAt: 3, reason: 'It was changed after it was written.' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This record was changed on this computer after it was written: step 3 does not check (It was changed after it was written.)',
    );
  });
});
