import { Lock } from 'lucide-react';
import { feedbackFieldsSchema, type FeedbackFields } from '../../../../shared/schema/feedback';
import { useAppServices } from '../../services/AppServicesContext';
import { Field, TextField, TitledForm, useItemForm, type EditFormProps } from '../../ui/form';
import { useCompetencies, useGoalSummaries } from '../../services/growth/useGrowthIndex';

/**
 * A feedback note in the order that makes it useful: what was done, what it led to, what to do
 * next; then who gave it and when. Checked against the schema on Save, written all at once.
 */
export function FeedbackForm(props: EditFormProps<FeedbackFields>) {
  const { vault } = useAppServices();
  const goals = useGoalSummaries(vault.doc);
  const competencies = useCompetencies(vault.doc);
  const { draft, set, bind, errors, frame } = useItemForm(props, feedbackFieldsSchema, {
    failure: 'The note could not be saved',
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
      <Field label={label} hint="Optional." error={errors[key]}>
        {(control) => (
          <select
            {...control}
            className="text-input"
            value={linked ?? ''}
            onChange={(e) => set(key, e.target.value || null)}
          >
            <option value="">None</option>
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
          <Lock size={14} aria-hidden /> Private — only on this computer.
        </p>
      }
    >
      {text('behaviour', 'Behaviour', 'What was done or said — specific and observable.')}
      {text('impact', 'Impact', 'What it led to, for the work or for people.')}
      {text('nextStep', 'Suggested next step', 'What to keep, start or change.')}
      <div className="form-row">
        <TextField label="From whom" hint="“Me” is fine for your own observations." {...bind('from')} />
        {/* A text field, not a date picker: typed dates are checked as real calendar days and
            named plainly when they are not, where a picker would silently clamp or clear them. */}
        <TextField
          label="Date given"
          hint="Year-month-day, e.g. 2026-03-31."
          {...bind('givenOn')}
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
        />
      </div>
      <div className="form-row">
        {link(
          'goalId',
          'Linked goal',
          goals.map((g) => ({ id: g.id, name: g.title })),
          'A deleted goal',
        )}
        {link('competencyId', 'Linked competency', competencies, 'A deleted competency')}
      </div>
    </TitledForm>
  );
}
