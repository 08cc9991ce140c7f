import { Lock, Pencil, Trash2 } from 'lucide-react';
import { Link } from 'react-router';
import { readFeedback, type Feedback, type FeedbackFields } from '../../../../shared/schema/feedback';
import { useAppServices } from '../../services/AppServicesContext';
import type { OpenDocument } from '../../data/DocumentStore';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import { DocumentPane, PaneError } from '../../ui/DocumentPane';
import { useEditToggle } from '../../ui/useEditToggle';
import { useCompetencies, useGoalSummaries } from '../../services/growth/useGrowthIndex';
import { FeedbackForm } from './FeedbackForm';
import { formatGivenOn } from './feedbackFormat';

interface FeedbackDetailProps {
  id: string;
  onDelete: (from: string) => void;
}

/** Loads a feedback note's document and shows it, or says clearly why it cannot be shown. */
export function FeedbackDetail({ id, onDelete }: FeedbackDetailProps) {
  const { growth } = useAppServices();
  return (
    <DocumentPane
      id={id}
      open={(noteId) => growth.open(noteId)}
      cannotOpen="This note could not be opened"
      unaffected="Your other notes are unaffected."
    >
      {(item) => <FeedbackEditor item={item} onDelete={onDelete} />}
    </DocumentPane>
  );
}

function FeedbackEditor({ item, onDelete }: { item: OpenDocument; onDelete: (from: string) => void }) {
  const { growth } = useAppServices();
  const note = useDocSnapshot(item.doc, readFeedback);
  const { editing, startEditing, stopEditing, editButton } = useEditToggle();

  if (!note) {
    return <PaneError>This note’s details could not be read. Its data has been kept as it is.</PaneError>;
  }
  const save = (fields: FeedbackFields) => {
    growth.saveFeedback(item.doc, fields);
    stopEditing();
  };

  return (
    <div className="growth-detail">
      {editing ? (
        <FeedbackForm
          heading="Edit feedback"
          initial={note}
          submitLabel="Save"
          onSave={save}
          onCancel={stopEditing}
        />
      ) : (
        <article className="feedback-note" aria-labelledby="feedback-title" data-feedback-id={note.id}>
          <header className="growth-detail-header">
            <h2 id="feedback-title">Feedback from {note.from}</h2>
            <div className="growth-detail-actions">
              <button ref={editButton} type="button" className="button" onClick={startEditing}>
                <Pencil size={16} aria-hidden /> Edit
              </button>
              <button
                type="button"
                className="button"
                data-variant="danger"
                onClick={() => onDelete(note.from)}
              >
                <Trash2 size={16} aria-hidden /> Delete
              </button>
            </div>
          </header>
          <p className="goal-facts">
            <span>Given {formatGivenOn(note.givenOn)}</span>
            <span className="privacy-note">
              <Lock size={14} aria-hidden /> Private — only on this computer
            </span>
          </p>
          <FeedbackParts note={note} />
        </article>
      )}
    </div>
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
