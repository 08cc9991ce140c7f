import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { delayQuitUntilIdle, PendingWork } from '../../electron/main/appLifecycle';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

class FakeApp extends EventEmitter {
  quit = vi.fn(() => {
    const event = { preventDefault: vi.fn() };
    this.emit('will-quit', event);
    return event;
  });
}

describe('delayQuitUntilIdle', () => {
  it('lets an idle app quit at once', () => {
    const app = new FakeApp();
    delayQuitUntilIdle(app, () => [new PendingWork()]);
    expect(app.quit().preventDefault).not.toHaveBeenCalled();
  });

  it('holds the quit until a pending write lands, then quits', async () => {
    const app = new FakeApp();
    const work = new PendingWork();
    const write = deferred();
    void work.track(write.promise);
    delayQuitUntilIdle(app, () => [work]);

    const first = app.quit();
    expect(first.preventDefault).toHaveBeenCalled();
    expect(app.quit).toHaveBeenCalledTimes(1);
    write.resolve();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(2));
    expect(
      (app.quit.mock.results[1]?.value as { preventDefault: () => void }).preventDefault,
    ).not.toHaveBeenCalled();
  });

  it('gives up waiting after the grace period', async () => {
    vi.useFakeTimers();
    const app = new FakeApp();
    const work = new PendingWork();
    void work.track(new Promise(() => undefined));
    delayQuitUntilIdle(app, () => [work], 1000);
    app.quit();
    await vi.advanceTimersByTimeAsync(999);
    expect(app.quit).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quit).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it('counts failed writes as settled', async () => {
    const work = new PendingWork();
    await expect(work.track(Promise.reject(new Error('EIO')))).rejects.toThrow('EIO');
    await work.whenIdle();
    expect(work.isIdle()).toBe(true);
  });
});
