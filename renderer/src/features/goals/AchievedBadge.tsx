import { Trophy } from 'lucide-react';
import { isolate } from '../../../../shared/i18n/locales';
import { useDates } from '../../i18n/useDates';
import { useT, type Translate } from '../../i18n/useT';
import './achievedBadge.css';

/** The toast that marks the moment a goal is achieved. */
export function achievedMessage(t: Translate, title: string): string {
  return t('goals.achieved.toast', { title: isolate(title) });
}

/**
 * Shown on an achieved goal. Right after the goal is achieved it pops in once (only when the
 * user has not asked for reduced motion; see achievedBadge.css).
 */
export function AchievedBadge({ achievedAt, justAchieved }: { achievedAt: number; justAchieved: boolean }) {
  const t = useT();
  const dates = useDates();
  return (
    <p className="achieved-badge" data-celebrate={justAchieved || undefined}>
      <Trophy size={16} aria-hidden /> {t('goals.achieved.badge', { date: dates.day(achievedAt) })}
    </p>
  );
}
