import { useMemo } from 'react';
import { Link } from 'react-router';
import { formatLink } from '../../../../shared/schema/links';
import type { PlanStatus } from '../../../../shared/schema/plan';
import { useAppServices } from '../../services/AppServicesContext';
import { formatEntryDate } from '../../ui/dates';
import { useVaultEntries } from '../../services/useVault';
import { useFeedbackSummaries, usePlanSummaries } from '../../services/growth/useGrowthIndex';
import { excerpt, formatGivenOn, newestFirst } from '../feedback';

const planStatusText: Record<PlanStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  completed: 'Completed',
};

/** What points at a goal: its development plans, reflections that mention it, feedback on it. */
export function GoalLinks({ goalId }: { goalId: string }) {
  const { vault } = useAppServices();
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
        <h3 id="goal-plans">Development plans</h3>
        {goalPlans.length === 0 ? (
          <p className="form-hint">No development plan for this goal yet.</p>
        ) : (
          <ul className="linked-list" aria-labelledby="goal-plans">
            {goalPlans.map((p) => {
              const done = p.milestones.filter((m) => m.status === 'done').length;
              return (
                <li key={p.id}>
                  <Link to={`/plans/${p.id}`}>{p.title}</Link>{' '}
                  <span className="form-hint">
                    {planStatusText[p.status]} ·{' '}
                    {p.milestones.length === 0
                      ? 'no milestones yet'
                      : `${done} of ${p.milestones.length} milestones done`}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        <p>
          <Link to={`/plans?goal=${goalId}`}>New plan for this goal</Link>
        </p>
      </section>
      <section aria-labelledby="goal-reflections">
        <h3 id="goal-reflections">Reflections</h3>
        {reflections.length === 0 ? (
          <p className="form-hint">No reflections link to this goal yet. Link one from a journal entry.</p>
        ) : (
          <ul className="linked-list" aria-labelledby="goal-reflections">
            {reflections.map((e) => (
              <li key={e.id}>
                <Link to={`/journal/${e.id}`}>{e.title.trim() || 'Untitled'}</Link>{' '}
                <span className="form-hint">{formatEntryDate(e.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="goal-feedback">
        <h3 id="goal-feedback">Feedback</h3>
        {notes.length === 0 ? (
          <p className="form-hint">No feedback notes about this goal yet.</p>
        ) : (
          <ul className="linked-list" aria-labelledby="goal-feedback">
            {notes.map((f) => (
              <li key={f.id}>
                <Link to={`/feedback/${f.id}`}>
                  From {f.from}, {formatGivenOn(f.givenOn)}
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
