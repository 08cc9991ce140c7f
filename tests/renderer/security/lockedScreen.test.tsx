import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LockSettings } from '../../../shared/atRest/lockSettings';
import { LockedScreen } from '../../../renderer/src/features/security/LockedScreen';

/** The lock screen says when Tandem locks as Settings → Lock has it, not a fixed ten minutes. */
type Api = Parameters<typeof LockedScreen>[0]['api'];

function apiWith(settings: LockSettings | null): Api {
  const unused = () => Promise.reject(new Error('not used here'));
  return {
    lockSettings: vi.fn(() =>
      settings ? Promise.resolve(settings) : Promise.reject(new Error('no answer')),
    ),
    resume: unused,
  } as unknown as Api;
}

describe('the lock screen', () => {
  it('names the idle time chosen in Settings, and leaves out sleep when that is off', async () => {
    render(
      <LockedScreen api={apiWith({ enabled: true, idleMinutes: 30, onSleep: false })} onDone={() => {}} />,
    );
    expect(await screen.findByText(/after 30 minutes without use\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/sleeps/)).toBeNull();
  });

  it('says only the menu and shortcut lock it when the automatic lock is off', async () => {
    const api = apiWith({ enabled: false, idleMinutes: 10, onSleep: true });
    render(<LockedScreen api={api} onDone={() => {}} />);
    await vi.waitFor(() => expect(api.lockSettings).toHaveBeenCalled());
    expect(
      await screen.findByText(/when you choose Lock Tandem \(Ctrl\+Shift\+L, or Cmd\+Shift\+L on a Mac\)\.$/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/without use/)).toBeNull();
  });

  it('keeps the default sentence when main does not answer', async () => {
    render(<LockedScreen api={apiWith(null)} onDone={() => {}} />);
    expect(
      await screen.findByText(/after 10 minutes without use, and when the computer sleeps/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Unlock' })).toHaveFocus();
  });
});
