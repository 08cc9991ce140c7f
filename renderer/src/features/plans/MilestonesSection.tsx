import { AlertTriangle, ArrowDown, ArrowUp, CheckCircle2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { IsoDate } from '../../../../shared/schema/dates';
import { isolate } from '../../../../shared/i18n/locales';
import { milestoneStatusSchema, type Milestone, type MilestoneStatus } from '../../../../shared/schema/plan';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { useToasts } from '../../ui/toasts';
import { MilestoneForm, milestoneStatusText, ownerText } from './MilestoneForm';
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
  const t = useT();
  const dates = useDates();
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
    toasts.show(t('plans.milestones.doneToast', { title: isolate(m.title) }), {
      label: t('plans.undo'),
      run: () => editing.setMilestoneStatus(m.id, previous),
    });
  };

  const move = (m: Milestone, index: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? index - 1 : index + 1;
    focusAfterMove.current = { id: m.id, dir };
    editing.move('milestones', m.id, to);
    setAnnouncement(
      t('plans.milestones.moved', { title: m.title, position: to + 1, total: milestones.length }),
    );
  };

  return (
    <div ref={listRef}>
      <RecordSection
        title={t('plans.milestones.title')}
        lead={t('plans.milestones.lead')}
        list="milestones"
        items={milestones}
        labelOf={(m) => m.title}
        emptyText={t('plans.milestones.empty')}
        onDelete={(m) => editing.remove('milestones', m, m.title)}
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
                    <AlertTriangle size={14} aria-hidden /> {t('plans.milestones.overdue')}
                  </span>
                )}
              </div>
              <p className="plan-meta">
                {t.rich('plans.milestones.meta', {
                  owner: ownerText(t, m.owner),
                  start: m.startDate ? dates.calendar(m.startDate) : 'none',
                  due: dates.calendar(m.dueDate),
                  relative: m.status === 'done' ? 'none' : dueText(t, m.dueDate, today),
                  bdi: (chunks) => <bdi>{chunks}</bdi>,
                })}
              </p>
              {m.successCriterion && (
                <p className="plan-text">{t('plans.milestones.success', { text: m.successCriterion })}</p>
              )}
              {m.evidence && (
                <p className="plan-text">{t('plans.milestones.evidence', { text: m.evidence })}</p>
              )}
              <div className="milestone-controls">
                <label className="milestone-status">
                  <span>{t('plans.milestones.statusLabel')}</span>
                  <select
                    className="text-input"
                    aria-label={t('plans.milestones.statusOf', { title: m.title })}
                    value={m.status}
                    onChange={(e) => changeStatus(m, milestoneStatusSchema.parse(e.target.value))}
                  >
                    {milestoneStatusSchema.options.map((s) => (
                      <option key={s} value={s}>
                        {milestoneStatusText(t, s)}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="button"
                  data-variant="ghost"
                  data-move={`up-${m.id}`}
                  aria-label={t('plans.milestones.moveUp', { title: m.title })}
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
                  aria-label={t('plans.milestones.moveDown', { title: m.title })}
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
