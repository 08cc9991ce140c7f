import { describe, expect, it } from 'vitest';
import {
  instantAt,
  isValidTimeZone,
  localDateAt,
  localTimeAt,
  offsetAt,
  parseLocalTime,
  startOfLocalDay,
  timeZoneSchema,
  wallClockAt,
} from '../../../shared/cadence/zonedTime';
import { isoDateAt } from '../../../shared/schema/dates';

const HOUR = 3_600_000;
const utc = (iso: string) => Date.parse(iso);

describe('instants to wall clocks', () => {
  it('reads the local date, time and offset in each zone', () => {
    const instant = utc('2026-06-30T22:45:10.500Z');
    expect(wallClockAt(instant, 'UTC')).toEqual({
      year: 2026,
      month: 6,
      day: 30,
      hour: 22,
      minute: 45,
      second: 10,
    });
    expect(localDateAt(instant, 'Asia/Kolkata')).toBe('2026-07-01');
    expect(localTimeAt(instant, 'Asia/Kolkata')).toBe('04:15');
    expect(offsetAt(instant, 'Asia/Kolkata')).toBe(5.5 * HOUR);
    expect(offsetAt(instant, 'America/New_York')).toBe(-4 * HOUR);
    expect(offsetAt(instant, 'Australia/Sydney')).toBe(10 * HOUR);
    expect(offsetAt(utc('2026-01-15T12:00:00Z'), 'Australia/Sydney')).toBe(11 * HOUR);
    expect(localTimeAt(utc('2026-03-01T00:00:00Z'), 'America/New_York')).toBe('19:00');
  });

  it('agrees with isoDateAt', () => {
    const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'];
    for (
      let instant = utc('2025-12-31T00:00:00Z');
      instant < utc('2027-01-02T00:00:00Z');
      instant += 31 * HOUR + 13 * 60_000
    ) {
      for (const zone of zones) expect(localDateAt(instant, zone)).toBe(isoDateAt(instant, zone));
    }
  });

  it('handles instants before 1970 (negative milliseconds)', () => {
    const instant = utc('1969-12-31T23:59:59.750Z');
    expect(offsetAt(instant, 'UTC')).toBe(0);
    expect(localDateAt(instant, 'UTC')).toBe('1969-12-31');
  });
});

describe('wall clocks to instants', () => {
  it('places a local time on ordinary days in each zone', () => {
    expect(instantAt('2026-06-01', '09:00', 'UTC')).toBe(utc('2026-06-01T09:00:00Z'));
    expect(instantAt('2026-06-01', '09:00', 'Asia/Kolkata')).toBe(utc('2026-06-01T03:30:00Z'));
    expect(instantAt('2026-01-10', '09:00', 'America/New_York')).toBe(utc('2026-01-10T14:00:00Z'));
    expect(instantAt('2026-07-10', '09:00', 'America/New_York')).toBe(utc('2026-07-10T13:00:00Z'));
    expect(instantAt('2026-07-10', '09:00', 'Europe/Berlin')).toBe(utc('2026-07-10T07:00:00Z'));
    expect(instantAt('2026-07-10', '09:00', 'Australia/Sydney')).toBe(utc('2026-07-09T23:00:00Z'));
    expect(instantAt('2026-01-10', { hour: 9, minute: 0 }, 'Australia/Sydney')).toBe(
      utc('2026-01-09T22:00:00Z'),
    );
  });

  it('keeps 09:00 at 09:00 on both sides of every DST change', () => {
    const changes: [string, string][] = [
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['Europe/Berlin', '2026-03-29'],
      ['Europe/Berlin', '2026-10-25'],
      ['Australia/Sydney', '2026-04-05'],
      ['Australia/Sydney', '2026-10-04'],
    ];
    for (const [zone, day] of changes) {
      for (const offset of [-1, 0, 1]) {
        const date = new Date(Date.parse(`${day}T00:00:00Z`) + offset * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const instant = instantAt(date, '09:00', zone);
        expect(localDateAt(instant, zone)).toBe(date);
        expect(localTimeAt(instant, zone)).toBe('09:00');
      }
    }
  });

  it('moves a time that does not exist (clocks go forward) later by the gap', () => {
    // US: 02:00 EST becomes 03:00 EDT on 8 March 2026.
    const ny = instantAt('2026-03-08', '02:30', 'America/New_York');
    expect(ny).toBe(utc('2026-03-08T07:30:00Z'));
    expect(localTimeAt(ny, 'America/New_York')).toBe('03:30');
    // EU: 02:00 CET becomes 03:00 CEST on 29 March 2026.
    expect(localTimeAt(instantAt('2026-03-29', '02:30', 'Europe/Berlin'), 'Europe/Berlin')).toBe('03:30');
    // Sydney: 02:00 AEST becomes 03:00 AEDT on 4 October 2026.
    expect(localTimeAt(instantAt('2026-10-04', '02:00', 'Australia/Sydney'), 'Australia/Sydney')).toBe(
      '03:00',
    );
    // The edges of the gap: 01:59 exists, 03:00 exists.
    expect(localTimeAt(instantAt('2026-03-08', '01:59', 'America/New_York'), 'America/New_York')).toBe(
      '01:59',
    );
    expect(instantAt('2026-03-08', '03:00', 'America/New_York')).toBe(utc('2026-03-08T07:00:00Z'));
  });

  it('takes the first of a time that happens twice (clocks go back)', () => {
    // US: 01:30 happens in EDT (05:30Z) and again in EST (06:30Z) on 1 November 2026.
    expect(instantAt('2026-11-01', '01:30', 'America/New_York')).toBe(utc('2026-11-01T05:30:00Z'));
    // EU: 02:30 CEST (00:30Z) then 02:30 CET (01:30Z) on 25 October 2026.
    expect(instantAt('2026-10-25', '02:30', 'Europe/Berlin')).toBe(utc('2026-10-25T00:30:00Z'));
    // Sydney: 02:30 AEDT (15:30Z the day before) then AEST on 5 April 2026.
    expect(instantAt('2026-04-05', '02:30', 'Australia/Sydney')).toBe(utc('2026-04-04T15:30:00Z'));
  });

  it('starts a day at midnight, or at the first instant where midnight is skipped', () => {
    expect(startOfLocalDay('2026-03-08', 'America/New_York')).toBe(utc('2026-03-08T05:00:00Z'));
    expect(startOfLocalDay('2026-07-01', 'Asia/Kolkata')).toBe(utc('2026-06-30T18:30:00Z'));
    // Chile moves its clocks at midnight: 6 September 2026 begins at 01:00.
    const santiago = startOfLocalDay('2026-09-06', 'America/Santiago');
    expect(localDateAt(santiago, 'America/Santiago')).toBe('2026-09-06');
    expect(localTimeAt(santiago, 'America/Santiago')).toBe('01:00');
    expect(localDateAt(santiago - 1, 'America/Santiago')).toBe('2026-09-05');
  });
});

describe('inputs', () => {
  it('parses HH:MM times and refuses others', () => {
    expect(parseLocalTime('09:05')).toEqual({ hour: 9, minute: 5 });
    expect(parseLocalTime('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['9:00', '24:00', '12:60', '09:00:00', '']) {
      expect(() => parseLocalTime(bad)).toThrow();
    }
  });

  it('knows real zone names', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(timeZoneSchema.safeParse('Asia/Kolkata').success).toBe(true);
    expect(timeZoneSchema.safeParse('Not/AZone').success).toBe(false);
    expect(timeZoneSchema.safeParse('x'.repeat(65)).success).toBe(false);
  });
});
