import { Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { saveCompetency } from '../../../../shared/schema/competency';
import { newItemId } from '../../../../shared/schema/ids';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { levelText } from '../competencies';
import { useCompetencies } from '../../services/growth/useGrowthIndex';
import { NewCompetencyDialog } from './NewCompetencyDialog';
import './forms.css';

interface CompetencyChecklistProps {
  selected: string[];
  error?: string | undefined;
  onChange: (ids: string[]) => void;
}

/**
 * Which of the user's competencies a goal builds, as checkboxes. A missing competency can be
 * added on the spot: it is saved to the competency list at once and ticked here.
 */
export function CompetencyChecklist({ selected, error, onChange }: CompetencyChecklistProps) {
  const { vault, now } = useAppServices();
  const t = useT();
  const competencies = useCompetencies(vault.doc);
  const [adding, setAdding] = useState(false);
  const errorId = useId();
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((existing) => existing !== id));

  return (
    <fieldset
      className="competency-checklist"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="form-label">{t('goals.checklist.legend')}</legend>
      {competencies.length === 0 ? (
        <p className="form-hint">{t('goals.checklist.none')}</p>
      ) : (
        <ul>
          {competencies.map((c) => (
            <li key={c.id}>
              <label className="checkbox-label">
                <input
                  type="checkbox"
                  checked={selected.includes(c.id)}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                <bdi>{c.name}</bdi>
                <span className="form-hint">
                  {' '}
                  {t('goals.checklist.levels', {
                    current: levelText(t, c.current),
                    target: levelText(t, c.target),
                  })}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setAdding(true)}>
          <Plus size={14} aria-hidden /> {t('goals.checklist.new')}
        </button>
        <Link to="/competencies">{t('goals.checklist.manage')}</Link>
      </div>
      <NewCompetencyDialog
        isOpen={adding}
        onOpenChange={setAdding}
        onSave={(fields) => {
          const id = newItemId();
          saveCompetency(vault.doc, id, fields, now());
          onChange([...selected, id]);
          setAdding(false);
        }}
      />
    </fieldset>
  );
}
