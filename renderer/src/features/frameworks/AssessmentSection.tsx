import { useCallback, useId, useState } from 'react';
import { readRatings } from '../../../../shared/schema/assessment';
import {
  assessmentsOf,
  readAssessmentLink,
  type AssessmentLink,
} from '../../../../shared/schema/assessmentIndex';
import type { Framework } from '../../../../shared/schema/framework';
import { itemDocId } from '../../../../shared/schema/ids';
import type { OpenDocument } from '../../data/DocumentStore';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import { useYSnapshot } from '../../data/useYSnapshot';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { DocumentPane } from '../../ui/DocumentPane';
import { errorMessage } from '../../ui/form';
import { ShareControl } from '../sharing';
import { startAssessment } from './assessmentActions';
import { RatingRow } from './RatingRow';
import { TheirRatings } from './TheirRatings';

/**
 * This user's self-assessment of a framework (issue 18, point 2): choose the track, rate each
 * competency, share ratings one by one; the other person's shared ratings side by side.
 */
export function AssessmentSection({ framework }: { framework: Framework }) {
  const { vault } = useAppServices();
  const t = useT();
  const read = useCallback(() => readAssessmentLink(vault.doc, framework.id), [vault.doc, framework.id]);
  const link = useYSnapshot(assessmentsOf(vault.doc), read);
  return (
    <section className="assessment" aria-labelledby="assessment-heading">
      <h3 id="assessment-heading">{t('assessment.section.heading')}</h3>
      <p className="form-hint">{t('assessment.section.lead')}</p>
      {link ? (
        <OpenAssessment framework={framework} link={link} />
      ) : (
        <StartAssessment framework={framework} />
      )}
      <TheirRatings framework={framework} myLink={link} />
    </section>
  );
}

function StartAssessment({ framework }: { framework: Framework }) {
  const { growth, vault, now } = useAppServices();
  const t = useT();
  const selectId = useId();
  const [trackId, setTrackId] = useState(framework.tracks[0]?.id ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <div className="framework-start-choice">
      <label htmlFor={selectId}>{t('assessment.start.track')}</label>
      <select
        id={selectId}
        className="text-input"
        value={trackId}
        onChange={(e) => setTrackId(e.target.value)}
      >
        {framework.tracks.map((track) => (
          <option key={track.id} value={track.id}>
            {track.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        onClick={() =>
          void startAssessment(growth, vault.doc, framework.id, trackId, now()).catch((error: unknown) =>
            setFailure(errorMessage(error)),
          )
        }
      >
        {t('assessment.start.button')}
      </button>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}

function OpenAssessment({ framework, link }: { framework: Framework; link: AssessmentLink }) {
  const { growth } = useAppServices();
  const t = useT();
  const words = { cannotOpen: t('assessment.cannotOpen'), unaffected: t('assessment.unaffected') };
  return (
    <DocumentPane id={link.assessmentId} open={(id) => growth.open(id)} {...words}>
      {(assessment) => (
        <DocumentPane id={link.sharedId} open={(id) => growth.open(id)} {...words}>
          {(shared) => <Ratings framework={framework} link={link} assessment={assessment} shared={shared} />}
        </DocumentPane>
      )}
    </DocumentPane>
  );
}

function Ratings({
  framework,
  link,
  assessment,
  shared,
}: {
  framework: Framework;
  link: AssessmentLink;
  assessment: OpenDocument;
  shared: OpenDocument;
}) {
  const { now } = useAppServices();
  const t = useT();
  const mine = useDocSnapshot(assessment.doc, readRatings);
  const sharedRatings = useDocSnapshot(shared.doc, readRatings);
  const track = framework.tracks.find((candidate) => candidate.id === link.trackId);
  if (!track) return null;
  return (
    <>
      <ul className="rating-list">
        {framework.competencies.map((competency) => (
          <RatingRow
            key={competency.id}
            framework={framework}
            track={track}
            competency={competency}
            assessment={assessment.doc}
            shared={shared.doc}
            mine={mine.get(competency.id)}
            sharedCopy={sharedRatings.get(competency.id)}
            now={now}
          />
        ))}
      </ul>
      <p className="form-hint">{t('assessment.offer.lead')}</p>
      <ShareControl
        docId={itemDocId(link.sharedId)}
        kind="shared-ratings"
        title={t('assessment.offer.title', { framework: framework.title })}
      />
    </>
  );
}
