import { fireEvent, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { installLockShortcut } from '../../../renderer/src/app/lockShortcut';

/** Lock now from the keyboard: main is asked to lock, and the page reloads only if it did. */
describe('the lock shortcut', () => {
  it('locks on Ctrl+Shift+L and Cmd+Shift+L, then reloads the page; other keys do nothing', async () => {
    const lock = vi.fn(() => Promise.resolve({ locked: true }));
    const reload = vi.fn();
    const uninstall = installLockShortcut({ lock }, () => Promise.resolve(), reload);
    fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'L', ctrlKey: true, shiftKey: true, altKey: true });
    expect(lock).not.toHaveBeenCalled();
    fireEvent.keyDown(window, { key: 'L', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    fireEvent.keyDown(window, { key: 'l', metaKey: true, shiftKey: true });
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(2));
    expect(lock).toHaveBeenCalledTimes(2);
    // Nothing was unlocked (main said so): no reload.
    lock.mockImplementation(() => Promise.resolve({ locked: false }));
    fireEvent.keyDown(window, { key: 'L', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(lock).toHaveBeenCalledTimes(3));
    await Promise.resolve();
    expect(reload).toHaveBeenCalledTimes(2);
    uninstall();
  });
});
