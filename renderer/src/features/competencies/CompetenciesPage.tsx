import { Plus } from 'lucide-react';
import { useState } from 'react';
import {
  LEVEL_MAX,
  LEVEL_MIN,
  deleteCompetency,
  saveCompetency,
  type Competency,
  type CompetencyFields,
} from '../../../../shared/schema/competency';
import { isolate } from '../../../../shared/i18n/locales';
import { newItemId } from '../../../../shared/schema/ids';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { ItemActions } from '../../ui/item/ItemDetail';
import { useToasts } from '../../ui/toasts';
import { useCompetencies, useGoalSummaries } from '../../services/growth/useGrowthIndex';
import { CompetencyForm, emptyCompetency } from './CompetencyForm';
import { gapText, levelText } from './levelText';
import '../../ui/panes.css';
import '../../ui/item/itemPages.css';
import './competencies.css';

/** 'new' while adding, a competency's id while editing it, null otherwise. */
type Editing = string | null;

/** The user's own competencies: where they are now and where they want to be, 1–5. */
export function CompetenciesPage() {
  const { vault, now } = useAppServices();
  const t = useT();
  const toasts = useToasts();
  const competencies = useCompetencies(vault.doc);
  const goals = useGoalSummaries(vault.doc);
  const [editing, setEditing] = useState<Editing>(null);

  const save = (id: string, fields: CompetencyFields) => {
    saveCompetency(vault.doc, id, fields, now());
    setEditing(null);
  };

  const remove = (competency: Competency) => {
    deleteCompetency(vault.doc, competency.id);
    const linked = goals.filter((g) => g.competencyIds.includes(competency.id)).length;
    toasts.show(t('competencies.deleted', { name: isolate(competency.name), goals: linked }), {
      label: t('competencies.undo'),
      // Goals keep the competency's id, so bringing it back under the same id relinks them.
      run: () => saveCompetency(vault.doc, competency.id, competency, now()),
    });
  };

  return (
    <div className="growth-page-single competencies">
      <header className="page-header">
        <h1>{t('competencies.page.title')}</h1>
        {editing !== 'new' && (
          <button type="button" className="button" data-variant="primary" onClick={() => setEditing('new')}>
            <Plus size={16} aria-hidden /> {t('competencies.page.add')}
          </button>
        )}
      </header>
      <p className="growth-lead">{t('competencies.page.lead', { min: LEVEL_MIN, max: LEVEL_MAX })}</p>
      {editing === 'new' && (
        <CompetencyForm
          heading={t('competencies.form.newHeading')}
          initial={emptyCompetency}
          submitLabel={t('competencies.page.add')}
          onSave={(fields) => save(newItemId(), fields)}
          onCancel={() => setEditing(null)}
        />
      )}
      {competencies.length === 0 && editing !== 'new' ? (
        <p className="growth-empty">{t('competencies.page.empty')}</p>
      ) : (
        <ul className="competency-list" aria-label={t('competencies.page.list')}>
          {competencies.map((c) => (
            <li key={c.id}>
              {editing === c.id ? (
                <CompetencyForm
                  heading={t('competencies.form.editHeading', { name: isolate(c.name) })}
                  initial={c}
                  submitLabel={t('competencies.form.save')}
                  onSave={(fields) => save(c.id, fields)}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <CompetencyCard competency={c} onEdit={() => setEditing(c.id)} onDelete={() => remove(c)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CompetencyCard({
  competency: c,
  onEdit,
  onDelete,
}: {
  competency: Competency;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  return (
    <article className="competency-card" aria-labelledby={`competency-${c.id}`}>
      <header className="competency-card-header">
        <h2 id={`competency-${c.id}`}>{c.name}</h2>
        <ItemActions onEdit={onEdit} onDelete={onDelete} name={c.name} iconSize={14} />
      </header>
      {c.description && <p className="competency-description">{c.description}</p>}
      <LevelScale current={c.current} target={c.target} />
      <p className="competency-levels">
        {t.rich('competencies.card.levels', {
          current: levelText(t, c.current),
          target: levelText(t, c.target),
          gap: gapText(t, c.current, c.target),
          strong: (chunks) => <strong className="competency-gap">{chunks}</strong>,
        })}
      </p>
    </article>
  );
}

/** Five steps: filled up to the current level, outlined up to the target. Decorative: the text says it. */
function LevelScale({ current, target }: { current: number; target: number }) {
  return (
    <div className="level-scale" aria-hidden>
      {Array.from({ length: LEVEL_MAX }, (_, i) => i + 1).map((step) => (
        <span
          key={step}
          className="level-step"
          data-filled={step <= current || undefined}
          data-target={(step > current && step <= target) || undefined}
        />
      ))}
    </div>
  );
}
