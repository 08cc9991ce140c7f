import { AlertTriangle } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { PlanProgress } from '../../../../shared/growth/progress';
import type { IsoDate } from '../../../../shared/schema/dates';
import type { PlanSummary } from '../../../../shared/schema/growthIndex';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { planTitleText } from './overviewFormat';
import { ShowMoreList } from './ShowMoreList';

interface ActivePlansProps {
  progress: readonly PlanProgress[];
  plansById: ReadonlyMap<string, PlanSummary>;
  today: IsoDate;
}

const SHOWN = 6;

/** Plans that need attention first: the most overdue, then the soonest next milestone. */
function byUrgency(a: PlanProgress, b: PlanProgress): number {
  if (a.overdue.length !== b.overdue.length) return b.overdue.length - a.overdue.length;
  const aNext = a.nextDue?.dueDate ?? '9999-12-31';
  const bNext = b.nextDue?.dueDate ?? '9999-12-31';
  return aNext < bNext ? -1 : aNext > bNext ? 1 : 0;
}

function PlanRow({ p, title, today }: { p: PlanProgress; title: string; today: IsoDate }) {
  const t = useT();
  const dates = useDates();
  return (
    <div className="overview-plan" data-plan-id={p.planId}>
      <div className="overview-plan-title">
        <Link to={`/plans/${p.planId}`}>{title}</Link>
        <span className="overview-plan-percent">
          {p.percent === null ? '' : t('growth.plans.percent', { percent: p.percent / 100 })}
        </span>
      </div>
      <div className="overview-bar" aria-hidden>
        <div className="overview-bar-fill" style={{ width: `${p.percent ?? 0}%` }} />
      </div>
      <p className="overview-plan-meta">
        <span>{t('growth.plans.progress', { done: p.done, total: p.total })}</span>
        {p.overdue.length > 0 && (
          <span className="overview-overdue-tag">
            <AlertTriangle size={13} aria-hidden /> {t('growth.plans.overdue', { count: p.overdue.length })}
          </span>
        )}
        {p.nextDue && (
          <span>
            {t.rich('growth.plans.next', {
              title: p.nextDue.title,
              date: dates.dueDay(p.nextDue.dueDate, today),
              bdi: (chunks) => <bdi>{chunks}</bdi>,
            })}
          </span>
        )}
      </p>
    </div>
  );
}

/**
 * Each active plan with a completion bar, the ones needing attention first. The bar is
 * decoration (aria-hidden): the same fact is written beside it as text, and overdue work is
 * named in words with an icon, not only in red.
 */
export function ActivePlans({ progress, plansById, today }: ActivePlansProps) {
  const t = useT();
  const sorted = useMemo(() => [...progress].sort(byUrgency), [progress]);
  return (
    <section className="overview-card overview-plans" aria-labelledby="overview-plans-heading">
      <header className="overview-card-header">
        <h2 id="overview-plans-heading">{t('growth.plans.heading', { count: progress.length })}</h2>
        <Link to="/plans">{t('growth.plans.all')}</Link>
      </header>
      {progress.length === 0 ? (
        <div className="overview-empty">
          <p>{t('growth.plans.none')}</p>
          <Link to="/plans" className="button" data-variant="primary">
            {t('growth.plans.make')}
          </Link>
        </div>
      ) : (
        <ShowMoreList
          items={sorted}
          limit={SHOWN}
          label={t('growth.plans.listName')}
          className="overview-plan-list"
          itemKey={(p) => p.planId}
          render={(p) => (
            <PlanRow p={p} title={planTitleText(t, plansById.get(p.planId)?.title ?? '')} today={today} />
          )}
        />
      )}
    </section>
  );
}
