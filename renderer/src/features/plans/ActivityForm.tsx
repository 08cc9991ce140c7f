import { Plus, X } from 'lucide-react';
import { newItemId } from '../../../../shared/schema/ids';
import {
  activityKindSchema,
  activitySchema,
  activityStatusSchema,
  type Activity,
  type ActivityKind,
  type Resource,
} from '../../../../shared/schema/plan';
import { labelsFor } from '../../i18n/labels';
import { useT, type Translate } from '../../i18n/useT';
import { EnumField, RecordForm, TextField, useDraftForm } from '../../ui/form';

/** ICU select keys cannot hold a hyphen: `in-progress` is the case `in_progress`. */
const selector = (value: string) => value.replaceAll('-', '_');
export const activityStatusText = (t: Translate, status: Activity['status']): string =>
  t('plans.activities.status', { status: selector(status) });
export const activityKindText = (t: Translate, kind: ActivityKind): string =>
  t('plans.activities.kind', { kind: selector(kind) });

interface ActivityDraft {
  kind: ActivityKind;
  title: string;
  notes: string;
  status: Activity['status'];
  resources: Resource[];
}

interface ActivityFormProps {
  activity: Activity | null;
  onSave: (activity: Activity) => void;
  onCancel: () => void;
}

/** Adds or edits a learning activity, with any number of links or references. */
export function ActivityForm({ activity, onSave, onCancel }: ActivityFormProps) {
  const t = useT();
  const initial: ActivityDraft = {
    kind: activity?.kind ?? 'stretch-assignment',
    title: activity?.title ?? '',
    notes: activity?.notes ?? '',
    status: activity?.status ?? 'planned',
    resources: activity?.resources ?? [],
  };
  const toRecord = (d: ActivityDraft) => ({
    id: activity?.id ?? newItemId(),
    ...d,
    // Blank rows are left over from "Add link"; they are not resources.
    resources: d.resources.filter((r) => r.label.trim() !== '' || r.url.trim() !== ''),
  });
  const { draft, set, bind, errors, formRef, onSubmit } = useDraftForm(
    initial,
    activitySchema,
    toRecord,
    onSave,
  );
  // Errors for resources are keyed by their index among the non-blank rows.
  const resourceErrorKey = (row: number, field: keyof Resource) => {
    const kept = draft.resources.slice(0, row).filter((r) => r.label.trim() !== '' || r.url.trim() !== '');
    return `resources.${kept.length}.${field}`;
  };
  const setResource = (row: number, patch: Partial<Resource>) =>
    set(
      'resources',
      draft.resources.map((r, i) => (i === row ? { ...r, ...patch } : r)),
    );

  return (
    <RecordForm
      label={
        activity
          ? t('plans.record.editLabel', { list: 'activities', name: activity.title })
          : t('plans.record.new', { list: 'activities' })
      }
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      formError={errors.form ?? errors.resources}
    >
      <div className="plan-form-row">
        <EnumField
          label={t('plans.activities.kindLabel')}
          {...bind('kind')}
          schema={activityKindSchema}
          labels={labelsFor(activityKindSchema.options, (k) => activityKindText(t, k))}
        />
        <EnumField
          label={t('plans.activities.statusLabel')}
          {...bind('status')}
          schema={activityStatusSchema}
          labels={labelsFor(activityStatusSchema.options, (s) => activityStatusText(t, s))}
        />
      </div>
      <TextField label={t('plans.activities.activity')} {...bind('title')} autoFocus />
      <TextField label={t('plans.activities.notes')} {...bind('notes')} rows={2} />
      <fieldset className="plan-resources">
        <legend>{t('plans.activities.resources')}</legend>
        {draft.resources.map((resource, row) => (
          <div key={row} className="plan-form-row plan-resource-row">
            <TextField
              label={t('plans.activities.resourceName', { n: row + 1 })}
              error={errors[resourceErrorKey(row, 'label')]}
              value={resource.label}
              onChange={(v) => setResource(row, { label: v })}
            />
            <TextField
              label={t('plans.activities.resourceLink', { n: row + 1 })}
              error={errors[resourceErrorKey(row, 'url')]}
              type="url"
              placeholder="https://"
              value={resource.url}
              onChange={(v) => setResource(row, { url: v })}
            />
            <button
              type="button"
              className="button"
              data-variant="ghost"
              aria-label={t('plans.activities.removeResource', { n: row + 1 })}
              onClick={() =>
                set(
                  'resources',
                  draft.resources.filter((_, i) => i !== row),
                )
              }
            >
              <X size={14} aria-hidden />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => set('resources', [...draft.resources, { label: '', url: '' }])}
        >
          <Plus size={14} aria-hidden /> {t('plans.activities.addLink')}
        </button>
      </fieldset>
    </RecordForm>
  );
}
