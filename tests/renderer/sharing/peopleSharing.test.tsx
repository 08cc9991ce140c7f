import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { updateProfile } from '../../../shared/schema/vault';
import { AppServicesContext } from '../../../renderer/src/services/AppServicesContext';
import { bootServices } from '../../../renderer/src/app/services';
import { PeopleSharingPage } from '../../../renderer/src/features/sharing/PeopleSharingPage';
import { ShareControl } from '../../../renderer/src/features/sharing/ShareControl';
import type { UiLocale } from '../../../shared/i18n/locales';
import { inviteProblemText } from '../../../renderer/src/features/sharing/inviteProblemText';
import { localeWrapper } from '../i18n/inLocale';
import { translatorIn } from '../i18n/translator';
import { sentence } from '../i18n/sentence';
import { FakeSharingMain } from './fakeSharingMain';

let counter = 0;
const NOW = Date.UTC(2026, 2, 10, 12);

async function renderPage(main: FakeSharingMain, locale?: UiLocale) {
  const services = await bootServices({
    dbPrefix: `sharing-${Date.now()}-${counter++}/`,
    mirror: null,
    now: () => NOW,
  });
  updateProfile(services.vault.doc, { displayName: 'Amélie Durand' });
  const user = userEvent.setup();
  const wrapper = await localeWrapper(locale);
  render(
    <AppServicesContext.Provider value={services}>
      <PeopleSharingPage client={main} />
    </AppServicesContext.Provider>,
    wrapper ? { wrapper } : {},
  );
  await screen.findByRole('heading', { level: 1 });
  return { user, services };
}

describe('People & sharing', () => {
  it('says why a code cannot be used in German and in Arabic, the inviter’s name isolated', async () => {
    const main = new FakeSharingMain();
    const { user } = await renderPage(main, 'de');
    await screen.findByText(/Fingerabdruck Ihres Schlüssels/);
    await user.type(screen.getByLabelText('Einladungscode'), 'TANDEM-12345');
    await user.click(screen.getByRole('button', { name: 'Einladung prüfen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Dies ist kein vollständiger Tandem-Einladungscode \(er scheint abgeschnitten\)\./,
    );
    cleanup();

    const { user: arabicUser } = await renderPage(main, 'ar');
    await screen.findByText(/بصمة مفتاحك/);
    await arabicUser.click(screen.getByLabelText('رمز الدعوة'));
    await arabicUser.paste(main.inviteFrom('Sam Okafor', 'manager', NOW - 1000));
    await arabicUser.click(screen.getByRole('button', { name: 'التحقق من الدعوة' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('انتهت صلاحية هذه الدعوة. اطلب من Sam Okafor دعوة جديدة.');
    expect(alert.querySelector('bdi')).toHaveTextContent(/^Sam Okafor$/);
  });

  it('without a keystore says so plainly and creates a key only when the user agrees', async () => {
    const main = new FakeSharingMain(false);
    const { user } = await renderPage(main);
    expect(await screen.findByRole('alert')).toHaveTextContent(/no password keystore/);
    expect(screen.getByRole('button', { name: 'Create invitation' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Store my key unprotected' }));
    expect(await screen.findByText(/Your key’s fingerprint/)).toHaveTextContent(
      /without keystore protection/,
    );
  });

  it('says what is wrong with the identity key in German, not in main’s English', async () => {
    const main = new FakeSharingMain(false);
    await renderPage(main, 'de');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Dieser Computer hat keinen Passwortspeicher, den Tandem nutzen kann/,
    );
    cleanup();

    main.identityState = {
      state: 'unreadable',
      message: 'Tandem could not read its identity file: EACCES: permission denied',
      problem: 'file-unreadable',
      detail: 'EACCES: permission denied',
    };
    await renderPage(main, 'de');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tandem konnte seine Identitätsdatei nicht lesen: EACCES: permission denied',
    );
    cleanup();

    const de = await translatorIn('de');
    expect(
      inviteProblemText(de, {
        kind: 'identity',
        message: 'The system keystore could not unlock your key.',
        identityProblem: 'keystore-refused',
      }),
    ).toBe('Der Passwortspeicher des Systems konnte Ihren Schlüssel nicht entsperren.');
  });

  it('creates an invitation shown as copyable text and as a QR code', async () => {
    const main = new FakeSharingMain();
    const { user } = await renderPage(main);
    await screen.findByText(/Your key’s fingerprint/);
    await user.click(screen.getByLabelText(/Employee \(they are my manager/));
    await user.type(screen.getByLabelText('Their name'), 'Sam Okafor');
    await user.click(screen.getByRole('button', { name: 'Create invitation' }));

    const invitation = await screen.findByRole('region', { name: 'Invitation for Sam Okafor' });
    const code = within(invitation).getByLabelText<HTMLTextAreaElement>('Invitation code').value;
    expect(code).toMatch(/^TANDEM-/);
    expect(
      within(invitation).getByRole('img', { name: 'QR code of the invitation for Sam Okafor' }),
    ).toBeInTheDocument();
    await user.click(within(invitation).getByRole('button', { name: 'Copy code' }));
    expect(await navigator.clipboard.readText()).toBe(code);
    expect(within(invitation).getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('explains a bad code specifically, previews a good one with what is shared, and accepts only on confirmation', async () => {
    const main = new FakeSharingMain();
    const { user } = await renderPage(main);
    await screen.findByText(/Your key’s fingerprint/);
    const field = screen.getByLabelText('Invitation code');

    await user.type(field, 'TANDEM-12345');
    await user.click(screen.getByRole('button', { name: 'Check invitation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not a complete Tandem invitation code/);

    await user.clear(field);
    await user.click(field);
    await user.paste(main.inviteFrom('Sam Okafor', 'manager', NOW - 1000));
    await user.click(screen.getByRole('button', { name: 'Check invitation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This invitation has expired. Ask Sam Okafor for a new one.',
    );

    await user.clear(field);
    await user.click(field);
    await user.paste(main.inviteFrom('Sam Okafor', 'manager'));
    await user.click(screen.getByRole('button', { name: 'Check invitation' }));
    const preview = await screen.findByRole('region', { name: 'Invitation details' });
    expect(preview).toHaveTextContent(/Sam Okafor invites you as their employee \(they are the manager\)/);
    expect(preview).toHaveTextContent(/reflections, feedback notes and private notes stay on this computer/);
    expect(main.spaces).toEqual([]);

    await user.click(within(preview).getByRole('button', { name: 'Accept and connect with Sam Okafor' }));
    expect(await screen.findByRole('heading', { name: 'Sam Okafor', level: 3 })).toBeInTheDocument();
    expect(main.spaces).toHaveLength(1);
  });

  it('shows a space’s state, answers proposals, pauses, and leaves after saying what the other keeps', async () => {
    const main = new FakeSharingMain();
    const space = main.addSpace('Sam Okafor');
    space.items.push({
      docId: 'item:plan1',
      kind: 'plan',
      title: 'Lead a project',
      offeredBy: 'peer',
      state: 'proposed',
    });
    const { user } = await renderPage(main);

    const card = await screen.findByRole('article', { name: 'Sam Okafor' });
    expect(
      within(card).getByText(sentence('Waiting for Sam Okafor to turn sharing on.')),
    ).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Accept Lead a project' }));
    expect(
      await within(card).findByText(sentence(/Lead a project — Sam Okafor’s, shared/)),
    ).toBeInTheDocument();

    await user.click(within(card).getByRole('switch', { name: 'Sharing with Sam Okafor' }));
    expect(await within(card).findByText(/Sharing paused by you/)).toBeInTheDocument();
    expect(main.spaces[0]?.sharing).toBe('paused');

    await user.click(within(card).getByRole('button', { name: 'Leave space with Sam Okafor' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Sam Okafor keeps what they already received.');
    await user.click(within(dialog).getByRole('button', { name: 'Leave' }));
    expect(await screen.findByText(/No one yet/)).toBeInTheDocument();
  });
});

describe('Copy code in Tandem’s window', () => {
  /** The preload's clipboard function, as main answers it; the rest of window.tandem is absent. */
  function withMainClipboard(answer: () => Promise<{ copied: boolean }>) {
    const calls: { text: string }[] = [];
    window.tandem = {
      clipboard: {
        writeText: (args: { text: string }) => {
          calls.push(args);
          return answer();
        },
      },
    } as unknown as NonNullable<Window['tandem']>;
    return calls;
  }
  afterEach(() => {
    delete window.tandem;
  });

  async function createInvitation(main: FakeSharingMain) {
    const { user } = await renderPage(main);
    await screen.findByText(/Your key’s fingerprint/);
    await user.type(screen.getByLabelText('Their name'), 'Sam Okafor');
    await user.click(screen.getByRole('button', { name: 'Create invitation' }));
    const invitation = await screen.findByRole('region', { name: 'Invitation for Sam Okafor' });
    const code = within(invitation).getByLabelText<HTMLTextAreaElement>('Invitation code').value;
    return { user, invitation, code };
  }

  it('copies through main, not the web clipboard the window is denied', async () => {
    const calls = withMainClipboard(() => Promise.resolve({ copied: true }));
    await navigator.clipboard.writeText('left over');
    const { user, invitation, code } = await createInvitation(new FakeSharingMain());
    await user.click(within(invitation).getByRole('button', { name: 'Copy code' }));
    expect(await within(invitation).findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(calls).toEqual([{ text: code }]);
    expect(await navigator.clipboard.readText()).toBe('left over');
  });

  it('says so, and how to copy by hand, when main could not copy', async () => {
    withMainClipboard(() => Promise.resolve({ copied: false }));
    const { user, invitation } = await createInvitation(new FakeSharingMain());
    await user.click(within(invitation).getByRole('button', { name: 'Copy code' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not copy; select the code and copy it by hand.',
    );
    expect(within(invitation).getByRole('button', { name: 'Copy code' })).toBeInTheDocument();
  });
});

describe('Share control', () => {
  it('offers a plan into the chosen space, shows its state, and stops sharing it', async () => {
    const main = new FakeSharingMain();
    main.addSpace('Sam Okafor');
    main.addSpace('Priya Nair', 'spacePriya0001');
    const user = userEvent.setup();
    render(<ShareControl docId="item:plan7" kind="plan" title="Public speaking" client={main} />);

    const group = await screen.findByRole('group', { name: 'Sharing of Public speaking' });
    await user.selectOptions(within(group).getByLabelText('Share with'), 'Priya Nair');
    expect(within(group).getByRole('status')).toHaveTextContent('With Priya Nair: Private.');
    await user.click(within(group).getByRole('button', { name: 'Share with Priya Nair' }));
    expect(
      await within(group).findByText(sentence('With Priya Nair: Proposed, waiting for an answer.')),
    ).toBeInTheDocument();
    expect(main.spaces[1]?.items).toEqual([
      { docId: 'item:plan7', kind: 'plan', title: 'Public speaking', offeredBy: 'me', state: 'proposed' },
    ]);
    expect(main.spaces[0]?.items).toEqual([]);

    await user.click(within(group).getByRole('button', { name: 'Stop sharing' }));
    expect(await within(group).findByText(sentence('With Priya Nair: Private.'))).toBeInTheDocument();
  });
});
