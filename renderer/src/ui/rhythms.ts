import type { Rhythm } from '../../../shared/schema/vault';

export const rhythmOptions: readonly { value: Rhythm; label: string; hint: string }[] = [
  { value: 'weekly', label: 'Weekly', hint: 'a short check-in at the end of each week' },
  { value: 'biweekly', label: 'Every two weeks', hint: 'in step with many one-on-ones' },
  { value: 'monthly', label: 'Monthly', hint: 'a longer look back each month' },
  { value: 'quarterly', label: 'Quarterly', hint: 'a career reflection each quarter' },
];
