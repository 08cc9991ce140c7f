import { describe, expect, it } from 'vitest';
import {
  emptyReminderState,
  SNOOZE_LATER_TODAY_MS,
  snoozeUntil,
  stepReminder,
  type ReminderState,
} from '../../../shared/cadence/reminderPolicy';
import { localTimeAt } from '../../../shared/cadence/zonedTime';

const utc = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const zone = 'Europe/Berlin';
// Due Monday 8 June 2026, 09:00 in Berlin (07:00Z).
const dueAt = utc('2026-06-08T07:00:00Z');

function step(now: number, state: ReminderState = emptyReminderState, preferredTime = '09:00') {
  return stepReminder({ dueAt, now, timeZone: zone, preferredTime, state });
}

describe('reminder policy', () => {
  it('waits until the due time, then notifies once and records the local day', () => {
    const early = step(dueAt - HOUR);
    expect(early).toEqual({ notify: false, nextCheckAt: dueAt, state: emptyReminderState });
    const due = step(dueAt);
    expect(due.notify).toBe(true);
    expect(due.state).toEqual({ lastNotifiedDay: '2026-06-08', snoozedUntil: null });
    // Not again today; next chance is tomorrow at 09:00.
    expect(due.nextCheckAt).toBe(utc('2026-06-09T07:00:00Z'));
    const later = step(dueAt + 10 * HOUR, due.state);
    expect(later).toEqual({ notify: false, nextCheckAt: utc('2026-06-09T07:00:00Z'), state: due.state });
  });

  it('repeats an overdue reminder on later days, at the preferred time and not before', () => {
    const notifiedMonday: ReminderState = { lastNotifiedDay: '2026-06-08', snoozedUntil: null };
    // The app starts at 06:00 on Tuesday: wait for 09:00.
    const early = step(utc('2026-06-09T04:00:00Z'), notifiedMonday);
    expect(early.notify).toBe(false);
    expect(early.nextCheckAt).toBe(utc('2026-06-09T07:00:00Z'));
    const nine = step(utc('2026-06-09T07:00:00Z'), notifiedMonday);
    expect(nine.notify).toBe(true);
    expect(nine.state.lastNotifiedDay).toBe('2026-06-09');
    // Started late in the evening with nothing sent that day: notify now.
    expect(step(utc('2026-06-10T20:00:00Z'), nine.state).notify).toBe(true);
  });

  it('counts days in the user zone, not UTC', () => {
    const sydneyDue = utc('2026-06-08T23:00:00Z'); // 09:00 on the 9th in Sydney
    const at = (now: number, state: ReminderState) =>
      stepReminder({ dueAt: sydneyDue, now, timeZone: 'Australia/Sydney', preferredTime: '09:00', state });
    const first = at(sydneyDue, emptyReminderState);
    expect(first.state.lastNotifiedDay).toBe('2026-06-09');
    // Two hours later UTC has moved to the 9th, but in Sydney it is still the same day.
    expect(at(sydneyDue + 2 * HOUR, first.state).notify).toBe(false);
    // A day later (09:00 on the 10th in Sydney, still the 9th in UTC): the next one.
    const next = at(sydneyDue + 24 * HOUR, first.state);
    expect(next.notify).toBe(true);
    expect(next.state.lastNotifiedDay).toBe('2026-06-10');
  });

  it('holds everything while snoozed and then fires once, even on a day already notified', () => {
    const notified = step(dueAt).state;
    const until = snoozeUntil('later-today', dueAt + 5 * 60_000, zone, '09:00');
    expect(until).toBe(dueAt + 5 * 60_000 + SNOOZE_LATER_TODAY_MS);
    const snoozed: ReminderState = { ...notified, snoozedUntil: until };
    expect(step(until - 1, snoozed)).toEqual({ notify: false, nextCheckAt: until, state: snoozed });
    const fired = step(until, snoozed);
    expect(fired.notify).toBe(true);
    expect(fired.state).toEqual({ lastNotifiedDay: '2026-06-08', snoozedUntil: null });
    expect(step(until + HOUR, fired.state).notify).toBe(false);
  });

  it('snoozes until tomorrow at the preferred time, across a DST change', () => {
    // Saturday 7 March 2026, 21:00 in New York; Sunday is the spring-forward day.
    const now = utc('2026-03-08T02:00:00Z');
    const until = snoozeUntil('tomorrow', now, 'America/New_York', '09:00');
    expect(until).toBe(utc('2026-03-08T13:00:00Z'));
    expect(localTimeAt(until, 'America/New_York')).toBe('09:00');
  });

  it('forgets a snooze that ran out while nothing was due', () => {
    const later = utc('2026-06-15T07:00:00Z');
    const state: ReminderState = { lastNotifiedDay: null, snoozedUntil: dueAt - HOUR };
    const result = stepReminder({ dueAt: later, now: dueAt, timeZone: zone, preferredTime: '09:00', state });
    expect(result).toEqual({
      notify: false,
      nextCheckAt: later,
      state: { lastNotifiedDay: null, snoozedUntil: null },
    });
  });

  it('fires a reminder due before the preferred time of its day at the preferred time', () => {
    // A reminder due at local midnight with a 09:00 preference.
    const midnight = utc('2026-06-07T22:00:00Z');
    const result = stepReminder({
      dueAt: midnight,
      now: midnight,
      timeZone: zone,
      preferredTime: '09:00',
      state: emptyReminderState,
    });
    expect(result.notify).toBe(false);
    expect(result.nextCheckAt).toBe(dueAt);
  });
});
