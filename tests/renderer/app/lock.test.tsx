import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AtRestStatus } from '../../../shared/atRest/atRestIpc';
import { updateProfile, upsertVaultEntry } from '../../../shared/schema/vault';
import { openStore } from '../../../renderer/src/app/openStore';
import { startApp } from '../../../renderer/src/app/startApp';
import { freshBootOptions } from '../journal/bootOptions';

/**
 * The lock, in the window: locked means the page holds nothing of the journal (main reloads it
 * on lock, so the page that starts shows only the lock screen, its key refused), and Unlock
 * brings the journal back. Real IndexedDB and WebCrypto; main is a stand-in window.tandem.
 */

const CANARY = 'Lockcanary quarterly raise talk';

function tandemWith(status: () => AtRestStatus, resume: () => Promise<AtRestStatus>) {
  const atRest = {
    status: vi.fn(() => Promise.resolve(status())),
    choose: vi.fn(),
    unlock: vi.fn(),
    lock: vi.fn(() => Promise.resolve({ locked: true })),
    resume: vi.fn(resume),
    windowSealed: vi.fn(() => Promise.resolve({})),
  };
  Object.defineProperty(window, 'tandem', { value: { atRest }, configurable: true });
  return atRest;
}

function freshRoot() {
  document.getElementById('root')?.remove();
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
}

afterEach(() => {
  document.getElementById('root')?.remove();
  Reflect.deleteProperty(window, 'tandem');
});

describe('the lock in the window', () => {
  it('shows only the lock screen while locked, nothing of the journal, and Unlock opens it', async () => {
    const options = freshBootOptions();
    const ready: AtRestStatus = {
      state: 'ready',
      protection: 'keystore',
      windowKey: crypto.getRandomValues(new Uint8Array(32)),
      windowSealed: true,
    };
    // Unlocked: the journal with an entry in it.
    tandemWith(
      () => ready,
      () => Promise.resolve(ready),
    );
    freshRoot();
    window.location.hash = '';
    const first = openStore(options);
    const app = await startApp(first);
    const vault = first.vault.doc;
    updateProfile(vault, { onboarding: 'skipped' });
    upsertVaultEntry(vault, {
      id: 'e1',
      kind: 'reflection',
      title: CANARY,
      createdAt: 1,
      updatedAt: 1,
      tags: [],
      templateId: 'weekly-check-in',
      excerpt: CANARY,
      wordCount: 4,
      links: [],
      deletedAt: null,
    });
    expect(await screen.findByRole('link', { name: new RegExp(CANARY) })).toBeInTheDocument();
    await first.store.closeAll();
    app.unmount();

    // Locked: main refuses the key; the reloaded page starts from the same profile.
    let locked = true;
    const atRest = tandemWith(
      () => (locked ? { state: 'locked' } : ready),
      () => {
        locked = false;
        return Promise.resolve(ready);
      },
    );
    freshRoot();
    window.location.hash = '';
    const second = openStore(options);
    // startApp settles once the journal shows, which while locked it does not.
    const again = startApp(second);
    expect(await screen.findByRole('heading', { name: 'Tandem is locked' })).toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(document.body.textContent).not.toContain(CANARY);
    expect(screen.queryByRole('navigation', { name: 'Journal entries' })).toBeNull();
    // Unlock is where focus starts: Enter opens the journal.
    const unlock = screen.getByRole('button', { name: 'Unlock' });
    expect(unlock).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(atRest.resume).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('link', { name: new RegExp(CANARY) })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tandem is locked' })).toBeNull();
    await second.store.closeAll();
    (await again).unmount();
  });

  it('says so and stays locked when the keystore does not open the key', async () => {
    const atRest = tandemWith(
      () => ({ state: 'locked' }),
      () => Promise.resolve({ state: 'locked' }),
    );
    freshRoot();
    const opened = openStore(freshBootOptions());
    void startApp(opened);
    await userEvent.click(await screen.findByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The system keystore did not open');
    expect(atRest.resume).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'Tandem is locked' })).toBeInTheDocument();
    // (Its store stays waiting for a key that never comes; the next test uses another profile.)
  });
});
