import { Pencil, Plus, Trash2 } from 'lucide-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import type { PlanListName } from './usePlanEditing';

export interface RecordFormProps<T> {
  /** The record being edited, or null for a new one. */
  record: T | null;
  /** Closes the form (after a save or a cancel). */
  close: () => void;
}

interface RecordSectionProps<T extends { id: string }> {
  title: string;
  lead?: string;
  /** Which list: its Add, Edit and Delete buttons name it ("Add milestone", "Edit milestone: …"). */
  list: PlanListName;
  items: readonly T[];
  labelOf: (item: T) => string;
  emptyText: string;
  /** Optional grouping (activities by kind), in the order given; empty groups are left out. */
  groups?: readonly { key: string; label: string }[];
  groupOf?: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  renderForm: (props: RecordFormProps<T>) => ReactNode;
  onDelete: (item: T) => void;
}

type Editing = { kind: 'new' } | { kind: 'edit'; id: string } | null;

/**
 * One list of a plan (skill gaps, milestones, …): its records, each editable in place through a
 * small form, and an Add button. When a form closes, focus goes back to the button that opened it.
 */
export function RecordSection<T extends { id: string }>(props: RecordSectionProps<T>) {
  const { title, lead, list, items, labelOf, emptyText, groups, groupOf, renderForm } = props;
  const t = useT();
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const [editing, setEditing] = useState<Editing>(null);
  // Which button gets focus once the next render has put it on screen (a new object each time,
  // so asking for the same button twice still moves focus).
  const [focusRequest, setFocusRequest] = useState<{ key: string } | null>(null);
  useEffect(() => {
    if (focusRequest === null) return;
    sectionRef.current?.querySelector<HTMLElement>(`[data-focus-key="${focusRequest.key}"]`)?.focus();
  }, [focusRequest]);

  const closeTo = (key: string) => () => {
    setEditing(null);
    setFocusRequest({ key });
  };

  const row = (item: T, index: number) => (
    <li key={item.id} className="plan-record">
      {editing?.kind === 'edit' && editing.id === item.id ? (
        renderForm({ record: item, close: closeTo(`edit-${item.id}`) })
      ) : (
        <>
          <div className="plan-record-body">{props.renderItem(item, index)}</div>
          <div className="plan-record-actions">
            <button
              type="button"
              className="button"
              data-variant="ghost"
              data-focus-key={`edit-${item.id}`}
              aria-label={t('plans.record.editLabel', { list, name: labelOf(item) })}
              onClick={() => setEditing({ kind: 'edit', id: item.id })}
            >
              <Pencil size={14} aria-hidden /> {t('plans.record.edit')}
            </button>
            <button
              type="button"
              className="button"
              data-variant="ghost"
              aria-label={t('plans.record.deleteLabel', { list, name: labelOf(item) })}
              onClick={() => {
                props.onDelete(item);
                setFocusRequest({ key: 'add' });
              }}
            >
              <Trash2 size={14} aria-hidden /> {t('plans.record.delete')}
            </button>
          </div>
        </>
      )}
    </li>
  );

  const indexed = items.map((item, index) => ({ item, index }));
  return (
    <section ref={sectionRef} className="plan-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {lead && <p className="plan-section-lead">{lead}</p>}
      {items.length === 0 && editing?.kind !== 'new' && <p className="plan-empty">{emptyText}</p>}
      {groups && groupOf ? (
        groups.map((group) => {
          const members = indexed.filter(({ item }) => groupOf(item) === group.key);
          if (members.length === 0) return null;
          return (
            <div key={group.key} className="plan-group">
              <h3>{group.label}</h3>
              <ul className="plan-records" aria-label={group.label}>
                {members.map(({ item, index }) => row(item, index))}
              </ul>
            </div>
          );
        })
      ) : items.length > 0 ? (
        <ul className="plan-records" aria-label={title}>
          {indexed.map(({ item, index }) => row(item, index))}
        </ul>
      ) : null}
      {editing?.kind === 'new' ? (
        renderForm({ record: null, close: closeTo('add') })
      ) : (
        <button
          type="button"
          className="button"
          data-focus-key="add"
          onClick={() => setEditing({ kind: 'new' })}
        >
          <Plus size={14} aria-hidden /> {t('plans.record.add', { list })}
        </button>
      )}
    </section>
  );
}
