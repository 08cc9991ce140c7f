import {
  frameworkContentSchema,
  FRAMEWORK_LIMITS,
  type FrameworkContent,
} from '../../../../shared/schema/framework';
import { useT } from '../../i18n/useT';
import { TextField, TitledForm, useItemForm, type EditFormProps } from '../../ui/form';
import { CompetencyFields } from './CompetencyFields';
import { problemText } from './problemText';
import { TrackFields } from './TrackFields';

/**
 * Edits a whole career framework: its title and description, its tracks with their levels and
 * role descriptions, and its competencies with what each looks like at every level. Checked
 * against the framework's schema on Save and written in one go, or not at all; each problem is
 * shown beside its field, and focus moves to the first one.
 */
export function FrameworkForm(props: EditFormProps<FrameworkContent>) {
  const t = useT();
  const { draft, set, errors, frame } = useItemForm(props, frameworkContentSchema, {
    failure: t('framework.form.failure'),
    toRecord: withoutRemovedLevels,
  });
  const errorOf = (path: string) => problemText(t, errors[path]);
  return (
    <TitledForm {...frame}>
      <TextField
        label={t('framework.form.title')}
        value={draft.title}
        error={errorOf('title')}
        onChange={(title) => set('title', title)}
        autoFocus
      />
      <TextField
        label={t('framework.form.description')}
        hint={t('framework.form.descriptionHint')}
        value={draft.description}
        error={errorOf('description')}
        onChange={(description) => set('description', description)}
        rows={2}
      />
      <TrackFields
        tracks={draft.tracks}
        errorOf={errorOf}
        onChange={(tracks) => set('tracks', tracks, 'competencies')}
        canAdd={draft.tracks.length < FRAMEWORK_LIMITS.tracks}
      />
      <CompetencyFields
        tracks={draft.tracks}
        competencies={draft.competencies}
        errorOf={errorOf}
        onChange={(competencies) => set('competencies', competencies)}
        canAdd={draft.competencies.length < FRAMEWORK_LIMITS.competencies}
      />
    </TitledForm>
  );
}

/** Expectations written for a level that was removed since are not saved with the framework. */
function withoutRemovedLevels(draft: FrameworkContent): FrameworkContent {
  const levelIds = new Set(draft.tracks.flatMap((track) => track.levels.map((level) => level.id)));
  return {
    ...draft,
    competencies: draft.competencies.map((competency) => ({
      ...competency,
      expectations: Object.fromEntries(
        Object.entries(competency.expectations).filter(([levelId]) => levelIds.has(levelId)),
      ),
    })),
  };
}
