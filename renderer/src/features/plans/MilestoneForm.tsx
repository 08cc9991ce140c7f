import { newItemId } from '../../../../shared/schema/ids';
import {
  milestoneSchema,
  milestoneStatusLabels,
  milestoneStatusSchema,
  type Milestone,
  type MilestoneStatus,
} from '../../../../shared/schema/plan';
import { DateInput, Field, RecordForm, useDraftForm } from './formFields';

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
  const { draft, set, errors, formRef, onSubmit } = useDraftForm(
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
      <Field label="Milestone" error={errors.title}>
        {(control) => (
          <input
            {...control}
            className="text-input"
            autoFocus
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
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
          <Field label="Owner’s name" error={errors['owner.name']}>
            {(control) => (
              <input
                {...control}
                className="text-input"
                value={draft.ownerName}
                onChange={(e) => set('ownerName', e.target.value)}
              />
            )}
          </Field>
        )}
        <Field label="Status" error={errors.status}>
          {(control) => (
            <select
              {...control}
              className="text-input"
              value={draft.status}
              onChange={(e) => set('status', milestoneStatusSchema.parse(e.target.value))}
            >
              {milestoneStatusSchema.options.map((s) => (
                <option key={s} value={s}>
                  {milestoneStatusLabels[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
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
      <Field
        label="Success looks like"
        hint="Something you could check, e.g. “Ran three team retros with actions agreed”."
        error={errors.successCriterion}
      >
        {(control) => (
          <input
            {...control}
            className="text-input"
            value={draft.successCriterion}
            onChange={(e) => set('successCriterion', e.target.value)}
          />
        )}
      </Field>
      <Field label="Evidence and notes" error={errors.evidence}>
        {(control) => (
          <textarea
            {...control}
            className="text-input"
            rows={2}
            value={draft.evidence}
            onChange={(e) => set('evidence', e.target.value)}
          />
        )}
      </Field>
    </RecordForm>
  );
}
