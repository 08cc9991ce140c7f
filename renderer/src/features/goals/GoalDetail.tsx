import { Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { readGoal, type GoalFields } from '../../../../shared/schema/goal';
import { useAppServices } from '../../services/AppServicesContext';
import type { OpenDocument } from '../../data/DocumentStore';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import { DocumentPane, PaneError } from '../../ui/DocumentPane';
import { useToasts } from '../../ui/toasts';
import { useEditToggle } from '../../ui/useEditToggle';
import { ShareControl } from '../sharing';
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
  return (
    <DocumentPane
      id={id}
      open={(goalId) => growth.open(goalId)}
      cannotOpen="This goal could not be opened"
      unaffected="Your other goals are unaffected."
    >
      {(item) => <GoalEditor item={item} onDelete={onDelete} />}
    </DocumentPane>
  );
}

function GoalEditor({ item, onDelete }: { item: OpenDocument; onDelete: (title: string) => void }) {
  const { growth } = useAppServices();
  const toasts = useToasts();
  const location = useLocation();
  const goal = useDocSnapshot(item.doc, readGoal);
  const { editing, startEditing, stopEditing, editButton } = useEditToggle();
  const [justAchieved, setJustAchieved] = useState(
    () => (location.state as { celebrate?: boolean } | null)?.celebrate === true,
  );

  if (!goal) {
    return <PaneError>This goal’s details could not be read. Its data has been kept as it is.</PaneError>;
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
            <button ref={editButton} type="button" className="button" onClick={startEditing}>
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
      <ShareControl docId={item.docId} kind="goal" title={goal.title} />
    </div>
  );
}
