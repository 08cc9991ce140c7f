import { newItemId } from '../../../../shared/schema/ids';
import {
  successStageSchema,
  supporterRoleSchema,
  supporterSchema,
  type SuccessStage,
  type Supporter,
} from '../../../../shared/schema/plan';
import { EnumField, RecordForm, TextField, useDraftForm } from '../../ui/form';
import { RecordSection } from './RecordSection';
import type { PlanEditing } from './usePlanEditing';

type SupporterRole = Supporter['role'];
const roleLabels: Record<SupporterRole, string> = {
  mentor: 'Mentor',
  sponsor: 'Sponsor',
  manager: 'Manager',
  coach: 'Coach',
  peer: 'Peer',
};

/** Who helps: mentors, sponsors, the manager, coaches, peers. */
export function SupportersSection({
  supporters,
  editing,
}: {
  supporters: readonly Supporter[];
  editing: PlanEditing;
}) {
  return (
    <RecordSection
      title="Who supports me"
      noun="supporter"
      items={supporters}
      labelOf={(s) => s.name}
      emptyText="No one listed yet. Who could mentor, sponsor or coach you?"
      onDelete={(s) => editing.remove('supporters', s, `supporter “${s.name}”`)}
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
            {s.name} <span className="plan-meta">· {roleLabels[s.role]}</span>
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
  const initial = {
    name: supporter?.name ?? '',
    role: supporter?.role ?? 'mentor',
    howTheyHelp: supporter?.howTheyHelp ?? '',
  };
  const toRecord = (d: typeof initial) => ({ id: supporter?.id ?? newItemId(), ...d });
  const { bind, errors, formRef, onSubmit } = useDraftForm(initial, supporterSchema, toRecord, onSave);
  return (
    <RecordForm
      label={supporter ? `Edit supporter: ${supporter.name}` : 'New supporter'}
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      formError={errors.form}
    >
      <div className="plan-form-row">
        <TextField label="Name" {...bind('name')} autoFocus />
        <EnumField label="Role" {...bind('role')} schema={supporterRoleSchema} labels={roleLabels} />
      </div>
      <TextField label="How they help" {...bind('howTheyHelp')} />
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
  return (
    <RecordSection
      title="What success looks like"
      lead="Describe success at each stage, so progress can be seen along the way."
      noun="stage"
      items={stages}
      labelOf={(s) => s.stage}
      emptyText="No stages described yet."
      onDelete={(s) => editing.remove('successStages', s, `stage “${s.stage}”`)}
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
  const initial = { stage: stage?.stage ?? '', description: stage?.description ?? '' };
  const toRecord = (d: typeof initial) => ({ id: stage?.id ?? newItemId(), ...d });
  const { bind, errors, formRef, onSubmit } = useDraftForm(initial, successStageSchema, toRecord, onSave);
  return (
    <RecordForm
      label={stage ? `Edit stage: ${stage.stage}` : 'New stage'}
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      formError={errors.form}
    >
      <TextField
        label="Stage"
        hint="e.g. “After 30 days”, “By the end of the year”"
        {...bind('stage')}
        autoFocus
      />
      <TextField label="Success looks like" {...bind('description')} rows={2} />
    </RecordForm>
  );
}
