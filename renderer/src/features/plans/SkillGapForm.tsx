import type { Competency } from '../../../../shared/schema/competency';
import { newItemId } from '../../../../shared/schema/ids';
import { skillGapSchema, type SkillGap } from '../../../../shared/schema/plan';
import { useT } from '../../i18n/useT';
import { Field, LevelField, RecordForm, TextField, useDraftForm } from '../../ui/form';

const OTHER = '';

interface SkillGapDraft {
  competencyId: string;
  name: string;
  current: string;
  target: string;
}

/** A level not picked yet is no number; the schema says so on Save. */
const toLevel = (value: string) => (value === '' ? Number.NaN : Number(value));

interface SkillGapFormProps {
  gap: SkillGap | null;
  competencies: readonly Competency[];
  onSave: (gap: SkillGap) => void;
  onCancel: () => void;
}

/** A skill to grow: one of the user's competencies or a free name, from where they are to a target. */
export function SkillGapForm({ gap, competencies, onSave, onCancel }: SkillGapFormProps) {
  const t = useT();
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

  const level = (key: 'current' | 'target', label: string, ...alsoClears: string[]) => (
    <LevelField
      label={label}
      value={draft[key] === '' ? null : Number(draft[key])}
      error={errors[key]}
      onChange={(picked) => set(key, String(picked), ...alsoClears)}
    />
  );

  const unlisted = draft.competencyId !== OTHER && !competencies.some((c) => c.id === draft.competencyId);

  return (
    <RecordForm
      label={
        gap
          ? t('plans.record.editLabel', { list: 'skillGaps', name: gap.name })
          : t('plans.record.new', { list: 'skillGaps' })
      }
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      formError={errors.form}
    >
      <div className="plan-form-row">
        <Field label={t('plans.skillGaps.skill')} error={errors.competencyId}>
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
              {unlisted && (
                <option value={draft.competencyId}>
                  {t('plans.skillGaps.unlisted', { name: draft.name })}
                </option>
              )}
              <option value={OTHER}>{t('plans.skillGaps.other')}</option>
            </select>
          )}
        </Field>
        {draft.competencyId === OTHER && (
          <TextField label={t('plans.skillGaps.skillName')} {...bind('name')} />
        )}
      </div>
      <div className="plan-form-row">
        {/* The target's error can be about the current level, so changing that clears it too. */}
        {level('current', t('plans.skillGaps.current'), 'target')}
        {level('target', t('plans.skillGaps.target'))}
      </div>
    </RecordForm>
  );
}
