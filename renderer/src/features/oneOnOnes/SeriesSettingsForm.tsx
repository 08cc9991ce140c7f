import { useState, type SubmitEvent } from 'react';
import type * as Y from 'yjs';
import {
  cadenceSchema,
  seriesSettingsSchema,
  updateSeriesSettings,
  type SeriesSettings,
} from '../../../../shared/schema/seriesSettings';
import { validate, type FieldErrors } from '../../../../shared/schema/validation';
import { useSeriesSettings } from './useSeries';
import { useT } from '../../i18n/useT';
import { DateField } from '../../ui/form';

interface SeriesSettingsFormProps {
  space: Y.Doc;
  /** Shown instead of "Save" when the form starts the series. */
  submitLabel?: string;
  onSaved?: (settings: SeriesSettings) => void;
}

/** Cadence, the quarterly career conversation, the next date, the time and the reminder. */
export function SeriesSettingsForm({ space, submitLabel, onSaved }: SeriesSettingsFormProps) {
  const t = useT();
  const stored = useSeriesSettings(space);
  const [draft, setDraft] = useState({
    cadence: stored.cadence,
    careerQuarterly: stored.careerQuarterly,
    nextDate: stored.nextDate ?? '',
    time: stored.time,
    reminderMinutes: String(stored.reminderMinutes),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validate(
      seriesSettingsSchema,
      {
        ...draft,
        nextDate: draft.nextDate === '' ? null : draft.nextDate,
        reminderMinutes: draft.reminderMinutes.trim() === '' ? Number.NaN : Number(draft.reminderMinutes),
      },
      t,
    );
    setSaved(false);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    updateSeriesSettings(space, result.value);
    setSaved(true);
    onSaved?.(result.value);
  };

  const field = (name: keyof typeof errors) =>
    errors[name] ? (
      <span className="field-error" role="alert">
        {errors[name]}
      </span>
    ) : null;

  return (
    <form className="series-settings" aria-label={t('oneOnOnes.settings.label')} onSubmit={submit} noValidate>
      <label className="oo-field">
        <span>{t('oneOnOnes.settings.howOften')}</span>
        <select
          className="text-input"
          value={draft.cadence}
          onChange={(e) => setDraft({ ...draft, cadence: cadenceSchema.parse(e.target.value) })}
        >
          {cadenceSchema.options.map((c) => (
            <option key={c} value={c}>
              {t('oneOnOnes.cadence', { cadence: c })}
            </option>
          ))}
        </select>
      </label>
      <label className="oo-field oo-check">
        <input
          type="checkbox"
          checked={draft.careerQuarterly}
          onChange={(e) => setDraft({ ...draft, careerQuarterly: e.target.checked })}
        />
        <span>{t('oneOnOnes.settings.career')}</span>
      </label>
      <DateField
        label={t('oneOnOnes.settings.next')}
        value={draft.nextDate}
        error={errors.nextDate}
        onChange={(nextDate) => {
          setDraft({ ...draft, nextDate });
          setErrors(({ nextDate: _answered, ...others }) => others);
        }}
      />
      <label className="oo-field">
        <span>{t('oneOnOnes.settings.time')}</span>
        <input
          type="time"
          className="text-input"
          value={draft.time}
          aria-invalid={errors.time ? true : undefined}
          onChange={(e) => setDraft({ ...draft, time: e.target.value })}
        />
        {field('time')}
      </label>
      <label className="oo-field">
        <span>{t('oneOnOnes.settings.remind')}</span>
        <input
          type="number"
          min={0}
          className="text-input"
          value={draft.reminderMinutes}
          aria-invalid={errors.reminderMinutes ? true : undefined}
          onChange={(e) => setDraft({ ...draft, reminderMinutes: e.target.value })}
        />
        {field('reminderMinutes')}
      </label>
      <div className="form-actions">
        <button type="submit" className="button" data-variant="primary">
          {submitLabel ?? t('oneOnOnes.settings.save')}
        </button>
        {saved && (
          <span role="status" className="oo-meta">
            {t('oneOnOnes.settings.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
