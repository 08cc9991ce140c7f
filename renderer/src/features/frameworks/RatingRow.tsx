import { useState, type SubmitEvent } from 'react';
import type * as Y from 'yjs';
import {
  ratingSchemaFor,
  saveRating,
  shareRating,
  sharedState,
  unshareRating,
  type Rating,
} from '../../../../shared/schema/assessment';
import type { Framework, FrameworkCompetency, FrameworkTrack } from '../../../../shared/schema/framework';
import { validate } from '../../../../shared/schema/validation';
import { useT } from '../../i18n/useT';
import { Field, FormAlert, TextField, errorMessage, useFormErrors } from '../../ui/form';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import { useAppServices } from '../../services/AppServicesContext';
import { evidenceKey, readEvidenceOptions } from './evidenceOptions';
import { problemText } from './problemText';

interface RatingRowProps {
  framework: Framework;
  track: FrameworkTrack;
  competency: FrameworkCompetency;
  assessment: Y.Doc;
  shared: Y.Doc;
  mine: Rating | undefined;
  sharedCopy: Rating | undefined;
  now: () => number;
}

/**
 * One competency's rating: the level (with what that level looks like), why, Save; then whether
 * it is private or shared, and Share or Stop sharing. Checked against the framework as it is at
 * Save, so a level the manager has since removed is refused beside the level field.
 */
export function RatingRow({
  framework,
  track,
  competency,
  assessment,
  shared,
  mine,
  sharedCopy,
  now,
}: RatingRowProps) {
  const t = useT();
  const [levelId, setLevelId] = useState(mine?.levelId ?? '');
  const [note, setNote] = useState(mine?.note ?? '');
  const [evidence, setEvidence] = useState<string[]>(() => (mine?.evidence ?? []).map(evidenceKey));
  const { vault } = useAppServices();
  const options = useDocSnapshot(vault.doc, readEvidenceOptions);
  const { errors, formRef, fail, clear } = useFormErrors();
  const expectation = competency.expectations[levelId];
  const save = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const links = options
      .filter((option) => evidence.includes(evidenceKey(option)))
      .map(({ kind, id }) => ({ kind, id }));
    const rating = { competencyId: competency.id, levelId, note, evidence: links, ratedAt: now() };
    const result = validate(ratingSchemaFor(framework, track.id), rating, t);
    if (!result.ok) return fail(result.errors);
    try {
      saveRating(assessment, framework, result.value, now());
    } catch (error) {
      fail({ form: errorMessage(error) });
    }
  };
  const state = sharedState(mine, sharedCopy);
  return (
    <li className="rating-row">
      <form ref={formRef} onSubmit={save} noValidate aria-label={competency.name}>
        <h4>{competency.name}</h4>
        <FormAlert message={errors.form} />
        <Field
          label={t('assessment.rating.level', { competency: competency.name })}
          error={problemText(t, errors.levelId)}
        >
          {(control) => (
            <select
              {...control}
              className="text-input"
              value={levelId}
              onChange={(event) => {
                setLevelId(event.target.value);
                clear('levelId');
              }}
            >
              <option value="">{t('assessment.rating.notRated')}</option>
              {track.levels.map((level) => (
                <option key={level.id} value={level.id}>
                  {level.name}
                </option>
              ))}
              {levelId !== '' && !track.levels.some((level) => level.id === levelId) && (
                <option value={levelId}>{t('framework.form.unnamed')}</option>
              )}
            </select>
          )}
        </Field>
        {expectation && <p className="form-hint">{expectation}</p>}
        <TextField
          label={t('assessment.rating.note')}
          value={note}
          error={problemText(t, errors.note)}
          onChange={(value) => {
            setNote(value);
            clear('note');
          }}
          rows={2}
        />
        {options.length > 0 && (
          <Field
            label={t('assessment.rating.evidence')}
            hint={t('assessment.rating.evidenceHint')}
            error={problemText(t, errors.evidence)}
          >
            {(control) => (
              <select
                {...control}
                className="text-input"
                multiple
                size={Math.min(5, options.length)}
                value={evidence}
                onChange={(event) => {
                  setEvidence([...event.target.options].filter((o) => o.selected).map((o) => o.value));
                  clear('evidence');
                }}
              >
                {(['reflection', 'milestone', 'feedback'] as const).map((kind) => {
                  const ofKind = options.filter((option) => option.kind === kind);
                  return ofKind.length === 0 ? null : (
                    <optgroup key={kind} label={t('assessment.rating.evidenceKind', { kind })}>
                      {ofKind.map((option) => (
                        <option key={evidenceKey(option)} value={evidenceKey(option)}>
                          {option.label}
                        </option>
                      ))}
                    </optgroup>
                  );
                })}
              </select>
            )}
          </Field>
        )}
        <div className="framework-group-actions">
          <button type="submit" className="button">
            {t('assessment.rating.save', { competency: competency.name })}
          </button>
          {mine && state !== 'shared' && (
            <button
              type="button"
              className="button"
              onClick={() => shareRating(assessment, shared, competency.id, now())}
            >
              {t(state === 'changed' ? 'assessment.rating.shareAgain' : 'assessment.rating.share', {
                competency: competency.name,
              })}
            </button>
          )}
          {sharedCopy && (
            <button
              type="button"
              className="button"
              onClick={() => unshareRating(shared, competency.id, now())}
            >
              {t('assessment.rating.unshare', { competency: competency.name })}
            </button>
          )}
        </div>
        {mine && <p className="form-hint">{t('assessment.rating.state', { state })}</p>}
      </form>
    </li>
  );
}
