import { levelLabels } from '../../../../shared/schema/competency';
import type { SkillGap } from '../../../../shared/schema/plan';
import { useAppServices } from '../../services/AppServicesContext';
import { useCompetencies } from '../../services/growth/useGrowthIndex';
import { RecordSection } from './RecordSection';
import { SkillGapForm } from './SkillGapForm';
import type { PlanEditing } from './usePlanEditing';

const level = (n: number) => `${levelLabels[n] ?? 'Level'} (${n})`;

/** The skills this plan grows, from the current level to the target. */
export function SkillGapsSection({ gaps, editing }: { gaps: readonly SkillGap[]; editing: PlanEditing }) {
  const { vault } = useAppServices();
  const competencies = useCompetencies(vault.doc);
  return (
    <RecordSection
      title="Skill gaps"
      lead="Where you are now and where you want to be, on a scale from 1 (aware) to 5 (expert)."
      noun="skill gap"
      items={gaps}
      labelOf={(g) => g.name}
      emptyText="No skill gaps yet."
      onDelete={(g) => editing.remove('skillGaps', g, `skill gap “${g.name}”`)}
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
            {level(g.current)} → {level(g.target)}
            {g.target > g.current ? ` · ${g.target - g.current} to go` : ' · at target'}
          </p>
        </>
      )}
    />
  );
}
