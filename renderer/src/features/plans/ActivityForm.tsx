import { Plus, X } from 'lucide-react';
import { newItemId } from '../../../../shared/schema/ids';
import {
  activityKindLabels,
  activityKindSchema,
  activitySchema,
  activityStatusSchema,
  type Activity,
  type ActivityKind,
  type Resource,
} from '../../../../shared/schema/plan';
import { EnumField, RecordForm, TextField, useDraftForm } from '../../ui/form';

export const activityStatusLabels: Record<Activity['status'], string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
};

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
      label={activity ? `Edit activity: ${activity.title}` : 'New activity'}
      formRef={formRef}
      onSubmit={onSubmit}
      onCancel={onCancel}
      formError={errors.form ?? errors.resources}
    >
      <div className="plan-form-row">
        <EnumField label="Kind" {...bind('kind')} schema={activityKindSchema} labels={activityKindLabels} />
        <EnumField
          label="Status"
          {...bind('status')}
          schema={activityStatusSchema}
          labels={activityStatusLabels}
        />
      </div>
      <TextField label="Activity" {...bind('title')} autoFocus />
      <TextField label="Notes" {...bind('notes')} rows={2} />
      <fieldset className="plan-resources">
        <legend>Resources and links</legend>
        {draft.resources.map((resource, row) => (
          <div key={row} className="plan-form-row plan-resource-row">
            <TextField
              label={`Resource ${row + 1} name`}
              error={errors[resourceErrorKey(row, 'label')]}
              value={resource.label}
              onChange={(v) => setResource(row, { label: v })}
            />
            <TextField
              label={`Resource ${row + 1} link`}
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
              aria-label={`Remove resource ${row + 1}`}
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
          <Plus size={14} aria-hidden /> Add a link
        </button>
      </fieldset>
    </RecordForm>
  );
}
