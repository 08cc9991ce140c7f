import { Lock, Plus } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { FeedbackFields } from '../../../../shared/schema/feedback';
import { isoDateAt } from '../../../../shared/schema/dates';
import { useAppServices } from '../../app/AppServicesContext';
import { shortcutLabel, useModShortcut } from '../../ui/shortcuts';
import { useToasts } from '../../ui/toasts';
import { useFeedbackSummaries } from '../growth/useGrowthIndex';
import { FeedbackDetail } from './FeedbackDetail';
import { FeedbackForm } from './FeedbackForm';
import { excerpt, formatGivenOn, newestFirst } from './feedbackFormat';
import '../goals/growth.css';

/** Feedback notes, newest first, framed as behaviour → impact → next step. */
export function FeedbackPage() {
  const { vault, growth, now } = useAppServices();
  const { feedbackId = null } = useParams();
  const navigate = useNavigate();
  const toasts = useToasts();
  const summaries = useFeedbackSummaries(vault.doc);
  const notes = useMemo(() => [...summaries].sort(newestFirst), [summaries]);
  // As on the goals page: the form belongs to the note shown when "New note" was pressed.
  const [creatingAt, setCreatingAt] = useState<string | null | undefined>(undefined);
  const creating = creatingAt === feedbackId;
  const startCreating = useCallback(() => setCreatingAt(feedbackId), [feedbackId]);
  useModShortcut(['n'], startCreating);

  const create = async (fields: FeedbackFields) => {
    const id = await growth.createFeedback(fields);
    setCreatingAt(undefined);
    void navigate(`/feedback/${id}`);
  };

  const remove = useCallback(
    (id: string, from: string) => {
      growth.delete('feedback', id);
      void navigate('/feedback');
      toasts.show(`Deleted feedback from ${from}`, {
        label: 'Undo',
        run: () => {
          growth.restore('feedback', id);
          void navigate(`/feedback/${id}`);
        },
      });
    },
    [growth, navigate, toasts],
  );

  const selected = feedbackId ? notes.find((n) => n.id === feedbackId) : undefined;

  return (
    <div className="growth-page">
      <aside className="growth-sidebar">
        <header className="growth-sidebar-header">
          <h1>Feedback</h1>
          <button
            type="button"
            className="button"
            data-variant="primary"
            onClick={startCreating}
            title={`New note (${shortcutLabel('n')})`}
            aria-keyshortcuts={shortcutLabel('n')}
          >
            <Plus size={16} aria-hidden /> New note
          </button>
        </header>
        <p className="privacy-note growth-sidebar-note">
          <Lock size={14} aria-hidden /> Private — only on this computer.
        </p>
        {notes.length === 0 ? (
          <div className="growth-empty">
            <p>No feedback notes yet.</p>
            <p>Write down feedback while it is fresh: what was done, what it led to, what to try next.</p>
          </div>
        ) : (
          <nav aria-label="Feedback notes" className="growth-list">
            <ul>
              {notes.map((note) => (
                <li key={note.id}>
                  <Link
                    to={`/feedback/${note.id}`}
                    className="growth-list-item"
                    aria-current={note.id === feedbackId ? 'page' : undefined}
                  >
                    <span className="growth-list-title">From {note.from}</span>
                    <span className="growth-list-date">{formatGivenOn(note.givenOn)}</span>
                    <span className="growth-list-meta">{excerpt(note.behaviour, 90)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </aside>
      <section className="growth-main" aria-label="Feedback note">
        {creating ? (
          <FeedbackForm
            heading="New feedback note"
            initial={blankNote(now())}
            submitLabel="Save note"
            onSave={create}
            onCancel={() => setCreatingAt(undefined)}
          />
        ) : feedbackId && selected ? (
          <FeedbackDetail key={feedbackId} id={feedbackId} onDelete={(from) => remove(feedbackId, from)} />
        ) : feedbackId ? (
          <div className="page-message" role="status">
            <p>This note was deleted or does not exist.</p>
          </div>
        ) : (
          <div className="page-message">
            <p>Choose a note, or write a new one with {shortcutLabel('n')}.</p>
          </div>
        )}
      </section>
    </div>
  );
}

function blankNote(now: number): FeedbackFields {
  return {
    from: '',
    givenOn: isoDateAt(now),
    behaviour: '',
    impact: '',
    nextStep: '',
    goalId: null,
    competencyId: null,
  };
}
