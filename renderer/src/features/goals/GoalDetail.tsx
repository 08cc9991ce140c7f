import { useState } from 'react';
import { useLocation } from 'react-router';
import { readGoal, type Goal, type GoalFields } from '../../../../shared/schema/goal';
import type { OpenDocument } from '../../data/DocumentStore';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { EditableItem, ItemDetail } from '../../ui/item/ItemDetail';
import { useToasts } from '../../ui/toasts';
import { CommentsSection } from '../comments';
import { ItemHistory } from '../history';
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
  const t = useT();
  const words = {
    cannotOpen: t('goals.detail.cannotOpen'),
    unaffected: t('goals.detail.unaffected'),
    unreadable: t('goals.detail.unreadable'),
  };
  return (
    <ItemDetail id={id} open={(goalId) => growth.open(goalId)} read={readGoal} words={words}>
      {(goal, item) => <GoalEditor goal={goal} item={item} onDelete={onDelete} />}
    </ItemDetail>
  );
}

function GoalEditor({
  goal,
  item,
  onDelete,
}: {
  goal: Goal;
  item: OpenDocument;
  onDelete: (title: string) => void;
}) {
  const { growth } = useAppServices();
  const t = useT();
  const toasts = useToasts();
  const location = useLocation();
  const [justAchieved, setJustAchieved] = useState(
    () => (location.state as { celebrate?: boolean } | null)?.celebrate === true,
  );

  const save = (fields: GoalFields) => {
    const wasAchieved = goal.status === 'achieved';
    growth.saveGoal(item.doc, fields);
    const nowAchieved = fields.status === 'achieved' && !wasAchieved;
    setJustAchieved(nowAchieved);
    if (nowAchieved) toasts.show(achievedMessage(t, fields.title));
  };

  return (
    <EditableItem
      Form={GoalForm}
      fields={goal}
      editHeading={t('goals.detail.editHeading')}
      onSave={save}
      onDelete={() => onDelete(goal.title)}
    >
      {(actions) => (
        <>
          <GoalView goal={goal} justAchieved={justAchieved} actions={actions} />
          <ShareControl docId={item.docId} kind="goal" title={goal.title} />
          <CommentsSection itemId={goal.id} />
          <ItemHistory itemId={goal.id} item={item.doc} onRestored={() => growth.reindexGoal(item.doc)} />
        </>
      )}
    </EditableItem>
  );
}
