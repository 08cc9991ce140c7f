import { newItemId } from '../../../../shared/schema/ids';
import {
  milestoneSchema,
  milestoneStatusSchema,
  type Milestone,
  type MilestoneStatus,
} from '../../../../shared/schema/plan';
import { labelsFor } from '../../i18n/labels';
import { useT, type Translate } from '../../i18n/useT';
import { DateField, EnumField, Field, RecordForm, TextField, useDraftForm } from '../../ui/form';

type OwnerKind = Milestone['owner']['kind'];

/** A milestone's status in the window's language (ICU select keys cannot hold a hyphen). */
export const milestoneStatusText = (t: Translate, status: MilestoneStatus): string =>
  t('plans.milestones.status', { status: status.replaceAll('-', '_') });

/** "Me", "My manager" or the person's name. */
export const ownerText = (t: Translate, owner: Milestone['owner']): string =>
  t('plans.owner', { kind: owner.kind, name: owner.kind === 'person' ? owner.name : '' });

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
  const t = useT();
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
  const label = milestone
    ? t('plans.record.editLabel', { list: 'milestones', name: milestone.title })
    : t('plans.record.new', { list: 'milestones' });

  return (
    <RecordForm
      label={label}
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      formError={errors.form}
    >
      <TextField label={t('plans.milestones.milestone')} {...bind('title')} autoFocus />
      <div className="plan-form-row">
        <Field label={t('plans.milestones.owner')} error={errors.owner}>
          {(control) => (
            <select
              {...control}
              className="text-input"
              value={draft.ownerKind}
              onChange={(e) => set('ownerKind', e.target.value as OwnerKind, 'owner.name')}
            >
              <option value="me">{t('plans.owner', { kind: 'me', name: '' })}</option>
              <option value="manager">{t('plans.owner', { kind: 'manager', name: '' })}</option>
              <option value="person">{t('plans.milestones.someoneElse')}</option>
            </select>
          )}
        </Field>
        {draft.ownerKind === 'person' && (
          <TextField
            label={t('plans.milestones.ownerName')}
            error={errors['owner.name']}
            value={draft.ownerName}
            onChange={(v) => set('ownerName', v)}
          />
        )}
        <EnumField
          label={t('plans.milestones.statusLabel')}
          {...bind('status')}
          schema={milestoneStatusSchema}
          labels={labelsFor(milestoneStatusSchema.options, (s) => milestoneStatusText(t, s))}
        />
      </div>
      <div className="plan-form-row">
        <DateField
          label={t('plans.milestones.start')}
          hint={t('plans.milestones.startHint')}
          error={errors.startDate}
          value={draft.startDate}
          onChange={(v) => set('startDate', v, 'dueDate')}
        />
        <DateField
          label={t('plans.milestones.due')}
          hint={t('plans.milestones.dueHint')}
          error={errors.dueDate}
          value={draft.dueDate}
          onChange={(v) => set('dueDate', v)}
        />
      </div>
      <TextField
        label={t('plans.milestones.successLabel')}
        hint={t('plans.milestones.successHint')}
        {...bind('successCriterion')}
      />
      <TextField label={t('plans.milestones.evidenceLabel')} {...bind('evidence')} rows={2} />
    </RecordForm>
  );
}
