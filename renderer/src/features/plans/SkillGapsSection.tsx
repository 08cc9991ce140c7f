import { LEVEL_MAX, LEVEL_MIN } from '../../../../shared/schema/competency';
import type { SkillGap } from '../../../../shared/schema/plan';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { useCompetencies } from '../../services/growth/useGrowthIndex';
import { levelText } from '../competencies';
import { RecordSection } from './RecordSection';
import { SkillGapForm } from './SkillGapForm';
import type { PlanEditing } from './usePlanEditing';

/** The skills this plan grows, from the current level to the target. */
export function SkillGapsSection({ gaps, editing }: { gaps: readonly SkillGap[]; editing: PlanEditing }) {
  const { vault } = useAppServices();
  const t = useT();
  const competencies = useCompetencies(vault.doc);
  return (
    <RecordSection
      title={t('plans.skillGaps.title')}
      lead={t('plans.skillGaps.lead', { min: LEVEL_MIN, max: LEVEL_MAX })}
      list="skillGaps"
      items={gaps}
      labelOf={(g) => g.name}
      emptyText={t('plans.skillGaps.empty')}
      onDelete={(g) => editing.remove('skillGaps', g, g.name)}
      renderForm={({ record, close }) => (
        <SkillGapForm
          gap={record}
          competencies={competencies}
          onCancel={close}
          onSave={(gap) => {
            editing.save('skillGaps', gap);
            close();
          }}
        />
      )}
      renderItem={(g) => (
        <>
          <h3 className="plan-record-title">{g.name}</h3>
          <p className="plan-meta">
            {t('plans.skillGaps.levels', {
              current: levelText(t, g.current),
              target: levelText(t, g.target),
              toGo: Math.max(0, g.target - g.current),
            })}
          </p>
        </>
      )}
    />
  );
}
