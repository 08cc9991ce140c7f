import { Flag, Milestone, X } from 'lucide-react';
import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import type { GoalSummary, PlanSummary } from '../../../../shared/schema/growthIndex';
import { isolate } from '../../../../shared/i18n/locales';
import {
  addReflectionLink,
  parseLink,
  readReflectionLinks,
  reflectionLinks,
  removeReflectionLink,
  type ItemLink,
} from '../../../../shared/schema/links';
import { useYSnapshot } from '../../data/useYSnapshot';
import { useGoalSummaries, usePlanSummaries } from '../../services/growth/useGrowthIndex';
import { useT, type Translate } from '../../i18n/useT';

interface LinkView {
  value: string;
  link: ItemLink;
  /** The accessible name; `shown` is the same with people's titles isolated (<bdi>). */
  label: string;
  shown: ReactNode;
  href: string;
  kind: 'goal' | 'milestone';
}

function describe(value: string, goals: GoalSummary[], plans: PlanSummary[], t: Translate): LinkView | null {
  const link = parseLink(value);
  if (!link) return null;
  if (link.kind === 'goal') {
    const goal = goals.find((g) => g.id === link.goalId);
    return {
      value,
      link,
      kind: 'goal',
      label: goal?.title ?? t('journal.links.deletedGoal'),
      shown: goal ? <bdi>{goal.title}</bdi> : t('journal.links.deletedGoal'),
      href: `#/goals/${link.goalId}`,
    };
  }
  const plan = plans.find((p) => p.id === link.planId);
  const milestone = plan?.milestones.find((m) => m.id === link.milestoneId);
  return {
    value,
    link,
    kind: 'milestone',
    label:
      milestone && plan
        ? t('journal.links.milestoneOfPlan', { milestone: milestone.title, plan: plan.title })
        : t('journal.links.deletedMilestone'),
    shown:
      milestone && plan
        ? t.rich('journal.links.milestoneOfPlan', {
            milestone: <bdi>{milestone.title}</bdi>,
            plan: <bdi>{plan.title}</bdi>,
          })
        : t('journal.links.deletedMilestone'),
    href: `#/plans/${link.planId}`,
  };
}

/** What this reflection is about: links to goals and milestones, shown on both sides. */
export function EntryLinks({ doc, vault }: { doc: Y.Doc; vault: Y.Doc }) {
  const goals = useGoalSummaries(vault);
  const plans = usePlanSummaries(vault);
  const read = useCallback(() => readReflectionLinks(doc), [doc]);
  const values = useYSnapshot(reflectionLinks(doc), read);
  const [choice, setChoice] = useState('');
  const selectId = useId();
  const t = useT();
  const links = useMemo(
    () => values.map((v) => describe(v, goals, plans, t)).filter((l): l is LinkView => l !== null),
    [values, goals, plans, t],
  );
  if (goals.length === 0 && plans.length === 0 && links.length === 0) return null;

  const add = () => {
    const link = parseLink(choice);
    if (link) addReflectionLink(doc, link);
    setChoice('');
  };

  return (
    <div className="entry-links">
      {links.length > 0 && (
        <ul aria-label={t('journal.links.label')} className="entry-link-list">
          {links.map((l) => (
            <li key={l.value} className="entry-link">
              {l.kind === 'goal' ? <Flag size={12} aria-hidden /> : <Milestone size={12} aria-hidden />}
              <a href={l.href}>{l.shown}</a>
              <button
                type="button"
                className="tag-remove"
                aria-label={t('journal.links.remove', { name: l.label })}
                onClick={() => removeReflectionLink(doc, l.link)}
              >
                <X size={12} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={selectId} className="visually-hidden">
        {t('journal.links.choose')}
      </label>
      <select
        id={selectId}
        className="entry-link-select"
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
      >
        <option value="">{t('journal.links.placeholder')}</option>
        {goals.length > 0 && (
          <optgroup label={t('journal.links.goals')}>
            {goals.map((g) => (
              <option key={g.id} value={`goal:${g.id}`} disabled={values.includes(`goal:${g.id}`)}>
                {g.title}
              </option>
            ))}
          </optgroup>
        )}
        {plans.map((p) =>
          p.milestones.length === 0 ? null : (
            <optgroup key={p.id} label={t('journal.links.milestonesOf', { plan: isolate(p.title) })}>
              {p.milestones.map((m) => {
                const value = `milestone:${p.id}:${m.id}`;
                return (
                  <option key={m.id} value={value} disabled={values.includes(value)}>
                    {m.title}
                  </option>
                );
              })}
            </optgroup>
          ),
        )}
      </select>
      <button type="button" className="button" onClick={add} disabled={choice === ''}>
        {t('journal.links.add')}
      </button>
    </div>
  );
}
