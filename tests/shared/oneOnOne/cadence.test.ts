import { describe, expect, it } from 'vitest';
import { addCadence, isCareerConversationDue, nextMeetingDate } from '../../../shared/oneOnOne/cadence';

describe('one-on-one cadence', () => {
  it('steps weekly, every two weeks and monthly by the calendar', () => {
    expect(addCadence('2026-03-02', 'weekly')).toBe('2026-03-09');
    expect(addCadence('2026-12-28', 'weekly')).toBe('2027-01-04');
    expect(addCadence('2026-03-02', 'biweekly')).toBe('2026-03-16');
    expect(addCadence('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(addCadence('2028-01-31', 'monthly')).toBe('2028-02-29');
  });

  it('crosses DST changes without moving the day (dates, not instants)', () => {
    expect(addCadence('2026-03-26', 'weekly')).toBe('2026-04-02'); // Europe springs forward on 29 March
    expect(addCadence('2026-10-29', 'weekly')).toBe('2026-11-05');
  });

  it('schedules the next meeting in the future when a meeting is closed late', () => {
    expect(nextMeetingDate('2026-03-02', 'weekly', '2026-03-02')).toBe('2026-03-09');
    expect(nextMeetingDate('2026-03-02', 'weekly', '2026-03-20')).toBe('2026-03-23');
    expect(nextMeetingDate('2026-03-02', 'biweekly', '2026-03-16')).toBe('2026-03-16');
    expect(nextMeetingDate('2026-01-31', 'monthly', '2026-03-05')).toBe('2026-03-31');
  });

  it('flags the quarterly career conversation once every three months', () => {
    expect(isCareerConversationDue('2026-03-02', true, [])).toBe(true);
    const held = [{ date: '2026-03-02', career: true }];
    expect(isCareerConversationDue('2026-03-09', true, held)).toBe(false);
    expect(isCareerConversationDue('2026-06-01', true, held)).toBe(false);
    expect(isCareerConversationDue('2026-06-02', true, held)).toBe(true);
    expect(isCareerConversationDue('2026-06-02', false, held)).toBe(false);
  });
});
