import { Pencil, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { readGoal, type GoalFields } from '../../../../shared/schema/goal';
import { useAppServices } from '../../app/AppServicesContext';
import type { OpenDocument } from '../../data/DocumentStore';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import { useOpenDocument } from '../../data/useOpenDocument';
import { useToasts } from '../../ui/toasts';
import { achievedMessage } from './AchievedBadge';
import { GoalForm } from './GoalForm';
import { GoalView } from './GoalView';

interface GoalDetailProps {
  id: string;
  onDelete: (title: string) => void;
}

/** Loads a goal's document and shows it, or says clearly why it cannot be shown. */
export function GoalDetail({ id, onDelete }: GoalDetailProps) {
  const { growth } = useAppServices();
  const state = useOpenDocument(id, (goalId) => growth.open(goalId));
  if (state.status === 'loading') {
    return (
      <p className="page-message" role="status">
        Opening…
      </p>
    );
  }
  if (state.status === 'damaged') {
    return (
      <div className="entry-error growth-error" role="alert">
        <h2>This goal could not be opened</h2>
        <p>{state.message}</p>
        <p>Your other goals are unaffected.</p>
      </div>
    );
  }
  return <GoalEditor item={state.item} onDelete={onDelete} />;
}

function GoalEditor({ item, onDelete }: { item: OpenDocument; onDelete: (title: string) => void }) {
  const { growth } = useAppServices();
  const toasts = useToasts();
  const location = useLocation();
  const goal = useDocSnapshot(item.doc, readGoal);
  const [editing, setEditing] = useState(false);
  // Leaving the form returns focus to Edit, rather than dropping it on the page body.
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const stopEditing = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  const [justAchieved, setJustAchieved] = useState(
    () => (location.state as { celebrate?: boolean } | null)?.celebrate === true,
  );

  if (!goal) {
    return (
      <div className="entry-error growth-error" role="alert">
        This goal’s details could not be read. Its data has been kept as it is.
      </div>
    );
  }

  const save = (fields: GoalFields) => {
    const wasAchieved = goal.status === 'achieved';
    growth.saveGoal(item.doc, fields);
    stopEditing();
    const nowAchieved = fields.status === 'achieved' && !wasAchieved;
    setJustAchieved(nowAchieved);
    if (nowAchieved) toasts.show(achievedMessage(fields.title));
  };

  if (editing) {
    return (
      <div className="growth-detail">
        <GoalForm
          heading="Edit goal"
          initial={goal}
          submitLabel="Save"
          onSave={save}
          onCancel={stopEditing}
        />
      </div>
    );
  }
  return (
    <div className="growth-detail">
      <GoalView
        goal={goal}
        justAchieved={justAchieved}
        actions={
          <>
            <button ref={editButton} type="button" className="button" onClick={() => setEditing(true)}>
              <Pencil size={16} aria-hidden /> Edit
            </button>
            <button
              type="button"
              className="button"
              data-variant="danger"
              onClick={() => onDelete(goal.title)}
            >
              <Trash2 size={16} aria-hidden /> Delete
            </button>
          </>
        }
      />
    </div>
  );
}
