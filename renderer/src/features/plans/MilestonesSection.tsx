import { AlertTriangle, ArrowDown, ArrowUp, CheckCircle2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { IsoDate } from '../../../../shared/schema/dates';
import { ownerLabel } from '../../../../shared/schema/growthIndex';
import {
  milestoneStatusLabels,
  milestoneStatusSchema,
  type Milestone,
  type MilestoneStatus,
} from '../../../../shared/schema/plan';
import { useToasts } from '../../ui/toasts';
import { MilestoneForm } from './MilestoneForm';
import { formatCalendarDate } from '../../ui/dates';
import { dueText, isOverdue } from './milestoneDue';
import { RecordSection } from './RecordSection';
import type { PlanEditing } from './usePlanEditing';

interface MilestonesSectionProps {
  milestones: readonly Milestone[];
  today: IsoDate;
  now: () => number;
  editing: PlanEditing;
}

/** Milestones in the user's order: status at a glance and one step to change it, reorderable. */
export function MilestonesSection({ milestones, today, now, editing }: MilestonesSectionProps) {
  const toasts = useToasts();
  const listRef = useRef<HTMLDivElement>(null);
  const [celebrating, setCelebrating] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusAfterMove = useRef<{ id: string; dir: 'up' | 'down' } | null>(null);

  // The moved row is re-ordered in the DOM, which can drop focus; put it back on its button,
  // or on the other one once the row has reached the top or bottom.
  useEffect(() => {
    if (!focusAfterMove.current) return;
    const { id, dir } = focusAfterMove.current;
    focusAfterMove.current = null;
    const find = (d: string) =>
      listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${d}-${id}"]`) ?? null;
    const same = find(dir);
    (same && !same.disabled ? same : find(dir === 'up' ? 'down' : 'up'))?.focus();
  });

  const changeStatus = (m: Milestone, status: MilestoneStatus) => {
    const previous = m.status;
    editing.setMilestoneStatus(m.id, status);
    if (status !== 'done' || previous === 'done') return;
    setCelebrating(m.id);
    toasts.show(`Milestone done: “${m.title}”. Nicely done.`, {
      label: 'Undo',
      run: () => editing.setMilestoneStatus(m.id, previous),
    });
  };

  const move = (m: Milestone, index: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? index - 1 : index + 1;
    focusAfterMove.current = { id: m.id, dir };
    editing.move('milestones', m.id, to);
    setAnnouncement(`Moved “${m.title}” to position ${to + 1} of ${milestones.length}`);
  };

  return (
    <div ref={listRef}>
      <RecordSection
        title="Milestones"
        lead="Steps with an owner and a due date, and how you will know each one is done."
        noun="milestone"
        items={milestones}
        labelOf={(m) => m.title}
        emptyText="No milestones yet. Add the first concrete step."
        onDelete={(m) => editing.remove('milestones', m, `milestone “${m.title}”`)}
        renderForm={({ record, close }) => (
          <MilestoneForm
            milestone={record}
            now={now}
            onCancel={close}
            onSave={(milestone) => {
              editing.save('milestones', milestone);
              close();
            }}
          />
        )}
        renderItem={(m, index) => {
          const overdue = isOverdue(m, today);
          return (
            <div
              className="milestone"
              data-status={m.status}
              data-overdue={overdue || undefined}
              data-celebrate={celebrating === m.id || undefined}
              onAnimationEnd={() => setCelebrating(null)}
            >
              <div className="milestone-head">
                {m.status === 'done' && (
                  <CheckCircle2 size={16} className="milestone-done-icon" aria-hidden />
                )}
                <h3 className="milestone-title">{m.title}</h3>
                {overdue && (
                  <span className="plan-badge" data-tone="danger">
                    <AlertTriangle size={14} aria-hidden /> Overdue
                  </span>
                )}
              </div>
              <p className="plan-meta">
                Owner: {ownerLabel(m.owner)}
                {m.startDate && ` · Starts ${formatCalendarDate(m.startDate)}`} · Due{' '}
                {formatCalendarDate(m.dueDate)}
                {m.status !== 'done' && ` (${dueText(m.dueDate, today)})`}
              </p>
              {m.successCriterion && <p className="plan-text">Success: {m.successCriterion}</p>}
              {m.evidence && <p className="plan-text">Evidence: {m.evidence}</p>}
              <div className="milestone-controls">
                <label className="milestone-status">
                  <span>Status</span>
                  <select
                    className="text-input"
                    aria-label={`Status of ${m.title}`}
                    value={m.status}
                    onChange={(e) => changeStatus(m, milestoneStatusSchema.parse(e.target.value))}
                  >
                    {milestoneStatusSchema.options.map((s) => (
                      <option key={s} value={s}>
                        {milestoneStatusLabels[s]}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="button"
                  data-variant="ghost"
                  data-move={`up-${m.id}`}
                  aria-label={`Move ${m.title} up`}
                  disabled={index === 0}
                  onClick={() => move(m, index, 'up')}
                >
                  <ArrowUp size={14} aria-hidden />
                </button>
                <button
                  type="button"
                  className="button"
                  data-variant="ghost"
                  data-move={`down-${m.id}`}
                  aria-label={`Move ${m.title} down`}
                  disabled={index === milestones.length - 1}
                  onClick={() => move(m, index, 'down')}
                >
                  <ArrowDown size={14} aria-hidden />
                </button>
              </div>
            </div>
          );
        }}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
