import { useMemo } from 'react';
import type { MessageId } from '../../../shared/i18n/messages';
import type { Rhythm } from '../../../shared/schema/vault';
import { useT } from '../i18n/useT';

interface RhythmOption {
  value: Rhythm;
  label: string;
  hint: string;
}

const rhythmMessages: readonly { value: Rhythm; label: MessageId; hint: MessageId }[] = [
  { value: 'weekly', label: 'shell.rhythm.weekly', hint: 'shell.rhythm.weeklyHint' },
  { value: 'biweekly', label: 'shell.rhythm.biweekly', hint: 'shell.rhythm.biweeklyHint' },
  { value: 'monthly', label: 'shell.rhythm.monthly', hint: 'shell.rhythm.monthlyHint' },
  { value: 'quarterly', label: 'shell.rhythm.quarterly', hint: 'shell.rhythm.quarterlyHint' },
];

/** The reflection and review rhythms, labelled in the window's language. */
export function useRhythmOptions(): readonly RhythmOption[] {
  const t = useT();
  return useMemo(
    () => rhythmMessages.map(({ value, label, hint }) => ({ value, label: t(label), hint: t(hint) })),
    [t],
  );
}
