import { AlertTriangle, Ban, CalendarClock } from 'lucide-react';
import type { PlanProgress, ProgressMilestone } from '../../../../shared/growth/progress';
import type { IsoDate } from '../../../../shared/schema/dates';
import { dueText } from './milestoneDue';
import { formatCalendarDate } from '../../ui/dates';
// The plan's look, which the printed plan uses for this block too.
import './plans.css';

type TitledMilestone = ProgressMilestone & { id: string; title: string };

/** "2 of 5 milestones done (40%)" with a bar; the words carry the meaning, the bar only shows it. */
export function CompletionBar({
  progress,
  label,
}: {
  progress: PlanProgress<TitledMilestone>;
  label: string;
}) {
  const text = progress.percent === null ? progress.label : `${progress.label} (${progress.percent}%)`;
  return (
    <div className="plan-completion">
      <progress
        className="plan-progress-bar"
        max={Math.max(progress.total, 1)}
        value={progress.done}
        aria-label={label}
        aria-valuetext={text}
      />
      <span className="plan-completion-text">{text}</span>
    </div>
  );
}

export const overdueText = (count: number) =>
  count === 1 ? '1 milestone overdue' : `${count} milestones overdue`;

function dueLine(m: TitledMilestone, today: IsoDate): string {
  return `${formatCalendarDate(m.dueDate)} (${dueText(m.dueDate, today).toLowerCase()})`;
}

/** The top of a plan: how far it has come, what is overdue or blocked, and what is due next. */
export function PlanProgressView({
  progress,
  today,
}: {
  progress: PlanProgress<TitledMilestone>;
  today: IsoDate;
}) {
  return (
    <section className="plan-progress" aria-labelledby="plan-progress-heading">
      <h2 id="plan-progress-heading" className="visually-hidden">
        Progress
      </h2>
      <CompletionBar progress={progress} label="Plan completion" />
      {progress.overdue.length > 0 && (
        <div className="plan-overdue" role="group" aria-label="Overdue milestones">
          <p className="plan-badge" data-tone="danger">
            <AlertTriangle size={14} aria-hidden /> {overdueText(progress.overdue.length)}
          </p>
          <ul>
            {progress.overdue.map((m) => (
              <li key={m.id}>
                {m.title} — {dueLine(m, today)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {progress.blocked > 0 && (
        <p className="plan-badge">
          <Ban size={14} aria-hidden />{' '}
          {progress.blocked === 1 ? '1 milestone blocked' : `${progress.blocked} milestones blocked`}
        </p>
      )}
      <p className="plan-next-due">
        <CalendarClock size={14} aria-hidden />{' '}
        {progress.nextDue
          ? `Next due: ${progress.nextDue.title} — ${dueLine(progress.nextDue, today)}`
          : progress.total > 0 && progress.done === progress.total
            ? 'Every milestone is done.'
            : 'Nothing else is due.'}
      </p>
    </section>
  );
}
