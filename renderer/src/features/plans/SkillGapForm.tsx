import type { Competency } from '../../../../shared/schema/competency';
import { LEVEL_MAX, LEVEL_MIN, levelLabels } from '../../../../shared/schema/competency';
import { newItemId } from '../../../../shared/schema/ids';
import { skillGapSchema, type SkillGap } from '../../../../shared/schema/plan';
import { Field, RecordForm, TextField, useDraftForm } from '../../ui/form';

const OTHER = '';

interface SkillGapDraft {
  competencyId: string;
  name: string;
  current: string;
  target: string;
}

const levelHint = Array.from({ length: LEVEL_MAX - LEVEL_MIN + 1 }, (_, i) => LEVEL_MIN + i)
  .map((level) => `${level} ${levelLabels[level] ?? ''}`)
  .join(', ');

/** Levels are typed as numbers; anything that is not one is reported by the schema on Save. */
const toLevel = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

interface SkillGapFormProps {
  gap: SkillGap | null;
  competencies: readonly Competency[];
  onSave: (gap: SkillGap) => void;
  onCancel: () => void;
}

/** A skill to grow: one of the user's competencies or a free name, from where they are to a target. */
export function SkillGapForm({ gap, competencies, onSave, onCancel }: SkillGapFormProps) {
  const initial: SkillGapDraft = {
    competencyId: gap?.competencyId ?? OTHER,
    name: gap?.name ?? '',
    current: gap ? String(gap.current) : '',
    target: gap ? String(gap.target) : '',
  };
  const toRecord = (d: SkillGapDraft) => ({
    id: gap?.id ?? newItemId(),
    competencyId: d.competencyId === OTHER ? null : d.competencyId,
    name: d.name,
    current: toLevel(d.current),
    target: toLevel(d.target),
  });
  const { draft, setDraft, set, bind, errors, formRef, onSubmit } = useDraftForm(
    initial,
    skillGapSchema,
    toRecord,
    onSave,
  );

  // Choosing a competency copies its name and, for a new gap, its levels as a starting point.
  const chooseCompetency = (id: string) => {
    const competency = competencies.find((c) => c.id === id);
    setDraft((d) => ({
      competencyId: id,
      name: competency ? competency.name : d.competencyId === OTHER ? d.name : '',
      current: competency && d.current === '' ? String(competency.current) : d.current,
      target: competency && d.target === '' ? String(competency.target) : d.target,
    }));
    set('competencyId', id, 'name');
  };

  const level = (key: 'current' | 'target', label: string, hint?: string, ...alsoClears: string[]) => (
    <Field label={label} hint={hint} error={errors[key]}>
      {(control) => (
        <input
          {...control}
          className="text-input plan-level-input"
          type="number"
          min={LEVEL_MIN}
          max={LEVEL_MAX}
          step={1}
          value={draft[key]}
          onChange={(e) => set(key, e.target.value, ...alsoClears)}
        />
      )}
    </Field>
  );

  const unlisted = draft.competencyId !== OTHER && !competencies.some((c) => c.id === draft.competencyId);

  return (
    <RecordForm
      label={gap ? `Edit skill gap: ${gap.name}` : 'New skill gap'}
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      formError={errors.form}
    >
      <div className="plan-form-row">
        <Field label="Skill" error={errors.competencyId}>
          {(control) => (
            <select
              {...control}
              className="text-input"
              autoFocus
              value={draft.competencyId}
              onChange={(e) => chooseCompetency(e.target.value)}
            >
              {competencies.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
              {unlisted && <option value={draft.competencyId}>{draft.name} (no longer in your list)</option>}
              <option value={OTHER}>Another skill (type its name)</option>
            </select>
          )}
        </Field>
        {draft.competencyId === OTHER && <TextField label="Skill name" {...bind('name')} />}
      </div>
      <div className="plan-form-row">
        {/* The target's error can be about the current level, so changing that clears it too. */}
        {level('current', 'Current level', levelHint, 'target')}
        {level('target', 'Target level')}
      </div>
    </RecordForm>
  );
}
