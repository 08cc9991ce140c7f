import { describe, expect, it } from 'vitest';
import {
  addMonthsClamped,
  addRhythm,
  cadenceStatus,
  isDue,
  nextDueAt,
  nextDueDate,
} from '../../../shared/cadence/cadence';
import { localDateAt, localTimeAt } from '../../../shared/cadence/zonedTime';

const utc = (iso: string) => Date.parse(iso);

describe('rhythm arithmetic', () => {
  it('adds weeks by the calendar and months clamped to the month end', () => {
    expect(addRhythm('2026-03-02', 'weekly')).toBe('2026-03-09');
    expect(addRhythm('2026-12-28', 'biweekly')).toBe('2027-01-11');
    expect(addRhythm('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(addRhythm('2028-01-31', 'monthly')).toBe('2028-02-29');
    expect(addRhythm('2026-03-31', 'monthly')).toBe('2026-04-30');
    expect(addRhythm('2026-11-30', 'quarterly')).toBe('2027-02-28');
    expect(addRhythm('2026-12-15', 'quarterly')).toBe('2027-03-15');
    expect(addMonthsClamped('2026-01-31', -2)).toBe('2025-11-30');
    expect(addMonthsClamped('2026-03-01', -14)).toBe('2025-01-01');
  });
});

describe('next due', () => {
  it('is one rhythm after the local day of the anchor, at the preferred local time', () => {
    // Monday 2 March 2026, 22:30 in New York is already Tuesday in UTC; the local day counts.
    const anchor = utc('2026-03-03T03:30:00Z');
    const input = {
      rhythm: 'weekly' as const,
      timeZone: 'America/New_York',
      anchor,
      preferredTime: '09:00',
      now: anchor,
    };
    expect(nextDueDate(input)).toBe('2026-03-09');
    // The week crosses the spring-forward change: still 09:00 on the wall, now EDT.
    expect(nextDueAt(input)).toBe(utc('2026-03-09T13:00:00Z'));
    expect(nextDueAt({ ...input, timeZone: 'UTC' })).toBe(utc('2026-03-10T09:00:00Z'));
  });

  it('stays at the preferred local time across DST in each zone', () => {
    const cases: { zone: string; anchor: string; rhythm: 'weekly' | 'biweekly' | 'monthly'; due: string }[] =
      [
        { zone: 'America/New_York', anchor: '2026-10-28T14:00:00Z', rhythm: 'weekly', due: '2026-11-04' },
        { zone: 'Europe/Berlin', anchor: '2026-03-25T08:00:00Z', rhythm: 'weekly', due: '2026-04-01' },
        { zone: 'Europe/Berlin', anchor: '2026-10-20T08:00:00Z', rhythm: 'biweekly', due: '2026-11-03' },
        { zone: 'Australia/Sydney', anchor: '2026-03-20T00:00:00Z', rhythm: 'monthly', due: '2026-04-20' },
        { zone: 'Australia/Sydney', anchor: '2026-09-30T00:00:00Z', rhythm: 'weekly', due: '2026-10-07' },
        { zone: 'Asia/Kolkata', anchor: '2026-03-25T20:00:00Z', rhythm: 'weekly', due: '2026-04-02' },
      ];
    for (const c of cases) {
      const dueAt = nextDueAt({
        rhythm: c.rhythm,
        timeZone: c.zone,
        anchor: utc(c.anchor),
        preferredTime: '09:00',
        now: utc(c.anchor),
      });
      expect([c.zone, localDateAt(dueAt, c.zone), localTimeAt(dueAt, c.zone)]).toEqual([
        c.zone,
        c.due,
        '09:00',
      ]);
    }
  });

  it('lands a preferred time that the clocks skip just after the gap', () => {
    // Weekly from 1 March 2026 in New York at 02:30: 8 March has no 02:30.
    const dueAt = nextDueAt({
      rhythm: 'weekly',
      timeZone: 'America/New_York',
      anchor: utc('2026-03-01T15:00:00Z'),
      preferredTime: '02:30',
      now: 0,
    });
    expect(localDateAt(dueAt, 'America/New_York')).toBe('2026-03-08');
    expect(localTimeAt(dueAt, 'America/New_York')).toBe('03:30');
  });

  it('clamps a monthly rhythm anchored on the 31st to the end of the next month', () => {
    const dueAt = nextDueAt({
      rhythm: 'monthly',
      timeZone: 'Europe/Berlin',
      anchor: utc('2026-01-31T10:00:00Z'),
      preferredTime: '18:15',
      now: 0,
    });
    expect(dueAt).toBe(utc('2026-02-28T17:15:00Z'));
  });

  it('is today at the preferred time when there is no anchor yet', () => {
    const now = utc('2026-05-05T20:00:00Z'); // 01:30 on 6 May in Kolkata
    const input = {
      rhythm: 'monthly' as const,
      timeZone: 'Asia/Kolkata',
      anchor: null,
      preferredTime: '09:00',
      now,
    };
    expect(nextDueAt(input)).toBe(utc('2026-05-06T03:30:00Z'));
    expect(isDue(input)).toBe(false);
  });

  it('reports whether it is due and for how many days it has been', () => {
    const base = {
      rhythm: 'weekly' as const,
      timeZone: 'Europe/Berlin',
      anchor: utc('2026-06-01T10:00:00Z'),
      preferredTime: '09:00',
    };
    expect(cadenceStatus({ ...base, now: utc('2026-06-08T06:59:59Z') })).toEqual({
      dueDate: '2026-06-08',
      dueAt: utc('2026-06-08T07:00:00Z'),
      isDue: false,
      daysOverdue: 0,
    });
    expect(cadenceStatus({ ...base, now: utc('2026-06-08T07:00:00Z') })).toMatchObject({
      isDue: true,
      daysOverdue: 0,
    });
    // Not rolled forward: still the 8th, three days on.
    expect(cadenceStatus({ ...base, now: utc('2026-06-11T12:00:00Z') })).toMatchObject({
      dueDate: '2026-06-08',
      isDue: true,
      daysOverdue: 3,
    });
  });
});
