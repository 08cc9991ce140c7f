import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { spaceDocId } from '../../../shared/schema/meetingIds';
import {
  confirmationMessage,
  readConfirmation,
  readRecordedVersion,
  writeConfirmation,
  type ConfirmerRole,
  type SummaryConfirmation,
} from '../../../shared/schema/meetingSummary';
import { initSpace } from '../../../shared/schema/space';
import { setMember } from '../../../shared/schema/spaceMembers';
import type { AppServices } from '../../../renderer/src/services/AppServicesContext';
import { closeMeetingConfirmed, renderOneOnOnes, startSeries } from './renderOneOnOnes';

/**
 * Issue 17, point 3 in the window: either person writes the summary, "This is what I heard"
 * confirms the version on screen (signed by main with this installation's key), a later edit
 * shows "changed after you confirmed", the list says who it is waiting for, and a confirmation
 * that does not carry the other person's signature is shown as such, never as confirmed.
 */

const SPACE = 'spaceWithBen02';
type Signed = Omit<SummaryConfirmation, 'signature'> & { meetingId: string; role: ConfirmerRole };

/**
 * Main's side, played with WebCrypto's Ed25519 over the same signed message (main signs with
 * node:crypto; tests/sync/summaryConfirmation.test.ts runs that code between two peers).
 */
const mine = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
const bens = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (b) => parseInt(b, 16));
const message = (c: Signed) => confirmationMessage({ ...c, spaceId: SPACE }) as Uint8Array<ArrayBuffer>;

async function sign(keys: CryptoKeyPair, c: Signed): Promise<SummaryConfirmation> {
  const signature = hex(await crypto.subtle.sign('Ed25519', keys.privateKey, message(c)));
  return { version: c.version, at: c.at, name: c.name, paraphrase: c.paraphrase, signature };
}

function installBridge() {
  (window as unknown as { tandem: unknown }).tandem = {
    sharing: {
      listSpaces: () =>
        Promise.resolve({
          spaces: [
            {
              spaceId: SPACE,
              peerName: 'Ben',
              peerFingerprint: 'ab12',
              myRole: 'employee',
              sharing: 'on',
              peerSharing: 'on',
              connected: true,
              lastSyncedAt: null,
              pendingChanges: 0,
              items: [],
            },
          ],
        }),
      // Main's side, with the real signing code and a real key.
      confirmSummary: async (args: Omit<Signed, 'role' | 'at'>) => ({
        role: 'employee',
        confirmation: await sign(mine, { ...args, role: 'employee', at: Date.UTC(2026, 2, 2, 10) }),
      }),
      verifyConfirmations: async (args: { confirmations: (Signed & { signature: string })[] }) => ({
        valid: await Promise.all(
          args.confirmations.map((c) =>
            crypto.subtle.verify(
              'Ed25519',
              (c.role === 'employee' ? mine : bens).publicKey,
              unhex(c.signature),
              message(c),
            ),
          ),
        ),
      }),
    },
    reminders: { sync: () => Promise.resolve({ scheduled: 0, nextCheckAt: null }) },
    shell: { openExternal: () => Promise.resolve({ opened: false }) },
  };
}

afterEach(() => {
  delete (window as unknown as { tandem?: unknown }).tandem;
});

async function withBen(services: AppServices) {
  const [space, release] = services.store.open(spaceDocId(SPACE));
  await space.ready;
  initSpace(space.doc, SPACE);
  setMember(space.doc, { id: 'member-ben', name: 'Ben', role: 'manager' });
  release();
}

const meetingId = () => document.querySelector('[data-meeting-id]')?.getAttribute('data-meeting-id') ?? '';
const confirmations = () => screen.getByRole('list', { name: 'Confirmations' });

describe('the summary both confirm', { timeout: 60_000 }, () => {
  it('confirms the version on screen, shows an edit as changed, waits for Ben, and ignores a forged confirmation', async () => {
    installBridge();
    const { user, services } = await renderOneOnOnes({ hash: `#/one-on-ones/${SPACE}`, seed: withBen });
    await startSeries(user);
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByText(/there is nothing to confirm yet/)).toBeVisible();

    await user.type(within(summary).getByLabelText('What we discussed'), 'Promotion path.');
    await user.type(within(summary).getByLabelText('What we agreed'), 'I lead the design review.');
    expect(within(confirmations()).getByText('Waiting for Ben.')).toBeVisible();
    await user.click(within(summary).getByRole('button', { name: 'This is what I heard' }));
    expect(await within(confirmations()).findByText(/^You confirmed this version on/)).toBeVisible();

    // Ben confirms the same version from his computer (his key signs it).
    const id = meetingId();
    const [space, release] = services.store.open(spaceDocId(SPACE));
    await space.ready;
    const version = readConfirmation(space.doc, id, 'employee')!.version;
    const bensConfirmation = await sign(bens, {
      meetingId: id,
      role: 'manager',
      version,
      at: Date.UTC(2026, 2, 2, 11),
      name: 'Ben',
      paraphrase: 'You lead the review; I review the plan.',
    });
    act(() => writeConfirmation(space.doc, id, 'manager', bensConfirmation));
    expect(await within(confirmations()).findByText(/^Ben confirmed this version on/)).toBeVisible();
    expect(within(summary).getByText('You lead the review; I review the plan.')).toBeVisible();

    // An edit afterwards: both show as changed.
    await user.type(within(summary).getByLabelText('What we agreed'), ' By Friday.');
    expect(await within(confirmations()).findByText(/^Changed after you confirmed on/)).toBeVisible();
    expect(within(confirmations()).getByText(/^Changed after Ben confirmed on/)).toBeVisible();

    // Someone writes a "confirmation by Ben" of the new version, signed with another key.
    const current = readRecordedVersion(space.doc, id)!;
    const forged = await sign(mine, {
      meetingId: id,
      role: 'manager',
      version: current,
      at: Date.UTC(2026, 2, 2, 12),
      name: 'Ben',
      paraphrase: null,
    });
    act(() => writeConfirmation(space.doc, id, 'manager', forged));
    expect(
      await within(confirmations()).findByText(
        'A confirmation said to be from Ben does not carry their signature and was ignored.',
      ),
    ).toBeVisible();

    // Confirm again, close: the history says it waits for Ben.
    await user.click(within(summary).getByRole('button', { name: 'This is what I heard' }));
    expect(await within(confirmations()).findByText(/^You confirmed this version on/)).toBeVisible();
    await closeMeetingConfirmed(user);
    await user.click(await screen.findByRole('button', { name: 'Write the summary' }));
    await waitFor(() => expect(meetingId()).toBe(id));
    await user.click(screen.getByRole('link', { name: 'History' }));
    const history = await screen.findByRole('list', { name: 'Past meetings' });
    expect(within(history).getByText('Waiting for Ben')).toBeVisible();
    release();
  });
});
