import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { datesIn } from '../../../renderer/src/i18n/useDates';
import { formatCalendarDate, formatEntryDate, formatInstantDay } from '../../../renderer/src/ui/dates';

describe('formatEntryDate', () => {
  it('writes "25 Nov 2026", as date-fns\'s d MMM yyyy does, in every month', () => {
    expect(formatEntryDate(new Date(2026, 10, 25, 9, 30).getTime())).toBe('25 Nov 2026');
    for (let month = 0; month < 12; month++) {
      const ms = new Date(2024, month, month + 1, 23, 59).getTime();
      expect(formatEntryDate(ms)).toBe(format(ms, 'd MMM yyyy'));
    }
  });
});

describe('one English style for every date the window writes', () => {
  it('writes September as "Sep" in entry titles, calendar dates, instants, months and due days alike', () => {
    const ms = new Date(2026, 8, 5, 12).getTime();
    const en = datesIn('en');
    expect(formatEntryDate(ms)).toBe('5 Sep 2026');
    expect(formatInstantDay(ms)).toBe('5 Sep 2026');
    expect(formatCalendarDate('2026-09-05')).toBe('5 Sep 2026');
    expect(en.calendar('2026-09-05')).toBe('5 Sep 2026');
    expect(en.day(ms)).toBe(formatEntryDate(ms));
    expect(en.month('2026-09', 'short')).toBe('Sep 2026');
    expect(en.monthName('2026-09')).toBe('Sep');
    expect(en.dueDay('2026-09-05', '2026-08-01')).toBe('Sat 5 Sep');
    expect(en.recentDay(ms, '2026-12-01')).toBe('5 Sep');
    // Other languages keep their own abbreviations.
    expect(datesIn('de').calendar('2026-09-05')).toBe('5. Sept. 2026');
  });
});
