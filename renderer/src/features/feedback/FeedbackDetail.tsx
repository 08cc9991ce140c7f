import { Lock } from 'lucide-react';
import { Link } from 'react-router';
import { readFeedback, type Feedback, type FeedbackFields } from '../../../../shared/schema/feedback';
import { useAppServices } from '../../services/AppServicesContext';
import { useCompetencies, useGoalSummaries } from '../../services/growth/useGrowthIndex';
import { EditableItem, ItemDetail, ItemHeader } from '../../ui/item/ItemDetail';
import { FeedbackForm } from './FeedbackForm';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';

interface FeedbackDetailProps {
  id: string;
  onDelete: (from: string) => void;
}

/** Loads a feedback note's document and shows it, or says clearly why it cannot be shown. */
export function FeedbackDetail({ id, onDelete }: FeedbackDetailProps) {
  const { growth } = useAppServices();
  const t = useT();
  const dates = useDates();
  const words = {
    cannotOpen: t('feedback.detail.cannotOpen'),
    unaffected: t('feedback.detail.unaffected'),
    unreadable: t('feedback.detail.unreadable'),
  };
  return (
    <ItemDetail id={id} open={(noteId) => growth.open(noteId)} read={readFeedback} words={words}>
      {(note, item) => (
        <EditableItem
          Form={FeedbackForm}
          fields={note}
          editHeading={t('feedback.detail.edit')}
          onSave={(fields: FeedbackFields) => growth.saveFeedback(item.doc, fields)}
          onDelete={() => onDelete(note.from)}
        >
          {(actions) => (
            <article className="feedback-note" aria-labelledby="feedback-title" data-feedback-id={note.id}>
              <ItemHeader
                titleId="feedback-title"
                title={t.rich('feedback.detail.title', {
                  from: note.from,
                  bdi: (chunks) => <bdi>{chunks}</bdi>,
                })}
                actions={actions}
              />
              <p className="goal-facts">
                <span>{t('feedback.detail.given', { date: dates.calendar(note.givenOn) })}</span>
                <span className="privacy-note">
                  <Lock size={14} aria-hidden /> {t('feedback.private')}
                </span>
              </p>
              <FeedbackParts note={note} />
            </article>
          )}
        </EditableItem>
      )}
    </ItemDetail>
  );
}

function FeedbackParts({ note }: { note: Feedback }) {
  const { vault } = useAppServices();
  const t = useT();
  const goals = useGoalSummaries(vault.doc);
  const competencies = useCompetencies(vault.doc);
  const goal = note.goalId ? goals.find((g) => g.id === note.goalId) : undefined;
  const competency = note.competencyId ? competencies.find((c) => c.id === note.competencyId) : undefined;
  return (
    <>
      <section aria-labelledby="feedback-behaviour">
        <h3 id="feedback-behaviour">{t('feedback.behaviour')}</h3>
        <p className="goal-text">{note.behaviour}</p>
      </section>
      <section aria-labelledby="feedback-impact">
        <h3 id="feedback-impact">{t('feedback.impact')}</h3>
        <p className="goal-text">{note.impact}</p>
      </section>
      <section aria-labelledby="feedback-next">
        <h3 id="feedback-next">{t('feedback.nextStep')}</h3>
        <p className="goal-text">{note.nextStep}</p>
      </section>
      {(note.goalId || note.competencyId) && (
        <section aria-labelledby="feedback-links">
          <h3 id="feedback-links">{t('feedback.detail.linkedTo')}</h3>
          <ul className="linked-list" aria-labelledby="feedback-links">
            {note.goalId && (
              <li>
                {t.rich('feedback.detail.goal', {
                  deleted: goal ? 'no' : 'yes',
                  title: goal?.title ?? '',
                  link: (chunks) => <Link to={`/goals/${goal?.id ?? ''}`}>{chunks}</Link>,
                })}
              </li>
            )}
            {note.competencyId && (
              <li>
                {t.rich('feedback.detail.competency', {
                  deleted: competency ? 'no' : 'yes',
                  title: competency?.name ?? '',
                  link: (chunks) => <Link to="/competencies">{chunks}</Link>,
                })}
              </li>
            )}
          </ul>
        </section>
      )}
    </>
  );
}
