import { Lock } from 'lucide-react';
import { Link } from 'react-router';
import { readFeedback, type Feedback, type FeedbackFields } from '../../../../shared/schema/feedback';
import { useAppServices } from '../../services/AppServicesContext';
import { useCompetencies, useGoalSummaries } from '../../services/growth/useGrowthIndex';
import { EditableItem, ItemDetail, ItemHeader } from '../../ui/item/ItemDetail';
import { FeedbackForm } from './FeedbackForm';
import { formatGivenOn } from './feedbackFormat';

interface FeedbackDetailProps {
  id: string;
  onDelete: (from: string) => void;
}

const words = {
  cannotOpen: 'This note could not be opened',
  unaffected: 'Your other notes are unaffected.',
  unreadable: 'This note’s details could not be read. Its data has been kept as it is.',
};

/** Loads a feedback note's document and shows it, or says clearly why it cannot be shown. */
export function FeedbackDetail({ id, onDelete }: FeedbackDetailProps) {
  const { growth } = useAppServices();
  return (
    <ItemDetail id={id} open={(noteId) => growth.open(noteId)} read={readFeedback} words={words}>
      {(note, item) => (
        <EditableItem
          Form={FeedbackForm}
          fields={note}
          editHeading="Edit feedback"
          onSave={(fields: FeedbackFields) => growth.saveFeedback(item.doc, fields)}
          onDelete={() => onDelete(note.from)}
        >
          {(actions) => (
            <article className="feedback-note" aria-labelledby="feedback-title" data-feedback-id={note.id}>
              <ItemHeader titleId="feedback-title" title={`Feedback from ${note.from}`} actions={actions} />
              <p className="goal-facts">
                <span>Given {formatGivenOn(note.givenOn)}</span>
                <span className="privacy-note">
                  <Lock size={14} aria-hidden /> Private — only on this computer
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
  const goals = useGoalSummaries(vault.doc);
  const competencies = useCompetencies(vault.doc);
  const goal = note.goalId ? goals.find((g) => g.id === note.goalId) : undefined;
  const competency = note.competencyId ? competencies.find((c) => c.id === note.competencyId) : undefined;
  return (
    <>
      <section aria-labelledby="feedback-behaviour">
        <h3 id="feedback-behaviour">Behaviour</h3>
        <p className="goal-text">{note.behaviour}</p>
      </section>
      <section aria-labelledby="feedback-impact">
        <h3 id="feedback-impact">Impact</h3>
        <p className="goal-text">{note.impact}</p>
      </section>
      <section aria-labelledby="feedback-next">
        <h3 id="feedback-next">Suggested next step</h3>
        <p className="goal-text">{note.nextStep}</p>
      </section>
      {(note.goalId || note.competencyId) && (
        <section aria-labelledby="feedback-links">
          <h3 id="feedback-links">Linked to</h3>
          <ul className="linked-list" aria-labelledby="feedback-links">
            {note.goalId && (
              <li>
                Goal:{' '}
                {goal ? <Link to={`/goals/${goal.id}`}>{goal.title}</Link> : <span>a deleted goal</span>}
              </li>
            )}
            {note.competencyId && (
              <li>
                Competency:{' '}
                {competency ? (
                  <Link to="/competencies">{competency.name}</Link>
                ) : (
                  <span>a deleted competency</span>
                )}
              </li>
            )}
          </ul>
        </section>
      )}
    </>
  );
}
