import { AlertTriangle, Trash2 } from 'lucide-react';
import { Link } from 'react-router';
import type * as Y from 'yjs';
import { isActionOverdue } from '../../../../shared/oneOnOne/actionFilters';
import type { IsoDate } from '../../../../shared/schema/dates';
import { updateActionItem, type ActionItem } from '../../../../shared/schema/actionItems';
import { type Member } from '../../../../shared/schema/spaceMembers';
import { useDates } from '../../i18n/useDates';
import { useT, type Translate } from '../../i18n/useT';

interface ActionItemRowProps {
  space: Y.Doc;
  item: ActionItem;
  members: readonly Member[];
  meId: string;
  today: IsoDate;
  now: () => number;
  readOnly?: boolean;
  /** Shown in the series-wide list: which meeting it belongs to. */
  meetingLabel?: string;
  /** Where a carried item went (the next meeting), for a closed meeting's record. */
  carriedTo?: MeetingLink | null;
}

/** A meeting to link to: its date as shown, and its route. */
export interface MeetingLink {
  label: string;
  path: string;
}

export function ownerName(t: Translate, ownerId: string, members: readonly Member[], meId: string): string {
  const name = members.find((m) => m.id === ownerId)?.name ?? t('oneOnOnes.someone');
  return ownerId === meId ? t('oneOnOnes.you', { name }) : name;
}

/** One action item: done or not, its owner and due date, overdue marked in words and colour. */
export function ActionItemRow({
  space,
  item,
  members,
  meId,
  today,
  now,
  readOnly = false,
  meetingLabel,
  carriedTo = null,
}: ActionItemRowProps) {
  const t = useT();
  const dates = useDates();
  // A carried original is not overdue here: it moved on, and its copy carries the due date.
  const overdue = isActionOverdue(item, today) && item.carriedTo === null;
  return (
    <li
      className="action-item"
      data-done={item.doneAt !== null || undefined}
      data-overdue={overdue || undefined}
    >
      <input
        type="checkbox"
        checked={item.doneAt !== null}
        disabled={readOnly}
        aria-label={t('oneOnOnes.actions.done', { text: item.text })}
        onChange={(e) => updateActionItem(space, item.id, { doneAt: e.target.checked ? now() : null })}
      />
      <div className="action-item-body">
        <p className="action-item-text">{item.text}</p>
        <p className="oo-meta">
          {t.rich('oneOnOnes.actions.meta', {
            owner: ownerName(t, item.ownerId, members, meId),
            due: item.dueDate ? dates.calendar(item.dueDate) : 'none',
            bdi: (chunks) => <bdi>{chunks}</bdi>,
          })}
          {overdue && (
            <span className="oo-badge" data-tone="danger">
              <AlertTriangle size={12} aria-hidden /> {t('oneOnOnes.actions.overdue')}
            </span>
          )}
          {item.carriedFrom && (
            <span className="oo-badge">
              {t('oneOnOnes.carriedFrom', { date: dates.calendar(item.carriedFrom.meetingDate) })}
            </span>
          )}
          {meetingLabel && <span className="oo-badge">{meetingLabel}</span>}
          {item.carriedTo !== null && carriedTo && (
            <Link className="oo-badge" to={carriedTo.path}>
              {t('oneOnOnes.carriedTo', { meeting: carriedTo.label })}
            </Link>
          )}
        </p>
      </div>
      {!readOnly && (
        <button
          type="button"
          className="button"
          data-variant="ghost"
          aria-label={t('oneOnOnes.actions.remove', { text: item.text })}
          onClick={() => updateActionItem(space, item.id, { removed: true })}
        >
          <Trash2 size={14} aria-hidden />
        </button>
      )}
    </li>
  );
}
