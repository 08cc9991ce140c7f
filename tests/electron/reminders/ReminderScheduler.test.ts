import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_TIMER_MS,
  ReminderScheduler,
  type ReminderStates,
  type ReminderStateStore,
} from '../../../electron/main/reminders/ReminderScheduler';
import { REMINDER_STATE_FILE, reminderStateFile } from '../../../electron/main/reminders/reminderStateFile';
import type { Reminder, ReminderSyncArgs } from '../../../shared/cadence/reminderSchemas';
import { snoozeUntil } from '../../../shared/cadence/reminderPolicy';
import { FakeClock, settle } from './fakeClock';

const utc = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const zone = 'Europe/Berlin';
// 09:00 on Monday 8 June 2026 in Berlin.
const nineMonday = utc('2026-06-08T07:00:00Z');

const reflection = (dueAt: number): Reminder => ({
  id: 'reflection',
  title: 'Time to reflect',
  body: 'Your weekly reflection is due.',
  dueAt,
  rhythm: 'weekly',
});

const syncArgs = (reminders: Reminder[], timeZone = zone): ReminderSyncArgs => ({
  reminders,
  timeZone,
  preferredTime: '09:00',
});

function memoryStore(initial: ReminderStates = {}) {
  const store = {
    saved: structuredClone(initial),
    saves: 0,
    load: vi.fn(() => Promise.resolve(structuredClone(store.saved))),
    save: vi.fn((states: ReminderStates) => {
      store.saves += 1;
      store.saved = structuredClone(states);
      return Promise.resolve();
    }),
  };
  return store;
}

function start(clock: FakeClock, store: ReminderStateStore = memoryStore()) {
  const notified: string[] = [];
  const errors: unknown[] = [];
  const scheduler = new ReminderScheduler({
    clock,
    store,
    notify: (reminder) => notified.push(`${reminder.id}@${new Date(clock.now()).toISOString()}`),
    onError: (error) => errors.push(error),
  });
  return { scheduler, notified, errors };
}

describe('ReminderScheduler', () => {
  it('raises a reminder once when its time comes, and not again that day', async () => {
    const clock = new FakeClock(nineMonday - 2 * HOUR);
    const store = memoryStore();
    const { scheduler, notified } = start(clock, store);
    await expect(scheduler.sync(syncArgs([reflection(nineMonday)]))).resolves.toEqual({
      scheduled: 1,
      nextCheckAt: nineMonday,
    });
    expect(notified).toEqual([]);
    await clock.advance(2 * HOUR - 1);
    expect(notified).toEqual([]);
    await clock.advance(1);
    expect(notified).toEqual(['reflection@2026-06-08T07:00:00.000Z']);
    expect(store.saved).toEqual({ reflection: { lastNotifiedDay: '2026-06-08', snoozedUntil: null } });

    // The renderer syncs again (the vault changed) later the same day: nothing more.
    await clock.advance(5 * HOUR);
    await scheduler.sync(syncArgs([reflection(nineMonday)]));
    await clock.advance(8 * HOUR);
    expect(notified).toHaveLength(1);
    // Still not done the next morning: one reminder at 09:00, not at midnight.
    await clock.advance(utc('2026-06-09T07:00:00Z') - clock.now() - 1);
    expect(notified).toHaveLength(1);
    await clock.advance(1);
    expect(notified).toEqual(['reflection@2026-06-08T07:00:00.000Z', 'reflection@2026-06-09T07:00:00.000Z']);
  });

  it('raises at once what is already due when the renderer syncs', async () => {
    const clock = new FakeClock(nineMonday + 3 * HOUR);
    const { scheduler, notified } = start(clock);
    const result = await scheduler.sync(syncArgs([reflection(nineMonday - 24 * HOUR)]));
    expect(notified).toEqual(['reflection@2026-06-08T10:00:00.000Z']);
    expect(result.nextCheckAt).toBe(utc('2026-06-09T07:00:00Z'));
  });

  it('stops reminding once the user has done it (the next sync moves dueAt on)', async () => {
    const clock = new FakeClock(nineMonday);
    const { scheduler, notified } = start(clock);
    await scheduler.sync(syncArgs([reflection(nineMonday)]));
    expect(notified).toHaveLength(1);
    await clock.advance(HOUR);
    await scheduler.sync(syncArgs([reflection(nineMonday + 7 * 24 * HOUR)]));
    await clock.advance(6 * 24 * HOUR);
    expect(notified).toHaveLength(1);
    await clock.advance(24 * HOUR);
    expect(notified).toHaveLength(2);
  });

  it('fires a snoozed reminder at the snooze time, even on a day it already fired', async () => {
    const clock = new FakeClock(nineMonday);
    const { scheduler, notified } = start(clock);
    await scheduler.sync(syncArgs([reflection(nineMonday)]));
    expect(notified).toHaveLength(1);
    await clock.advance(10 * 60_000);
    const until = snoozeUntil('later-today', clock.now(), zone, '09:00');
    await expect(scheduler.snooze('reflection', until)).resolves.toEqual({ snoozed: true });
    await clock.advance(until - clock.now() - 1);
    expect(notified).toHaveLength(1);
    await clock.advance(1);
    expect(notified).toEqual(['reflection@2026-06-08T07:00:00.000Z', 'reflection@2026-06-08T10:10:00.000Z']);
    // And then not again that day.
    await clock.advance(10 * HOUR);
    expect(notified).toHaveLength(2);
  });

  it('holds a reminder snoozed until tomorrow, and refuses unknown ids and far-off snoozes', async () => {
    const clock = new FakeClock(nineMonday - HOUR);
    const { scheduler, notified } = start(clock);
    await scheduler.sync(syncArgs([reflection(nineMonday)]));
    const tomorrow = snoozeUntil('tomorrow', clock.now(), zone, '09:00');
    expect(tomorrow).toBe(utc('2026-06-09T07:00:00Z'));
    await expect(scheduler.snooze('reflection', tomorrow)).resolves.toEqual({ snoozed: true });
    await expect(scheduler.snooze('plan-review:nope', tomorrow)).resolves.toEqual({ snoozed: false });
    await expect(scheduler.snooze('reflection', clock.now() + 500 * 24 * HOUR)).resolves.toEqual({
      snoozed: false,
    });
    await clock.advance(tomorrow - clock.now() - 1);
    expect(notified).toEqual([]);
    await clock.advance(1);
    expect(notified).toEqual(['reflection@2026-06-09T07:00:00.000Z']);
  });

  it('keeps each reminder to its own day count', async () => {
    const clock = new FakeClock(nineMonday);
    const { scheduler, notified } = start(clock);
    const plan: Reminder = { ...reflection(nineMonday + HOUR), id: 'plan-review:P1', rhythm: 'monthly' };
    await scheduler.sync(syncArgs([reflection(nineMonday), plan]));
    expect(notified).toEqual(['reflection@2026-06-08T07:00:00.000Z']);
    await clock.advance(HOUR);
    expect(notified).toEqual([
      'reflection@2026-06-08T07:00:00.000Z',
      'plan-review:P1@2026-06-08T08:00:00.000Z',
    ]);
  });

  it('does not forget today when a sync briefly leaves a reminder out', async () => {
    const clock = new FakeClock(nineMonday);
    const store = memoryStore({ 'plan-review:old': { lastNotifiedDay: '2026-05-01', snoozedUntil: null } });
    const { scheduler, notified } = start(clock, store);
    await scheduler.sync(syncArgs([reflection(nineMonday)]));
    expect(notified).toHaveLength(1);
    await scheduler.sync(syncArgs([]));
    expect(Object.keys(store.saved)).toEqual(['reflection']);
    await scheduler.sync(syncArgs([reflection(nineMonday)]));
    expect(notified).toHaveLength(1);
  });

  it('follows the wall clock across a DST change', async () => {
    // Overdue since Saturday 7 March in New York; Sunday 8 March is the spring-forward day.
    const ny = 'America/New_York';
    const saturdayNine = utc('2026-03-07T14:00:00Z');
    const clock = new FakeClock(saturdayNine);
    const { scheduler, notified } = start(clock);
    await scheduler.sync(syncArgs([reflection(saturdayNine)], ny));
    await clock.advance(2 * 24 * HOUR);
    expect(notified).toEqual([
      'reflection@2026-03-07T14:00:00.000Z',
      // 09:00 EDT, 23 hours after the previous one.
      'reflection@2026-03-08T13:00:00.000Z',
      'reflection@2026-03-09T13:00:00.000Z',
    ]);
  });

  it('never sleeps longer than MAX_TIMER_MS, so sleep and clock changes are caught', async () => {
    const clock = new FakeClock(nineMonday);
    const { scheduler, notified } = start(clock);
    await scheduler.sync(syncArgs([reflection(nineMonday + 30 * 24 * HOUR)]));
    expect(Math.max(...clock.delays)).toBeLessThanOrEqual(MAX_TIMER_MS);
    // The wall clock jumps (the machine slept): the next wake-up notices.
    clock.current += 31 * 24 * HOUR;
    await clock.advance(MAX_TIMER_MS);
    expect(notified).toHaveLength(1);
    expect(clock.pendingTimers).toBe(1);
  });

  it('still notifies when saving fails, and survives a failing notify', async () => {
    const clock = new FakeClock(nineMonday);
    const store = memoryStore();
    store.save.mockRejectedValueOnce(new Error('disk full'));
    const errors: unknown[] = [];
    let calls = 0;
    const scheduler = new ReminderScheduler({
      clock,
      store,
      notify: () => {
        calls += 1;
        throw new Error('no notification daemon');
      },
      onError: (error) => errors.push(error),
    });
    await scheduler.sync(syncArgs([reflection(nineMonday)]));
    expect(calls).toBe(1);
    expect(errors.map(String)).toEqual(['Error: disk full', 'Error: no notification daemon']);
    // This session still remembers today.
    await scheduler.sync(syncArgs([reflection(nineMonday)]));
    expect(calls).toBe(1);
  });

  it('stops its timer when disposed', async () => {
    const clock = new FakeClock(nineMonday - HOUR);
    const { scheduler, notified } = start(clock);
    await scheduler.sync(syncArgs([reflection(nineMonday)]));
    expect(clock.pendingTimers).toBe(1);
    scheduler.dispose();
    expect(clock.pendingTimers).toBe(0);
    await clock.advance(2 * HOUR);
    expect(notified).toEqual([]);
    await expect(scheduler.sync(syncArgs([]))).rejects.toThrow('Reminders have stopped');
    expect(scheduler.isIdle()).toBe(true);
  });
});

describe('ReminderScheduler with its state file', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tandem-reminders-'));
    path = join(dir, REMINDER_STATE_FILE);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('remembers across a restart that today is done', async () => {
    const clock = new FakeClock(nineMonday);
    const first = start(clock, reminderStateFile({ path }));
    await first.scheduler.sync(syncArgs([reflection(nineMonday)]));
    expect(first.notified).toHaveLength(1);
    first.scheduler.dispose();
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      version: 1,
      reminders: { reflection: { lastNotifiedDay: '2026-06-08', snoozedUntil: null } },
    });

    await clock.advance(HOUR);
    const second = start(clock, reminderStateFile({ path }));
    await second.scheduler.sync(syncArgs([reflection(nineMonday)]));
    expect(second.notified).toEqual([]);
    const until = clock.now() + HOUR;
    await second.scheduler.snooze('reflection', until);
    await second.scheduler.whenIdle();
    second.scheduler.dispose();

    // A snooze survives a restart too.
    const third = start(clock, reminderStateFile({ path }));
    await third.scheduler.sync(syncArgs([reflection(nineMonday)]));
    expect(third.notified).toEqual([]);
    await clock.advance(HOUR);
    await third.scheduler.whenIdle();
    expect(third.notified).toEqual(['reflection@2026-06-08T09:00:00.000Z']);
    third.scheduler.dispose();
  });

  it('starts clean from a damaged file and keeps a copy of it', async () => {
    await writeFile(path, '{"version": 1, "reminders": {"reflection": {"lastNotifiedDay": "2026-02-31"');
    const clock = new FakeClock(nineMonday);
    const damaged: string[] = [];
    const { scheduler, notified } = start(
      clock,
      reminderStateFile({ path, now: () => 1234, onDamaged: (message) => damaged.push(message) }),
    );
    await scheduler.sync(syncArgs([reflection(nineMonday)]));
    expect(notified).toHaveLength(1);
    expect(damaged).toEqual([expect.stringContaining(`kept a copy at ${path}.damaged-1234`)]);
    expect((await readdir(dir)).sort()).toEqual([REMINDER_STATE_FILE, `${REMINDER_STATE_FILE}.damaged-1234`]);
    expect(await readFile(`${path}.damaged-1234`, 'utf8')).toContain('2026-02-31');
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ version: 1 });
    scheduler.dispose();
    await settle();
  });
});
