import { describe, expect, it } from 'vitest';
import { dueText, isOverdue } from '../../../renderer/src/features/plans/milestoneDue';
import { translatorIn } from '../i18n/translator';

describe('milestone due dates in words', () => {
  it('says how far off a due date is, or how late', async () => {
    const t = await translatorIn('en');
    expect(dueText(t, '2026-03-10', '2026-03-10')).toBe('Due today');
    expect(dueText(t, '2026-03-11', '2026-03-10')).toBe('Due tomorrow');
    expect(dueText(t, '2026-04-01', '2026-03-10')).toBe('Due in 22 days');
    expect(dueText(t, '2026-03-09', '2026-03-10')).toBe('1 day overdue');
    expect(dueText(t, '2026-02-28', '2026-03-10')).toBe('10 days overdue');
    expect(dueText(t, '2026-04-01', '2026-03-10', true)).toBe('due in 22 days');
  });

  it('says it in German and in Arabic, with each language’s plural forms', async () => {
    const de = await translatorIn('de');
    expect(dueText(de, '2026-03-10', '2026-03-10')).toBe('Heute fällig');
    expect(dueText(de, '2026-03-13', '2026-03-10')).toBe('Fällig in 3 Tagen');
    expect(dueText(de, '2026-03-09', '2026-03-10')).toBe('1 Tag überfällig');
    expect(dueText(de, '2026-03-07', '2026-03-10')).toBe('3 Tage überfällig');
    const ar = await translatorIn('ar');
    expect(dueText(ar, '2026-03-11', '2026-03-10')).toBe('مستحقة غدًا');
    expect(dueText(ar, '2026-03-12', '2026-03-10')).toBe('مستحقة خلال يومين');
    expect(dueText(ar, '2026-03-15', '2026-03-10')).toBe('مستحقة خلال 5 أيام');
    expect(dueText(ar, '2026-03-21', '2026-03-10')).toBe('مستحقة خلال 11 يومًا');
    expect(dueText(ar, '2026-03-09', '2026-03-10')).toBe('متأخرة يومًا واحدًا');
  });

  it('counts a milestone as overdue only when it is not done and its day has passed', () => {
    expect(isOverdue({ dueDate: '2026-03-09', status: 'blocked' }, '2026-03-10')).toBe(true);
    expect(isOverdue({ dueDate: '2026-03-10', status: 'in-progress' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ dueDate: '2026-01-01', status: 'done' }, '2026-03-10')).toBe(false);
  });
});
