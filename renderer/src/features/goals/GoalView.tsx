import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Goal } from '../../../../shared/schema/goal';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { gapText, levelText } from '../competencies';
import { useCompetencies } from '../../services/growth/useGrowthIndex';
import { ItemHeader } from '../../ui/item/ItemDetail';
import { AchievedBadge } from './AchievedBadge';
import { GoalLinks } from './GoalLinks';
import { goalHorizonText, goalPathText, goalStatusText } from './goalWords';

interface GoalViewProps {
  goal: Goal;
  justAchieved: boolean;
  actions: ReactNode;
}

/** A goal, read-only: its fields, the competencies it builds, and what is linked to it. */
export function GoalView({ goal, justAchieved, actions }: GoalViewProps) {
  const { vault } = useAppServices();
  const t = useT();
  const competencies = useCompetencies(vault.doc);
  const linked = competencies.filter((c) => goal.competencyIds.includes(c.id));
  return (
    <article className="goal" aria-labelledby="goal-title" data-goal-id={goal.id}>
      <ItemHeader titleId="goal-title" title={goal.title} actions={actions} />
      <p className="goal-facts">
        <span className="status-badge" data-status={goal.status}>
          {goalStatusText(t, goal.status)}
        </span>
        <span>{goalPathText(t, goal.path)}</span>
        <span>{goalHorizonText(t, goal.horizon)}</span>
      </p>
      {goal.status === 'achieved' && goal.achievedAt !== null && (
        <AchievedBadge achievedAt={goal.achievedAt} justAchieved={justAchieved} />
      )}
      <section aria-labelledby="goal-why">
        <h3 id="goal-why">{t('goals.view.why')}</h3>
        <p className="goal-text">
          {goal.why || <span className="form-hint">{t('goals.view.notWritten')}</span>}
        </p>
      </section>
      <section aria-labelledby="goal-alignment">
        <h3 id="goal-alignment">{t('goals.view.alignment')}</h3>
        <p className="goal-text">
          {goal.alignment || <span className="form-hint">{t('goals.view.notWritten')}</span>}
        </p>
      </section>
      <section aria-labelledby="goal-competencies">
        <h3 id="goal-competencies">{t('goals.view.competencies')}</h3>
        {linked.length === 0 ? (
          <p className="form-hint">
            {t.rich('goals.view.noCompetencies', {
              link: (chunks) => <Link to="/competencies">{chunks}</Link>,
            })}
          </p>
        ) : (
          <ul className="linked-list" aria-labelledby="goal-competencies">
            {linked.map((c) => (
              <li key={c.id}>
                <Link to="/competencies">{c.name}</Link>{' '}
                <span className="form-hint">
                  {t('goals.view.competencyLevels', {
                    current: levelText(t, c.current),
                    target: levelText(t, c.target),
                    gap: gapText(t, c.current, c.target),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <GoalLinks goalId={goal.id} />
    </article>
  );
}
