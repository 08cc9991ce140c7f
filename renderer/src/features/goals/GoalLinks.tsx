import { useMemo } from 'react';
import { Link } from 'react-router';
import { formatLink } from '../../../../shared/schema/links';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { useVaultEntries } from '../../services/useVault';
import { useFeedbackSummaries, usePlanSummaries } from '../../services/growth/useGrowthIndex';
import { excerpt, newestFirst } from '../feedback';

/** What points at a goal: its development plans, reflections that mention it, feedback on it. */
export function GoalLinks({ goalId }: { goalId: string }) {
  const { vault } = useAppServices();
  const t = useT();
  const dates = useDates();
  const plans = usePlanSummaries(vault.doc);
  const feedback = useFeedbackSummaries(vault.doc);
  const { entries } = useVaultEntries(vault.doc);
  const link = formatLink({ kind: 'goal', goalId });

  const goalPlans = useMemo(() => plans.filter((p) => p.goalId === goalId), [plans, goalId]);
  const reflections = useMemo(
    () =>
      entries
        .filter((e) => e.deletedAt === null && e.links.includes(link))
        .sort((a, b) => b.createdAt - a.createdAt),
    [entries, link],
  );
  const notes = useMemo(
    () => feedback.filter((f) => f.goalId === goalId).sort(newestFirst),
    [feedback, goalId],
  );

  return (
    <>
      <section aria-labelledby="goal-plans">
        <h3 id="goal-plans">{t('goals.links.plans')}</h3>
        {goalPlans.length === 0 ? (
          <p className="form-hint">{t('goals.links.noPlans')}</p>
        ) : (
          <ul className="linked-list" aria-labelledby="goal-plans">
            {goalPlans.map((p) => {
              const done = p.milestones.filter((m) => m.status === 'done').length;
              return (
                <li key={p.id}>
                  <Link to={`/plans/${p.id}`}>{p.title}</Link>{' '}
                  <span className="form-hint">
                    {t('goals.links.planProgress', { status: p.status, done, total: p.milestones.length })}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        <p>
          <Link to={`/plans?goal=${goalId}`}>{t('goals.links.newPlan')}</Link>
        </p>
      </section>
      <section aria-labelledby="goal-reflections">
        <h3 id="goal-reflections">{t('goals.links.reflections')}</h3>
        {reflections.length === 0 ? (
          <p className="form-hint">{t('goals.links.noReflections')}</p>
        ) : (
          <ul className="linked-list" aria-labelledby="goal-reflections">
            {reflections.map((e) => (
              <li key={e.id}>
                <Link to={`/journal/${e.id}`}>{e.title.trim() || t('goals.links.untitled')}</Link>{' '}
                <span className="form-hint">{dates.day(e.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="goal-feedback">
        <h3 id="goal-feedback">{t('goals.links.feedback')}</h3>
        {notes.length === 0 ? (
          <p className="form-hint">{t('goals.links.noFeedback')}</p>
        ) : (
          <ul className="linked-list" aria-labelledby="goal-feedback">
            {notes.map((f) => (
              <li key={f.id}>
                <Link to={`/feedback/${f.id}`}>
                  {t.rich('goals.links.feedbackFrom', {
                    from: f.from,
                    date: dates.calendar(f.givenOn),
                    bdi: (chunks) => <bdi>{chunks}</bdi>,
                  })}
                </Link>{' '}
                <span className="form-hint">{excerpt(f.behaviour)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
