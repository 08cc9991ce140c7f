import { newItemId } from '../../../../shared/schema/ids';
import {
  milestoneSchema,
  milestoneStatusLabels,
  milestoneStatusSchema,
  type Milestone,
  type MilestoneStatus,
} from '../../../../shared/schema/plan';
import { EnumField, Field, RecordForm, TextField, useDraftForm, type ControlProps } from '../../ui/form';

type OwnerKind = Milestone['owner']['kind'];

interface MilestoneDraft {
  title: string;
  ownerKind: OwnerKind;
  ownerName: string;
  startDate: string;
  dueDate: string;
  status: MilestoneStatus;
  successCriterion: string;
  evidence: string;
}

function toDraft(m: Milestone | null): MilestoneDraft {
  return {
    title: m?.title ?? '',
    ownerKind: m?.owner.kind ?? 'me',
    ownerName: m?.owner.kind === 'person' ? m.owner.name : '',
    startDate: m?.startDate ?? '',
    dueDate: m?.dueDate ?? '',
    status: m?.status ?? 'not-started',
    successCriterion: m?.successCriterion ?? '',
    evidence: m?.evidence ?? '',
  };
}

/** A YYYY-MM-DD text box: typed dates are kept as typed, so Save can say what is wrong with one. */
function DateInput({
  control,
  value,
  onChange,
}: {
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <input
      {...control}
      className="text-input plan-date-input"
      inputMode="numeric"
      placeholder="YYYY-MM-DD"
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.target.value.trim())}
    />
  );
}

interface MilestoneFormProps {
  milestone: Milestone | null;
  now: () => number;
  onSave: (milestone: Milestone) => void;
  onCancel: () => void;
}

/** Adds or edits a milestone; nothing is written until every field is valid. */
export function MilestoneForm({ milestone, now, onSave, onCancel }: MilestoneFormProps) {
  const toRecord = (d: MilestoneDraft) => ({
    id: milestone?.id ?? newItemId(),
    title: d.title,
    owner: d.ownerKind === 'person' ? { kind: 'person', name: d.ownerName } : { kind: d.ownerKind },
    startDate: d.startDate === '' ? null : d.startDate,
    dueDate: d.dueDate,
    status: d.status,
    successCriterion: d.successCriterion,
    evidence: d.evidence,
    // Keep when it was first marked done; stamp it if it is done as of this save.
    completedAt: d.status === 'done' ? (milestone?.completedAt ?? now()) : null,
  });
  const { draft, set, bind, errors, formRef, onSubmit } = useDraftForm(
    toDraft(milestone),
    milestoneSchema,
    toRecord,
    onSave,
  );
  const label = milestone ? `Edit milestone: ${milestone.title}` : 'New milestone';

  return (
    <RecordForm
      label={label}
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      formError={errors.form}
    >
      <TextField label="Milestone" {...bind('title')} autoFocus />
      <div className="plan-form-row">
        <Field label="Owner" error={errors.owner}>
          {(control) => (
            <select
              {...control}
              className="text-input"
              value={draft.ownerKind}
              onChange={(e) => set('ownerKind', e.target.value as OwnerKind, 'owner.name')}
            >
              <option value="me">Me</option>
              <option value="manager">My manager</option>
              <option value="person">Someone else…</option>
            </select>
          )}
        </Field>
        {draft.ownerKind === 'person' && (
          <TextField
            label="Owner’s name"
            error={errors['owner.name']}
            value={draft.ownerName}
            onChange={(v) => set('ownerName', v)}
          />
        )}
        <EnumField
          label="Status"
          {...bind('status')}
          schema={milestoneStatusSchema}
          labels={milestoneStatusLabels}
        />
      </div>
      <div className="plan-form-row">
        <Field label="Start date" hint="Optional. YYYY-MM-DD" error={errors.startDate}>
          {(control) => (
            <DateInput
              control={control}
              value={draft.startDate}
              onChange={(v) => set('startDate', v, 'dueDate')}
            />
          )}
        </Field>
        <Field label="Due date" hint="YYYY-MM-DD" error={errors.dueDate}>
          {(control) => (
            <DateInput control={control} value={draft.dueDate} onChange={(v) => set('dueDate', v)} />
          )}
        </Field>
      </div>
      <TextField
        label="Success looks like"
        hint="Something you could check, e.g. “Ran three team retros with actions agreed”."
        {...bind('successCriterion')}
      />
      <TextField label="Evidence and notes" {...bind('evidence')} rows={2} />
    </RecordForm>
  );
}
