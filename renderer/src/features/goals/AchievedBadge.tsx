import { Trophy } from 'lucide-react';
import { formatEntryDate } from '../../ui/dates';
import './achievedBadge.css';

/** The toast that marks the moment a goal is achieved. */
export function achievedMessage(title: string): string {
  return `Goal achieved: “${title}”. Well done!`;
}

/**
 * Shown on an achieved goal. Right after the goal is achieved it pops in once (only when the
 * user has not asked for reduced motion; see achievedBadge.css).
 */
export function AchievedBadge({ achievedAt, justAchieved }: { achievedAt: number; justAchieved: boolean }) {
  return (
    <p className="achieved-badge" data-celebrate={justAchieved || undefined}>
      <Trophy size={16} aria-hidden /> Achieved {formatEntryDate(achievedAt)}
    </p>
  );
}
