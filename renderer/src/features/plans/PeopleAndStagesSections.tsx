import { newItemId } from '../../../../shared/schema/ids';
import {
  successStageSchema,
  supporterRoleSchema,
  supporterSchema,
  type SuccessStage,
  type Supporter,
} from '../../../../shared/schema/plan';
import { Field, RecordForm, useDraftForm } from './formFields';
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
  const { draft, set, errors, formRef, onSubmit } = useDraftForm(initial, supporterSchema, toRecord, onSave);
  return (
    <RecordForm
      label={supporter ? `Edit supporter: ${supporter.name}` : 'New supporter'}
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      formError={errors.form}
    >
      <div className="plan-form-row">
        <Field label="Name" error={errors.name}>
          {(control) => (
            <input
              {...control}
              className="text-input"
              autoFocus
              value={draft.name}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </Field>
        <Field label="Role" error={errors.role}>
          {(control) => (
            <select
              {...control}
              className="text-input"
              value={draft.role}
              onChange={(e) => set('role', supporterRoleSchema.parse(e.target.value))}
            >
              {supporterRoleSchema.options.map((r) => (
                <option key={r} value={r}>
                  {roleLabels[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="How they help" error={errors.howTheyHelp}>
        {(control) => (
          <input
            {...control}
            className="text-input"
            value={draft.howTheyHelp}
            onChange={(e) => set('howTheyHelp', e.target.value)}
          />
        )}
      </Field>
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
  const { draft, set, errors, formRef, onSubmit } = useDraftForm(
    initial,
    successStageSchema,
    toRecord,
    onSave,
  );
  return (
    <RecordForm
      label={stage ? `Edit stage: ${stage.stage}` : 'New stage'}
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      formError={errors.form}
    >
      <Field label="Stage" hint="e.g. “After 30 days”, “By the end of the year”" error={errors.stage}>
        {(control) => (
          <input
            {...control}
            className="text-input"
            autoFocus
            value={draft.stage}
            onChange={(e) => set('stage', e.target.value)}
          />
        )}
      </Field>
      <Field label="Success looks like" error={errors.description}>
        {(control) => (
          <textarea
            {...control}
            className="text-input"
            rows={2}
            value={draft.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>
    </RecordForm>
  );
}
