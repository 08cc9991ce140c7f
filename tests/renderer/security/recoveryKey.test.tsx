import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AtRestStatus } from '../../../shared/atRest/atRestIpc';
import { recoveryIpcContract } from '../../../shared/atRest/recoveryIpc';
import { AtRestGate } from '../../../renderer/src/features/security/AtRestGate';
import { RecoveryKeySection } from '../../../renderer/src/features/security/RecoveryKeySection';
import type { AtRestBoot } from '../../../renderer/src/data/atRestBoot';

/**
 * The recovery key in the window: made in Settings and shown once, and typed on the start screen
 * when this computer's keystore cannot open the journal's key. Main's side (the key store, its
 * wrap, the throttle) is tested with the real store in tests/electron/atRest/recoveryKey.test.ts;
 * here main's channels are played by a journal that keeps its recovery keys in memory, with every
 * answer parsed by the IPC contract as the preload's caller would see it.
 */

type Api = NonNullable<Window['tandem']>['atRest'];
const READY: AtRestStatus = {
  state: 'ready',
  protection: 'keystore',
  windowKey: new Uint8Array(32),
  windowSealed: true,
};

class MemoryJournalKeys {
  current: string | null = null;
  made: string[] = [];
  failures = 0;
  private serial = 0;

  api(): Api {
    const c = recoveryIpcContract;
    const unused = () => Promise.reject(new Error('not used here'));
    return {
      status: unused,
      choose: unused,
      unlock: unused,
      windowSealed: unused,
      lock: unused,
      flushed: unused,
      lockSettings: unused,
      setLockSettings: unused,
      resume: unused,
      recoveryStatus: () =>
        Promise.resolve(
          c['tandem:atRest:recoveryStatus'].result.parse({
            hasRecoveryKey: this.current !== null,
            needsNewPassphrase: false,
          }),
        ),
      newRecoveryKey: () => {
        this.serial += 1;
        const key = `${String(this.serial).padStart(4, '0')}-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345`;
        this.current = key;
        this.made.push(key);
        return Promise.resolve(
          c['tandem:atRest:newRecoveryKey'].result.parse({ status: 'made', recoveryKey: key }),
        );
      },
      recover: (args) => {
        const { recoveryKey } = c['tandem:atRest:recover'].args.parse(args);
        const typed = recoveryKey.toUpperCase().replace(/[\s-]/g, '');
        const answer =
          typed.length !== 32
            ? { status: 'malformed' }
            : typed === this.current?.replace(/-/g, '')
              ? { status: 'recovered', atRest: READY }
              : { status: 'wrong', retryInMs: 1000 * 2 ** this.failures++ };
        return Promise.resolve(c['tandem:atRest:recover'].result.parse(answer));
      },
    };
  }
}

const KEY_PATTERN = /^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/;

describe('Settings → Recovery key', () => {
  it('shows a new key once, stays open until the person says they kept it, and a new key ends the old', async () => {
    const journal = new MemoryJournalKeys();
    const user = userEvent.setup();
    render(<RecoveryKeySection api={journal.api()} />);
    expect(await screen.findByText('This journal has no recovery key yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Make a recovery key' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your recovery key' });
    const shown = within(dialog).getByLabelText('Recovery key').textContent;
    expect(shown).toMatch(KEY_PATTERN);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Your recovery key' })).toBeInTheDocument();
    const done = within(dialog).getByRole('button', { name: 'Done' });
    expect(done).toBeDisabled();
    await user.click(within(dialog).getByLabelText('I have printed or written down my recovery key.'));
    await user.click(done);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(document.body.textContent).not.toContain(shown);
    expect(screen.getByText(/This journal has a recovery key/)).toBeInTheDocument();

    // Making a new one asks first; keeping the old one changes nothing.
    await user.click(screen.getByRole('button', { name: 'Make a new recovery key…' }));
    const confirm = await screen.findByRole('dialog', { name: 'Make a new recovery key?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep the old one' }));
    await user.click(screen.getByRole('button', { name: 'Make a new recovery key…' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Make a new recovery key?' })).getByRole('button', {
        name: 'Make a new one',
      }),
    );
    const again = await screen.findByRole('dialog', { name: 'Your recovery key' });
    const second = within(again).getByLabelText('Recovery key').textContent;
    expect(second).toMatch(KEY_PATTERN);
    expect(second).not.toBe(shown);
    expect(journal.made).toEqual([shown, second]);
  });
});

describe('Start screen → recovery key', () => {
  function boot(): AtRestBoot & { accepted: AtRestStatus[] } {
    const accepted: AtRestStatus[] = [];
    return {
      accepted,
      firstStatus: Promise.resolve(null),
      cipher: Promise.resolve(null),
      accept: (status) => accepted.push(status),
      onSealing: () => () => undefined,
    };
  }

  it('opens a journal whose keystore is gone: a wrong key is refused and changes nothing, the right one opens it', async () => {
    const journal = new MemoryJournalKeys();
    const api = journal.api();
    const made = await api.newRecoveryKey({});
    const recoveryKey = made.status === 'made' ? made.recoveryKey : '';
    const status: AtRestStatus = { state: 'unreadable', reason: 'keystore-refused', detail: '' };
    const gate = boot();
    const user = userEvent.setup();
    render(<AtRestGate status={status} boot={gate} api={api} />);
    expect(screen.getByRole('main')).toHaveAccessibleName("Your journal's key could not be read");
    await user.click(await screen.findByRole('button', { name: 'Use your recovery key' }));

    expect(screen.getByRole('main')).toHaveAccessibleName('Open your journal with its recovery key');
    const field = screen.getByLabelText('Recovery key');
    expect(field).toHaveAccessibleDescription('32 letters and digits, in groups of four.');
    await user.type(field, 'too short{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('That is not a recovery key');
    await user.clear(field);
    await user.type(field, 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789{Enter}');
    expect(
      await screen.findByText(
        'That recovery key does not open this journal. Nothing was changed. Try again in 1 second.',
      ),
    ).toHaveAttribute('role', 'alert');
    expect(gate.accepted).toEqual([]);

    await user.clear(field);
    await user.type(field, `${recoveryKey.toLowerCase().replace(/-/g, ' ')}{Enter}`);
    await waitFor(() => expect(gate.accepted).toHaveLength(1));
    expect(gate.accepted[0]).toMatchObject({ state: 'ready', protection: 'keystore' });
  });
});
