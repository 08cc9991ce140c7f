import { describe, expect, it, vi } from 'vitest';
import { createLockAfterFlush } from '../../../electron/main/atRest/lockAfterFlush';

/** Main's lock asks the window to store its last edits first, and waits a bounded time. */

function setup({ window = true, unlocked = true } = {}) {
  const calls: string[] = [];
  let isUnlocked = unlocked;
  const locker = createLockAfterFlush({
    canLock: () => isUnlocked,
    lock: () => {
      if (!isUnlocked) return false;
      isUnlocked = false;
      calls.push('lock');
      return true;
    },
    askWindowToFlush: () => {
      calls.push('ask');
      return window;
    },
    reload: () => calls.push('reload'),
    waitMs: 2_000,
    log: (line) => calls.push(`log: ${line}`),
  });
  return { locker, calls };
}

describe('locking after the window has stored its edits', () => {
  it('asks the window, and refuses the key and reloads only once it answers', async () => {
    const { locker, calls } = setup();
    const done = locker.lockNow('menu');
    await Promise.resolve();
    expect(calls).toEqual(['ask']);
    locker.windowFlushed();
    await done;
    expect(calls).toEqual(['ask', 'lock', 'log: locked (menu)', 'reload']);
  });

  it('locks after the bounded wait when the window does not answer', async () => {
    vi.useFakeTimers();
    try {
      const { locker, calls } = setup();
      const done = locker.lockNow('suspend');
      await vi.advanceTimersByTimeAsync(1_999);
      expect(calls).toEqual(['ask']);
      await vi.advanceTimersByTimeAsync(1);
      await done;
      expect(calls).toEqual([
        'ask',
        'log: locking (suspend): the window did not answer within 2000 ms',
        'lock',
        'log: locked (suspend)',
        'reload',
      ]);
      // A late answer changes nothing.
      locker.windowFlushed();
      expect(calls.filter((c) => c === 'reload')).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('locks at once without a window, and does nothing when nothing is unlocked', async () => {
    const noWindow = setup({ window: false });
    await noWindow.locker.lockNow('idle');
    expect(noWindow.calls).toEqual(['ask', 'lock', 'log: locked (idle)', 'reload']);
    const alreadyLocked = setup({ unlocked: false });
    await alreadyLocked.locker.lockNow('lock-screen');
    expect(alreadyLocked.calls).toEqual([]);
  });

  it('sleep and screen lock at the same moment ask once and reload once', async () => {
    const { locker, calls } = setup();
    const first = locker.lockNow('suspend');
    const second = locker.lockNow('lock-screen');
    locker.windowFlushed();
    await Promise.all([first, second]);
    expect(calls.filter((c) => c === 'ask')).toHaveLength(1);
    expect(calls.filter((c) => c === 'reload')).toHaveLength(1);
  });
});
