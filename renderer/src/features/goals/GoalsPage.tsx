import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { defaultGoalFields, type GoalFields } from '../../../../shared/schema/goal';
import { isolate } from '../../../../shared/i18n/locales';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { ChosenItem, ListPage } from '../../ui/ListPage';
import { shortcutLabel, useModShortcut } from '../../ui/shortcuts';
import { useToasts } from '../../ui/toasts';
import { useDeleteWithUndo } from '../../services/growth/useDeleteWithUndo';
import { useGoalSummaries } from '../../services/growth/useGrowthIndex';
import { achievedMessage } from './AchievedBadge';
import { GoalDetail } from './GoalDetail';
import { GoalForm } from './GoalForm';
import { GoalList, type StatusFilter } from './GoalList';
import '../../ui/item/itemPages.css';

/** Career goals: grouped by status on the left, the chosen goal (or a new one) on the right. */
export function GoalsPage() {
  const { vault, growth } = useAppServices();
  const t = useT();
  const { goalId = null } = useParams();
  const navigate = useNavigate();
  const toasts = useToasts();
  const goals = useGoalSummaries(vault.doc);
  const [filter, setFilter] = useState<StatusFilter>('all');
  // The goal shown when "New goal" was pressed: following any link to another goal (or back to
  // the list) leaves the form, without an effect to reset it.
  const [creatingAt, setCreatingAt] = useState<string | null | undefined>(undefined);
  const creating = creatingAt === goalId;
  const startCreating = useCallback(() => setCreatingAt(goalId), [goalId]);
  useModShortcut(['n'], startCreating);

  const create = async (fields: GoalFields) => {
    const id = await growth.createGoal(fields);
    setCreatingAt(undefined);
    if (fields.status === 'achieved') toasts.show(achievedMessage(t, fields.title));
    void navigate(`/goals/${id}`, { state: { celebrate: fields.status === 'achieved' } });
  };

  const remove = useDeleteWithUndo('goals');

  const selected = goalId ? goals.find((g) => g.id === goalId) : undefined;

  return (
    <ListPage
      title={t('goals.page.title')}
      detailShown={creating || goalId !== null}
      newItem={{ label: t('goals.page.new'), onClick: startCreating, shortcut: 'n' }}
      sidebar={
        goals.length === 0 ? (
          <div className="growth-empty">
            <p>{t('goals.page.empty')}</p>
            <p>{t('goals.page.emptyHint')}</p>
          </div>
        ) : (
          <GoalList goals={goals} filter={filter} onFilterChange={setFilter} selectedId={goalId} />
        )
      }
      mainLabel={t('goals.page.main')}
    >
      {creating ? (
        <GoalForm
          heading={t('goals.page.new')}
          initial={defaultGoalFields}
          submitLabel={t('goals.page.create')}
          onSave={create}
          onCancel={() => setCreatingAt(undefined)}
        />
      ) : (
        <ChosenItem
          id={goalId}
          item={selected}
          missing={t('goals.page.missing')}
          choose={t('goals.page.choose', { shortcut: shortcutLabel('n') })}
        >
          {({ id }) => (
            <GoalDetail
              key={id}
              id={id}
              onDelete={(title) => remove(id, t('goals.deleted', { title: isolate(title) }))}
            />
          )}
        </ChosenItem>
      )}
    </ListPage>
  );
}
