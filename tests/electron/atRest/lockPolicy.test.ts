import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOCK_SETTINGS } from '../../../shared/atRest/lockSettings';
import { readLockSettings, startLockPolicy } from '../../../electron/main/atRest/lockPolicy';

/** When Tandem locks by itself, as the person chose it: stored by main and applied at once. */

class FakePower {
  idleSeconds = 0;
  readonly listeners = new Map<string, Set<() => void>>();
  on(event: string, listener: () => void) {
    this.listeners.set(event, (this.listeners.get(event) ?? new Set()).add(listener));
  }
  removeListener(event: string, listener: () => void) {
    this.listeners.get(event)?.delete(listener);
  }
  emit(event: string) {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }
  getSystemIdleTime() {
    return this.idleSeconds;
  }
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tandem-lock-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function start(path: string, initial = DEFAULT_LOCK_SETTINGS) {
  const power = new FakePower();
  const locks: string[] = [];
  const ticks: (() => void)[] = [];
  const policy = startLockPolicy({
    power,
    lock: (reason) => locks.push(reason),
    path,
    initial,
    setInterval: (run) => ticks.push(run),
    clearInterval: () => ticks.splice(0),
  });
  const tick = () => ticks.forEach((run) => run());
  return { power, locks, policy, tick, ticks };
}

describe('the lock settings', () => {
  it('defaults to on, ten minutes, sleep and screen lock, without a file or with a damaged one', async () => {
    const path = join(dir, 'lock-settings.json');
    await expect(readLockSettings(path)).resolves.toEqual(DEFAULT_LOCK_SETTINGS);
    await writeFile(path, '{"version":1,"settings":{"enabled":false,"idleMinutes":7,"onSleep":true}}');
    await expect(readLockSettings(path)).resolves.toEqual(DEFAULT_LOCK_SETTINGS);
  });

  it('applies a change at once and keeps it for the next start', async () => {
    const path = join(dir, 'lock-settings.json');
    const { power, locks, policy, tick } = start(path);
    power.idleSeconds = 5 * 60;
    tick();
    expect(locks).toEqual([]);
    await policy.change({ enabled: true, idleMinutes: 5, onSleep: false });
    tick();
    expect(locks).toEqual(['idle']);
    power.emit('suspend');
    power.emit('lock-screen');
    expect(locks).toEqual(['idle']);
    await expect(readLockSettings(path)).resolves.toEqual({ enabled: true, idleMinutes: 5, onSleep: false });
    // Never on idle, but on sleep.
    await policy.change({ enabled: true, idleMinutes: null, onSleep: true });
    power.idleSeconds = 10 * 3600;
    tick();
    power.emit('suspend');
    expect(locks).toEqual(['idle', 'suspend']);
  });

  it('off: nothing locks by itself', async () => {
    const { power, locks, policy, tick, ticks } = start(join(dir, 'lock-settings.json'));
    await policy.change({ enabled: false, idleMinutes: 10, onSleep: true });
    expect(ticks).toHaveLength(0);
    power.idleSeconds = 3600;
    tick();
    power.emit('suspend');
    power.emit('lock-screen');
    expect(locks).toEqual([]);
  });

  it('refuses minutes it does not offer and anything malformed, storing and changing nothing', async () => {
    const path = join(dir, 'lock-settings.json');
    const { power, locks, policy, tick } = start(path);
    for (const bad of [
      { enabled: true, idleMinutes: 7, onSleep: true },
      { enabled: true, idleMinutes: -1, onSleep: true },
      { enabled: 'yes', idleMinutes: 10, onSleep: true },
      null,
    ]) {
      await expect(policy.change(bad)).rejects.toThrow();
    }
    await expect(readFile(path)).rejects.toThrow();
    expect(policy.settings).toEqual(DEFAULT_LOCK_SETTINGS);
    power.idleSeconds = 10 * 60;
    tick();
    expect(locks).toEqual(['idle']);
  });
});
