import { useState } from 'react';
import type * as Y from 'yjs';
import {
  compareRatings,
  readRatings,
  readSharedRatingsHeader,
  skillGapFrom,
  type Rating,
} from '../../../../shared/schema/assessment';
import type { AssessmentLink } from '../../../../shared/schema/assessmentIndex';
import type { Framework, FrameworkTrack } from '../../../../shared/schema/framework';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import { useOpenDocument } from '../../data/useOpenDocument';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { usePlanSummaries } from '../../services/growth/useGrowthIndex';
import { useReceivedItems } from '../../services/sharing/useReceivedItems';
import { useToasts } from '../../ui/toasts';
import { addSkillGapToPlan } from './assessmentActions';

const NO_RATINGS: ReadonlyMap<string, Rating> = new Map();

/**
 * The ratings other people shared of this framework, each beside this user's own: one table per
 * person, the difference in levels highlighted, and a difference one step from a plan's skill gap.
 * Only ratings offered into a space and accepted here are ever on this machine.
 */
export function TheirRatings({ framework, myLink }: { framework: Framework; myLink: AssessmentLink | null }) {
  const received = useReceivedItems();
  const accepted = [...received.entries()].filter(([, item]) => item.state === 'accepted');
  return (
    <>
      {accepted.map(([docId, item]) => (
        <ReceivedRatings
          key={docId}
          docId={docId}
          writer={item.writer}
          framework={framework}
          myLink={myLink}
        />
      ))}
    </>
  );
}

function ReceivedRatings(props: {
  docId: string;
  writer: string;
  framework: Framework;
  myLink: AssessmentLink | null;
}) {
  const { store } = useAppServices();
  const theirs = useOpenDocument(props.docId, (docId) => store.open(docId));
  const mine = useOpenDocument(props.myLink ? props.myLink.assessmentId : null, (id) =>
    store.open(`item:${id}`),
  );
  if (theirs.status !== 'ready') return null;
  return (
    <Comparison
      {...props}
      theirDoc={theirs.item.doc}
      myDoc={mine.status === 'ready' ? mine.item.doc : null}
    />
  );
}

const readNothing = () => NO_RATINGS;

function Comparison({
  writer,
  framework,
  theirDoc,
  myDoc,
}: {
  writer: string;
  framework: Framework;
  theirDoc: Y.Doc;
  myDoc: Y.Doc | null;
}) {
  const t = useT();
  const header = useDocSnapshot(theirDoc, readSharedRatingsHeader);
  const theirs = useDocSnapshot(theirDoc, readRatings);
  const mine = useDocSnapshot(myDoc ?? theirDoc, myDoc ? readRatings : readNothing);
  const track = framework.tracks.find((candidate) => candidate.id === header?.trackId);
  if (header?.frameworkId !== framework.id || !track) return null;
  const rows = compareRatings(framework, track, mine, theirs);
  const levelName = (rank: number | null) =>
    rank === null
      ? t('assessment.compare.none')
      : t('assessment.compare.level', { name: track.levels[rank - 1]?.name ?? '', rank });
  const headingId = `compare-${header.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t('assessment.compare.heading', { name: writer })}</h4>
      <table className="framework-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t('assessment.compare.competency')}</th>
            <th scope="col">{t('assessment.compare.mine')}</th>
            <th scope="col">{t('assessment.compare.theirs', { name: writer })}</th>
            <th scope="col">{t('assessment.compare.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.competencyId}
              data-differs={row.difference !== null && row.difference !== 0 ? true : undefined}
            >
              <th scope="row">{row.name}</th>
              <td>{levelName(row.mine)}</td>
              <td>{levelName(row.theirs)}</td>
              <td>
                {row.difference !== null && (
                  <strong className="assessment-difference" data-differs={row.difference !== 0 || undefined}>
                    {t('assessment.compare.apart', { difference: Math.abs(row.difference) })}
                  </strong>
                )}
                {row.mine !== null && row.theirs !== null && row.theirs > row.mine && (
                  <GapToPlan
                    framework={framework}
                    track={track}
                    competencyId={row.competencyId}
                    name={row.name}
                    from={row.mine}
                    to={row.theirs}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function GapToPlan(props: {
  framework: Framework;
  track: FrameworkTrack;
  competencyId: string;
  name: string;
  from: number;
  to: number;
}) {
  const { vault, growth, now } = useAppServices();
  const t = useT();
  const toasts = useToasts();
  const plans = usePlanSummaries(vault.doc);
  const [planId, setPlanId] = useState<string>('');
  const chosen = plans.find((plan) => plan.id === planId) ?? plans[0];
  if (!chosen) return <p className="form-hint">{t('assessment.gap.noPlans')}</p>;
  const gap = skillGapFrom(props.framework, props.track, props.competencyId, {
    currentLevelId: props.track.levels[props.from - 1]?.id ?? '',
    targetLevelId: props.track.levels[props.to - 1]?.id ?? '',
  });
  if (!gap) return null;
  return (
    <div className="framework-group-actions">
      <label>
        {t('assessment.gap.plan', { competency: props.name })}{' '}
        <select className="text-input" value={chosen.id} onChange={(e) => setPlanId(e.target.value)}>
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {plan.title}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        onClick={() =>
          void addSkillGapToPlan(growth, chosen.id, gap, now()).then(() =>
            toasts.show(t('assessment.gap.added', { competency: props.name, plan: chosen.title })),
          )
        }
      >
        {t('assessment.gap.add', { competency: props.name })}
      </button>
    </div>
  );
}
