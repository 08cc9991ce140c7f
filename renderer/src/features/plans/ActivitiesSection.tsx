import { ExternalLink } from 'lucide-react';
import { useCallback } from 'react';
import { activityKindLabels, activityKindSchema, type Activity } from '../../../../shared/schema/plan';
import { activityStatusLabels, ActivityForm } from './ActivityForm';
import { RecordSection } from './RecordSection';
import type { PlanEditing } from './usePlanEditing';

const kindGroups = activityKindSchema.options.map((kind) => ({ key: kind, label: activityKindLabels[kind] }));

/** Learning activities grouped by kind, each with its resources. */
export function ActivitiesSection({
  activities,
  editing,
}: {
  activities: readonly Activity[];
  editing: PlanEditing;
}) {
  // Links open in the user's browser (main checks the scheme again); the app window never navigates.
  const openLink = useCallback((url: string) => {
    void window.tandem?.shell.openExternal({ url });
  }, []);

  return (
    <RecordSection
      title="Learning activities"
      lead="Stretch assignments, mentoring, courses, moves, projects, shadowing and reading."
      noun="activity"
      items={activities}
      labelOf={(a) => a.title}
      emptyText="No activities yet."
      groups={kindGroups}
      groupOf={(a) => a.kind}
      onDelete={(a) => editing.remove('activities', a, `activity “${a.title}”`)}
      renderForm={({ record, close }) => (
        <ActivityForm
          activity={record}
          onCancel={close}
          onSave={(activity) => {
            editing.save('activities', activity);
            close();
          }}
        />
      )}
      renderItem={(a) => (
        <>
          <h4 className="plan-record-title">{a.title}</h4>
          <p className="plan-meta">{activityStatusLabels[a.status]}</p>
          {a.notes && <p className="plan-text">{a.notes}</p>}
          {a.resources.length > 0 && (
            <ul className="plan-resource-list" aria-label={`Resources for ${a.title}`}>
              {a.resources.map((r, i) => (
                <li key={i}>
                  {r.url ? (
                    <a
                      href={r.url}
                      onClick={(e) => {
                        e.preventDefault();
                        openLink(r.url);
                      }}
                    >
                      {r.label || r.url} <ExternalLink size={12} aria-hidden />
                      <span className="visually-hidden"> (opens in your browser)</span>
                    </a>
                  ) : (
                    r.label
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    />
  );
}
