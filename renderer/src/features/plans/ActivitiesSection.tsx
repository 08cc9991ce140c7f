import { ExternalLink } from 'lucide-react';
import { useCallback } from 'react';
import { activityKindSchema, type Activity } from '../../../../shared/schema/plan';
import { useT } from '../../i18n/useT';
import { ActivityForm, activityKindText, activityStatusText } from './ActivityForm';
import { RecordSection } from './RecordSection';
import type { PlanEditing } from './usePlanEditing';

/** Learning activities grouped by kind, each with its resources. */
export function ActivitiesSection({
  activities,
  editing,
}: {
  activities: readonly Activity[];
  editing: PlanEditing;
}) {
  const t = useT();
  const kindGroups = activityKindSchema.options.map((kind) => ({
    key: kind,
    label: activityKindText(t, kind),
  }));
  // Links open in the user's browser (main checks the scheme again); the app window never navigates.
  const openLink = useCallback((url: string) => {
    void window.tandem?.shell.openExternal({ url });
  }, []);

  return (
    <RecordSection
      title={t('plans.activities.title')}
      lead={t('plans.activities.lead')}
      list="activities"
      items={activities}
      labelOf={(a) => a.title}
      emptyText={t('plans.activities.empty')}
      groups={kindGroups}
      groupOf={(a) => a.kind}
      onDelete={(a) => editing.remove('activities', a, a.title)}
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
          <p className="plan-meta">{activityStatusText(t, a.status)}</p>
          {a.notes && <p className="plan-text">{a.notes}</p>}
          {a.resources.length > 0 && (
            <ul
              className="plan-resource-list"
              aria-label={t('plans.activities.resourcesFor', { title: a.title })}
            >
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
                      <span className="visually-hidden"> {t('plans.activities.opensInBrowser')}</span>
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
