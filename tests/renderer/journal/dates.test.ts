import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatEntryDate } from '../../../renderer/src/ui/dates';

describe('formatEntryDate', () => {
  it('writes "25 Nov 2026", as date-fns\'s d MMM yyyy does, in every month', () => {
    expect(formatEntryDate(new Date(2026, 10, 25, 9, 30).getTime())).toBe('25 Nov 2026');
    for (let month = 0; month < 12; month++) {
      const ms = new Date(2024, month, month + 1, 23, 59).getTime();
      expect(formatEntryDate(ms)).toBe(format(ms, 'd MMM yyyy'));
    }
  });
});
