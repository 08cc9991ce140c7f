import type { ReactNode } from 'react';
import type { Framework, FrameworkTrack } from '../../../../shared/schema/framework';
import { useT } from '../../i18n/useT';
import { ItemHeader } from '../../ui/item/ItemDetail';

/**
 * A career framework, read-only: where each track leads (its levels in order, each with its role
 * description), then per track what every competency looks like at each of its levels. This is
 * what the person the framework was shared with sees, and the manager outside the editor.
 */
export function FrameworkView({ framework, actions }: { framework: Framework; actions: ReactNode }) {
  const t = useT();
  return (
    <article className="framework" aria-labelledby="framework-title" data-framework-id={framework.id}>
      <ItemHeader titleId="framework-title" title={framework.title} actions={actions} />
      {framework.description && <p className="framework-description">{framework.description}</p>}
      <section aria-labelledby="framework-tracks">
        <h3 id="framework-tracks">{t('framework.view.tracks')}</h3>
        <div className="framework-tracks">
          {framework.tracks.map((track) => (
            <TrackLadder key={track.id} track={track} />
          ))}
        </div>
      </section>
      {framework.tracks.map((track) => (
        <CompetencyTable key={track.id} framework={framework} track={track} />
      ))}
    </article>
  );
}

function TrackLadder({ track }: { track: FrameworkTrack }) {
  const t = useT();
  const headingId = `track-${track.id}`;
  return (
    <section className="framework-track" aria-labelledby={headingId}>
      <h4 id={headingId}>{track.name}</h4>
      <ol className="framework-ladder" aria-labelledby={headingId}>
        {track.levels.map((level, index) => (
          <li key={level.id}>
            <span className="framework-level-name">{level.name}</span>{' '}
            <span className="framework-level-rank">
              {t('framework.view.levelOf', { rank: index + 1, count: track.levels.length })}
            </span>
            <p className="framework-role">
              {level.description || <span className="form-hint">{t('framework.view.noRole')}</span>}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function CompetencyTable({ framework, track }: { framework: Framework; track: FrameworkTrack }) {
  const t = useT();
  const headingId = `competencies-${track.id}`;
  // Not a named section: the table's scroll region below is the landmark with this heading's
  // name (it must be named to be reachable by keyboard), and two regions may not share a name.
  return (
    <section>
      <h3 id={headingId}>{t('framework.view.competencies', { track: track.name })}</h3>
      {framework.competencies.length === 0 ? (
        <p className="form-hint">{t('framework.view.noCompetencies')}</p>
      ) : (
        <div className="framework-table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="framework-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('framework.view.competency')}</th>
                {track.levels.map((level) => (
                  <th key={level.id} scope="col">
                    {level.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {framework.competencies.map((competency) => (
                <tr key={competency.id}>
                  <th scope="row">{competency.name}</th>
                  {track.levels.map((level) => (
                    <td key={level.id}>
                      {competency.expectations[level.id] || t('framework.view.noExpectation')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
