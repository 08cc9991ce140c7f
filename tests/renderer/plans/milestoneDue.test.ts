import { describe, expect, it } from 'vitest';
import { dueText, isOverdue } from '../../../renderer/src/features/plans/milestoneDue';

describe('milestone due dates in words', () => {
  it('says how far off a due date is, or how late', () => {
    expect(dueText('2026-03-10', '2026-03-10')).toBe('Due today');
    expect(dueText('2026-03-11', '2026-03-10')).toBe('Due tomorrow');
    expect(dueText('2026-04-01', '2026-03-10')).toBe('Due in 22 days');
    expect(dueText('2026-03-09', '2026-03-10')).toBe('1 day overdue');
    expect(dueText('2026-02-28', '2026-03-10')).toBe('10 days overdue');
  });

  it('counts a milestone as overdue only when it is not done and its day has passed', () => {
    expect(isOverdue({ dueDate: '2026-03-09', status: 'blocked' }, '2026-03-10')).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-10', status: 'in-progress' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ dueDate: '2026-01-01', status: 'done' }, '2026-03-10')).toBe(false);
  });
});
