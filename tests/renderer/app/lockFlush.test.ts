import { fireEvent, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AtRestStatus } from '../../../shared/atRest/atRestIpc';
import { answerFlushBeforeLock, boundedFlush } from '../../../renderer/src/app/flushBeforeLock';
import { installLockShortcut } from '../../../renderer/src/app/lockShortcut';
import { openStore } from '../../../renderer/src/app/openStore';
import { FakeMainEvents } from '../sharing/fakeMainEvents';
import { freshBootOptions } from '../journal/bootOptions';

/**
 * Locking reloads the page; what the document store still had batched would be lost with it.
 * The page writes first (bounded), then locks. Real IndexedDB and WebCrypto; main is a stand-in.
 */

const TYPED = 'typed a moment before locking';

function tandemReady() {
  const ready: AtRestStatus = {
    state: 'ready',
    protection: 'keystore',
    windowKey: crypto.getRandomValues(new Uint8Array(32)),
    windowSealed: true,
  };
  const atRest = {
    status: vi.fn(() => Promise.resolve(ready)),
    lock: vi.fn(() => Promise.resolve({ locked: true })),
    flushed: vi.fn(() => Promise.resolve({})),
    windowSealed: vi.fn(() => Promise.resolve({})),
  };
  Object.defineProperty(window, 'tandem', { value: { atRest }, configurable: true });
  return atRest;
}

afterEach(() => Reflect.deleteProperty(window, 'tandem'));

async function journalWithOpenEntry() {
  const options = freshBootOptions();
  const atRest = tandemReady();
  const opened = openStore(options);
  await opened.vault.ready;
  const [entry, release] = opened.store.open('e1');
  await entry.ready;
  return { options, atRest, opened, entry, release };
}

/** What a page started after the reload reads from IndexedDB for the entry. */
async function textAfterReload(options: ReturnType<typeof freshBootOptions>): Promise<string> {
  const next = openStore(options);
  await next.vault.ready;
  const [entry, release] = next.store.open('e1');
  await entry.ready;
  const text = entry.doc.getText('body').toJSON();
  release();
  await next.store.closeAll();
  return text;
}

describe('locking stores the last edits first', () => {
  it('Ctrl+Shift+L: the edit typed just before is stored before main locks, and is there after unlocking', async () => {
    const { options, atRest, opened, entry, release } = await journalWithOpenEntry();
    const kindAtLock: string[] = [];
    atRest.lock.mockImplementation(() => {
      // Main refuses the key now; the page is about to go. Everything must already be written.
      kindAtLock.push(opened.store.getStatus().kind);
      return Promise.resolve({ locked: true });
    });
    let reloaded = false;
    const uninstall = installLockShortcut(
      atRest,
      () => opened.store.flushAll(),
      () => (reloaded = true),
    );
    entry.doc.getText('body').insert(0, TYPED);
    fireEvent.keyDown(window, { key: 'L', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(reloaded).toBe(true));
    expect(kindAtLock).toEqual(['saved']);
    uninstall();
    release();
    await opened.store.closeAll();
    expect(await textAfterReload(options)).toBe(TYPED);
  });

  it("main's lock (menu, idle, sleep): the window writes, then answers flushed", async () => {
    const { options, atRest, opened, entry, release } = await journalWithOpenEntry();
    const events = new FakeMainEvents();
    const kindAtAnswer: string[] = [];
    atRest.flushed.mockImplementation(() => {
      kindAtAnswer.push(opened.store.getStatus().kind);
      return Promise.resolve({});
    });
    const stop = answerFlushBeforeLock(events.api, () => opened.store.flushAll(), atRest);
    entry.doc.getText('body').insert(0, TYPED);
    events.emit('flushBeforeLock', {});
    await waitFor(() => expect(atRest.flushed).toHaveBeenCalledTimes(1));
    expect(kindAtAnswer).toEqual(['saved']);
    stop();
    expect(events.listenerCount('flushBeforeLock')).toBe(0);
    release();
    await opened.store.closeAll();
    expect(await textAfterReload(options)).toBe(TYPED);
  });

  it('a write that hangs does not keep the journal open: the wait ends', async () => {
    vi.useFakeTimers();
    try {
      let settled = false;
      void boundedFlush(() => new Promise<void>(() => undefined), 1_500).then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(1_499);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      // A write that fails also ends the wait (and is reported), rather than blocking the lock.
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      let failedSettled = false;
      void boundedFlush(() => Promise.reject(new Error('disk full'))).then(() => (failedSettled = true));
      await vi.advanceTimersByTimeAsync(0);
      expect(failedSettled).toBe(true);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('disk full'));
      warn.mockRestore();
    } finally {
      vi.useRealTimers();
    }
  });
});
