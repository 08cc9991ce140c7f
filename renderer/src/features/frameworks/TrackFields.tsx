import { Plus, Trash2 } from 'lucide-react';
import { newItemId } from '../../../../shared/schema/ids';
import { FRAMEWORK_LIMITS, type FrameworkTrack } from '../../../../shared/schema/framework';
import { useT } from '../../i18n/useT';
import { TextField } from '../../ui/form';

interface TrackFieldsProps {
  tracks: FrameworkTrack[];
  errorOf: (path: string) => string | undefined;
  onChange: (tracks: FrameworkTrack[]) => void;
  canAdd: boolean;
}

/** The framework's tracks, each a group of its name and its levels (name and role description). */
export function TrackFields({ tracks, errorOf, onChange, canAdd }: TrackFieldsProps) {
  const t = useT();
  const unnamed = t('framework.form.unnamed');
  const change = (index: number, track: FrameworkTrack) =>
    onChange(tracks.map((existing, i) => (i === index ? track : existing)));
  return (
    <fieldset className="framework-fieldset">
      <legend>{t('framework.form.tracks')}</legend>
      {errorOf('tracks') && <p className="field-error">{errorOf('tracks')}</p>}
      {tracks.map((track, index) => (
        <fieldset key={track.id} className="framework-group">
          <legend>
            {t('framework.form.trackGroup', { number: index + 1, name: track.name || unnamed })}
          </legend>
          <TextField
            label={t('framework.form.track')}
            value={track.name}
            error={errorOf(`tracks.${index}.name`)}
            onChange={(name) => change(index, { ...track, name })}
          />
          {errorOf(`tracks.${index}.levels`) && (
            <p className="field-error">{errorOf(`tracks.${index}.levels`)}</p>
          )}
          <ol className="framework-level-fields">
            {track.levels.map((level, levelIndex) => {
              const setLevel = (patch: Partial<typeof level>) =>
                change(index, {
                  ...track,
                  levels: track.levels.map((l, i) => (i === levelIndex ? { ...l, ...patch } : l)),
                });
              return (
                <li key={level.id}>
                  <TextField
                    label={t('framework.form.level', { number: levelIndex + 1 })}
                    value={level.name}
                    error={errorOf(`tracks.${index}.levels.${levelIndex}.name`)}
                    onChange={(name) => setLevel({ name })}
                  />
                  <TextField
                    label={t('framework.form.role', { number: levelIndex + 1 })}
                    value={level.description}
                    error={errorOf(`tracks.${index}.levels.${levelIndex}.description`)}
                    onChange={(description) => setLevel({ description })}
                    rows={2}
                  />
                  {track.levels.length > 1 && (
                    <button
                      type="button"
                      className="button"
                      onClick={() =>
                        change(index, { ...track, levels: track.levels.filter((l) => l.id !== level.id) })
                      }
                    >
                      <Trash2 size={14} aria-hidden />{' '}
                      {t('framework.form.removeLevel', { name: level.name || unnamed })}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          <div className="framework-group-actions">
            {track.levels.length < FRAMEWORK_LIMITS.levelsPerTrack && (
              <button
                type="button"
                className="button"
                onClick={() =>
                  change(index, {
                    ...track,
                    levels: [...track.levels, { id: newItemId(), name: '', description: '' }],
                  })
                }
              >
                <Plus size={14} aria-hidden />{' '}
                {t('framework.form.addLevel', { track: track.name || unnamed })}
              </button>
            )}
            {tracks.length > 1 && (
              <button
                type="button"
                className="button"
                data-variant="danger"
                onClick={() => onChange(tracks.filter((existing) => existing.id !== track.id))}
              >
                <Trash2 size={14} aria-hidden />{' '}
                {t('framework.form.removeTrack', { name: track.name || unnamed })}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      {canAdd && (
        <button
          type="button"
          className="button"
          onClick={() =>
            onChange([
              ...tracks,
              { id: newItemId(), name: '', levels: [{ id: newItemId(), name: '', description: '' }] },
            ])
          }
        >
          <Plus size={14} aria-hidden /> {t('framework.form.addTrack')}
        </button>
      )}
    </fieldset>
  );
}
