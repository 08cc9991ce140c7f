import { Plus, Trash2 } from 'lucide-react';
import { newItemId } from '../../../../shared/schema/ids';
import type { FrameworkCompetency, FrameworkTrack } from '../../../../shared/schema/framework';
import { useT } from '../../i18n/useT';
import { TextField } from '../../ui/form';

interface CompetencyFieldsProps {
  tracks: FrameworkTrack[];
  competencies: FrameworkCompetency[];
  errorOf: (path: string) => string | undefined;
  onChange: (competencies: FrameworkCompetency[]) => void;
  canAdd: boolean;
}

/** The framework's competencies, each a group of its name and what it looks like at every level. */
export function CompetencyFields({ tracks, competencies, errorOf, onChange, canAdd }: CompetencyFieldsProps) {
  const t = useT();
  const unnamed = t('framework.form.unnamed');
  const change = (index: number, competency: FrameworkCompetency) =>
    onChange(competencies.map((existing, i) => (i === index ? competency : existing)));
  return (
    <fieldset className="framework-fieldset">
      <legend>{t('framework.form.competencies')}</legend>
      {errorOf('competencies') && <p className="field-error">{errorOf('competencies')}</p>}
      {competencies.map((competency, index) => (
        <fieldset key={competency.id} className="framework-group">
          <legend>
            {t('framework.form.competencyGroup', { number: index + 1, name: competency.name || unnamed })}
          </legend>
          <TextField
            label={t('framework.form.competency')}
            value={competency.name}
            error={errorOf(`competencies.${index}.name`)}
            onChange={(name) => change(index, { ...competency, name })}
          />
          {tracks.map((track) =>
            track.levels.map((level) => (
              <TextField
                key={level.id}
                label={t('framework.form.expectation', {
                  competency: competency.name || unnamed,
                  level: level.name || unnamed,
                  track: track.name || unnamed,
                })}
                value={competency.expectations[level.id] ?? ''}
                error={errorOf(`competencies.${index}.expectations.${level.id}`)}
                onChange={(text) =>
                  change(index, {
                    ...competency,
                    expectations: { ...competency.expectations, [level.id]: text },
                  })
                }
                rows={2}
              />
            )),
          )}
          <div className="framework-group-actions">
            <button
              type="button"
              className="button"
              data-variant="danger"
              onClick={() => onChange(competencies.filter((existing) => existing.id !== competency.id))}
            >
              <Trash2 size={14} aria-hidden />{' '}
              {t('framework.form.removeCompetency', { name: competency.name || unnamed })}
            </button>
          </div>
        </fieldset>
      ))}
      {canAdd && (
        <button
          type="button"
          className="button"
          onClick={() => onChange([...competencies, { id: newItemId(), name: '', expectations: {} }])}
        >
          <Plus size={14} aria-hidden /> {t('framework.form.addCompetency')}
        </button>
      )}
    </fieldset>
  );
}
