import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { startAutoLock, type LockReason } from '../../../electron/main/atRest/autoLock';

/**
 * When Tandem locks by itself, against a stand-in for Electron's powerMonitor (the same three
 * members) and a hand-driven timer: sleep, screen lock, and the system idle past the limit.
 */

function setUp(idleLimitSeconds = 600) {
  const power = Object.assign(new EventEmitter(), {
    idle: 0,
    getSystemIdleTime(): number {
      return this.idle;
    },
  });
  const locks: LockReason[] = [];
  let tick: (() => void) | null = null;
  let every = 0;
  const handle = startAutoLock({
    power,
    idleLimitSeconds,
    lock: (reason) => locks.push(reason),
    setInterval: (run, ms) => {
      tick = run;
      every = ms;
      return 'timer';
    },
    clearInterval: () => (tick = null),
  });
  return { power, locks, handle, tick: () => tick?.(), every: () => every, ticking: () => tick !== null };
}

describe('auto-lock', () => {
  it('locks when the system sleeps or its screen locks', () => {
    const { power, locks } = setUp();
    power.emit('suspend');
    power.emit('lock-screen');
    expect(locks).toEqual(['suspend', 'lock-screen']);
  });

  it('locks once the system has been idle for the limit, not before; it looks every 15 s', () => {
    const { power, locks, tick, every } = setUp(600);
    expect(every()).toBe(15_000);
    power.idle = 599;
    tick();
    expect(locks).toEqual([]);
    power.idle = 600;
    tick();
    expect(locks).toEqual(['idle']);
  });

  it('stops listening and looking when stopped', () => {
    const { power, locks, handle, ticking } = setUp();
    handle.stop();
    power.emit('suspend');
    power.emit('lock-screen');
    expect(locks).toEqual([]);
    expect(ticking()).toBe(false);
    expect(power.listenerCount('suspend') + power.listenerCount('lock-screen')).toBe(0);
  });
});
