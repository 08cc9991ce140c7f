import { AlertTriangle, Ban, CalendarClock } from 'lucide-react';
import type { ReactNode } from 'react';
import type { PlanProgress, ProgressMilestone } from '../../../../shared/growth/progress';
import type { IsoDate } from '../../../../shared/schema/dates';
import { useDates, type DateWords } from '../../i18n/useDates';
import { useT, type Translate } from '../../i18n/useT';
import { dueText } from './milestoneDue';
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
  const t = useT();
  const text = t('plans.progress.done', {
    done: progress.done,
    total: progress.total,
    percent: (progress.percent ?? 0) / 100,
  });
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

/** The title, due date and how far off it is, as the values of a "… — 3 Apr 2026 (due in 5 days)" line. */
function dueLine(t: Translate, dates: DateWords, m: TitledMilestone, today: IsoDate) {
  return {
    title: m.title,
    date: dates.calendar(m.dueDate),
    due: dueText(t, m.dueDate, today, true),
    bdi: (chunks: ReactNode[]) => <bdi>{chunks}</bdi>,
  };
}

/** The top of a plan: how far it has come, what is overdue or blocked, and what is due next. */
export function PlanProgressView({
  progress,
  today,
}: {
  progress: PlanProgress<TitledMilestone>;
  today: IsoDate;
}) {
  const t = useT();
  const dates = useDates();
  return (
    <section className="plan-progress" aria-labelledby="plan-progress-heading">
      <h2 id="plan-progress-heading" className="visually-hidden">
        {t('plans.progress.heading')}
      </h2>
      <CompletionBar progress={progress} label={t('plans.progress.completion')} />
      {progress.overdue.length > 0 && (
        <div className="plan-overdue" role="group" aria-label={t('plans.progress.overdueGroup')}>
          <p className="plan-badge" data-tone="danger">
            <AlertTriangle size={14} aria-hidden />{' '}
            {t('plans.progress.overdue', { count: progress.overdue.length })}
          </p>
          <ul>
            {progress.overdue.map((m) => (
              <li key={m.id}>{t.rich('plans.progress.overdueItem', dueLine(t, dates, m, today))}</li>
            ))}
          </ul>
        </div>
      )}
      {progress.blocked > 0 && (
        <p className="plan-badge">
          <Ban size={14} aria-hidden /> {t('plans.progress.blocked', { count: progress.blocked })}
        </p>
      )}
      <p className="plan-next-due">
        <CalendarClock size={14} aria-hidden />{' '}
        {progress.nextDue
          ? t.rich('plans.progress.nextDue', dueLine(t, dates, progress.nextDue, today))
          : progress.total > 0 && progress.done === progress.total
            ? t('plans.progress.allDone')
            : t('plans.progress.nothingDue')}
      </p>
    </section>
  );
}
