import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { lockSettingsIpcContract, type LockSettings } from '../../../shared/atRest/lockSettings';
import { LockSettingsSection } from '../../../renderer/src/features/security';

/**
 * Settings → Lock by keyboard alone. Main's two channels are played by an in-memory stand-in
 * that parses with the real contract, as main's invoke handler does (so a minute it does not
 * offer is refused the same way).
 */
function mainStandIn() {
  let stored: LockSettings = { enabled: true, idleMinutes: 10, onSleep: true };
  const c = lockSettingsIpcContract;
  return {
    get stored() {
      return stored;
    },
    lockSettings: vi.fn(() => Promise.resolve(c['tandem:atRest:lockSettings'].result.parse(stored))),
    setLockSettings: vi.fn((args: unknown) => {
      const parsed = c['tandem:atRest:setLockSettings'].args.safeParse(args);
      if (!parsed.success) return Promise.reject(new Error('Choose one of the offered times.'));
      stored = parsed.data;
      return Promise.resolve(stored);
    }),
  };
}

describe('Settings → Lock', () => {
  it('turns the automatic lock off and on, picks the idle minutes and the sleep lock, by keyboard', async () => {
    const api = mainStandIn();
    render(<LockSettingsSection api={api} />);
    expect(await screen.findByRole('heading', { name: 'Lock' })).toBeInTheDocument();
    const auto = screen.getByRole('checkbox', { name: 'Lock automatically' });
    const idle = screen.getByRole('combobox', { name: 'Lock after this long without use' });
    const sleep = screen.getByRole('checkbox', { name: 'Lock when the computer sleeps or its screen locks' });
    expect(idle).toHaveValue('10');
    expect([...(idle as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'Never',
      '1 minute',
      '5 minutes',
      '10 minutes',
      '30 minutes',
      '60 minutes',
    ]);

    await userEvent.tab();
    expect(auto).toHaveFocus();
    await userEvent.tab();
    expect(idle).toHaveFocus();
    await userEvent.selectOptions(idle, '5 minutes');
    await waitFor(() => expect(api.stored.idleMinutes).toBe(5));
    await userEvent.tab();
    expect(sleep).toHaveFocus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(api.stored).toEqual({ enabled: true, idleMinutes: 5, onSleep: false }));

    // Off: the other two wait, disabled, and keep their values for when it is on again.
    auto.focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(api.stored.enabled).toBe(false));
    expect(idle).toBeDisabled();
    expect(sleep).toBeDisabled();
    await userEvent.keyboard(' ');
    await waitFor(() => expect(api.stored).toEqual({ enabled: true, idleMinutes: 5, onSleep: false }));
    await userEvent.selectOptions(idle, 'Never');
    await waitFor(() => expect(api.stored.idleMinutes).toBeNull());
  });

  it('says so when main refuses, and shows what main holds', async () => {
    const api = mainStandIn();
    api.setLockSettings.mockImplementationOnce(() => Promise.reject(new Error('disk full')));
    render(<LockSettingsSection api={api} />);
    const idle = await screen.findByRole('combobox', { name: 'Lock after this long without use' });
    await userEvent.selectOptions(idle, '30 minutes');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The lock setting was not changed: Error: disk full',
    );
    expect(idle).toHaveValue('10');
    expect(api.stored.idleMinutes).toBe(10);
  });
});
