import { Lock } from 'lucide-react';
import { feedbackFieldsSchema, type FeedbackFields } from '../../../../shared/schema/feedback';
import { useAppServices } from '../../services/AppServicesContext';
import { DateField, Field, TextField, TitledForm, useItemForm, type EditFormProps } from '../../ui/form';
import { useCompetencies, useGoalSummaries } from '../../services/growth/useGrowthIndex';
import { useT } from '../../i18n/useT';

/**
 * A feedback note in the order that makes it useful: what was done, what it led to, what to do
 * next; then who gave it and when. Checked against the schema on Save, written all at once.
 */
export function FeedbackForm(props: EditFormProps<FeedbackFields>) {
  const { vault } = useAppServices();
  const goals = useGoalSummaries(vault.doc);
  const competencies = useCompetencies(vault.doc);
  const t = useT();
  const { draft, set, bind, errors, frame } = useItemForm(props, feedbackFieldsSchema, {
    failure: t('feedback.form.failure'),
    toRecord: (note) => ({ ...note, givenOn: note.givenOn.trim() }),
  });

  const text = (key: 'behaviour' | 'impact' | 'nextStep', label: string, hint: string) => (
    <TextField label={label} hint={hint} {...bind(key)} rows={3} autoFocus={key === 'behaviour'} />
  );

  /** An optional link to a goal or competency; one deleted since stays, named as deleted. */
  const link = (
    key: 'goalId' | 'competencyId',
    label: string,
    items: readonly { id: string; name: string }[],
    deleted: string,
  ) => {
    const linked = draft[key];
    return (
      <Field label={label} hint={t('feedback.form.optional')} error={errors[key]}>
        {(control) => (
          <select
            {...control}
            className="text-input"
            value={linked ?? ''}
            onChange={(e) => set(key, e.target.value || null)}
          >
            <option value="">{t('feedback.form.none')}</option>
            {linked && !items.some((item) => item.id === linked) && <option value={linked}>{deleted}</option>}
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  };

  return (
    <TitledForm
      {...frame}
      intro={
        <p className="privacy-note">
          <Lock size={14} aria-hidden /> {t('feedback.form.privateIntro')}
        </p>
      }
    >
      {text('behaviour', t('feedback.behaviour'), t('feedback.form.behaviourHint'))}
      {text('impact', t('feedback.impact'), t('feedback.form.impactHint'))}
      {text('nextStep', t('feedback.nextStep'), t('feedback.form.nextStepHint'))}
      <div className="form-row">
        <TextField label={t('feedback.form.from')} hint={t('feedback.form.fromHint')} {...bind('from')} />
        <DateField
          label={t('feedback.form.given')}
          hint={t('feedback.form.givenHint')}
          {...bind('givenOn')}
        />
      </div>
      <div className="form-row">
        {link(
          'goalId',
          t('feedback.form.goal'),
          goals.map((g) => ({ id: g.id, name: g.title })),
          t('feedback.form.deletedGoal'),
        )}
        {link(
          'competencyId',
          t('feedback.form.competency'),
          competencies,
          t('feedback.form.deletedCompetency'),
        )}
      </div>
    </TitledForm>
  );
}
