import { newItemId } from '../../../../shared/schema/ids';
import {
  successStageSchema,
  supporterRoleSchema,
  supporterSchema,
  type SuccessStage,
  type Supporter,
} from '../../../../shared/schema/plan';
import { labelsFor } from '../../i18n/labels';
import { useT, type Translate } from '../../i18n/useT';
import { EnumField, RecordForm, TextField, useDraftForm } from '../../ui/form';
import { RecordSection } from './RecordSection';
import type { PlanEditing } from './usePlanEditing';

type SupporterRole = Supporter['role'];
const roleText = (t: Translate, role: SupporterRole): string => t('plans.supporters.role', { role });

/** Who helps: mentors, sponsors, the manager, coaches, peers. */
export function SupportersSection({
  supporters,
  editing,
}: {
  supporters: readonly Supporter[];
  editing: PlanEditing;
}) {
  const t = useT();
  return (
    <RecordSection
      title={t('plans.supporters.title')}
      list="supporters"
      items={supporters}
      labelOf={(s) => s.name}
      emptyText={t('plans.supporters.empty')}
      onDelete={(s) => editing.remove('supporters', s, s.name)}
      renderForm={({ record, close }) => (
        <SupporterForm
          supporter={record}
          onCancel={close}
          onSave={(supporter) => {
            editing.save('supporters', supporter);
            close();
          }}
        />
      )}
      renderItem={(s) => (
        <>
          <h3 className="plan-record-title">
            {t.rich('plans.supporters.item', {
              name: s.name,
              role: roleText(t, s.role),
              bdi: (chunks) => <bdi>{chunks}</bdi>,
              meta: (chunks) => <span className="plan-meta">{chunks}</span>,
            })}
          </h3>
          {s.howTheyHelp && <p className="plan-text">{s.howTheyHelp}</p>}
        </>
      )}
    />
  );
}

interface FormProps<T> {
  onSave: (record: T) => void;
  onCancel: () => void;
}

function SupporterForm({
  supporter,
  onSave,
  onCancel,
}: FormProps<Supporter> & { supporter: Supporter | null }) {
  const t = useT();
  const initial = {
    name: supporter?.name ?? '',
    role: supporter?.role ?? 'mentor',
    howTheyHelp: supporter?.howTheyHelp ?? '',
  };
  const toRecord = (d: typeof initial) => ({ id: supporter?.id ?? newItemId(), ...d });
  const { bind, errors, formRef, onSubmit } = useDraftForm(initial, supporterSchema, toRecord, onSave);
  return (
    <RecordForm
      label={
        supporter
          ? t('plans.record.editLabel', { list: 'supporters', name: supporter.name })
          : t('plans.record.new', { list: 'supporters' })
      }
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      formError={errors.form}
    >
      <div className="plan-form-row">
        <TextField label={t('plans.supporters.name')} {...bind('name')} autoFocus />
        <EnumField
          label={t('plans.supporters.roleLabel')}
          {...bind('role')}
          schema={supporterRoleSchema}
          labels={labelsFor(supporterRoleSchema.options, (r) => roleText(t, r))}
        />
      </div>
      <TextField label={t('plans.supporters.how')} {...bind('howTheyHelp')} />
    </RecordForm>
  );
}

/** What success looks like at each stage ("After 30 days", "In six months", …). */
export function SuccessStagesSection({
  stages,
  editing,
}: {
  stages: readonly SuccessStage[];
  editing: PlanEditing;
}) {
  const t = useT();
  return (
    <RecordSection
      title={t('plans.stages.title')}
      lead={t('plans.stages.lead')}
      list="successStages"
      items={stages}
      labelOf={(s) => s.stage}
      emptyText={t('plans.stages.empty')}
      onDelete={(s) => editing.remove('successStages', s, s.stage)}
      renderForm={({ record, close }) => (
        <StageForm
          stage={record}
          onCancel={close}
          onSave={(stage) => {
            editing.save('successStages', stage);
            close();
          }}
        />
      )}
      renderItem={(s) => (
        <>
          <h3 className="plan-record-title">{s.stage}</h3>
          <p className="plan-text">{s.description}</p>
        </>
      )}
    />
  );
}

function StageForm({ stage, onSave, onCancel }: FormProps<SuccessStage> & { stage: SuccessStage | null }) {
  const t = useT();
  const initial = { stage: stage?.stage ?? '', description: stage?.description ?? '' };
  const toRecord = (d: typeof initial) => ({ id: stage?.id ?? newItemId(), ...d });
  const { bind, errors, formRef, onSubmit } = useDraftForm(initial, successStageSchema, toRecord, onSave);
  return (
    <RecordForm
      label={
        stage
          ? t('plans.record.editLabel', { list: 'successStages', name: stage.stage })
          : t('plans.record.new', { list: 'successStages' })
      }
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      formError={errors.form}
    >
      <TextField
        label={t('plans.stages.stage')}
        hint={t('plans.stages.stageHint')}
        {...bind('stage')}
        autoFocus
      />
      <TextField label={t('plans.stages.description')} {...bind('description')} rows={2} />
    </RecordForm>
  );
}
