import { AlertTriangle, Trash2 } from 'lucide-react';
import type * as Y from 'yjs';
import { isActionOverdue } from '../../../../shared/oneOnOne/actionFilters';
import type { IsoDate } from '../../../../shared/schema/dates';
import { updateActionItem, type ActionItem, type Member } from '../../../../shared/schema/space';
import { formatCalendarDate } from '../plans/planDates';

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
}

export function ownerName(ownerId: string, members: readonly Member[], meId: string): string {
  const name = members.find((m) => m.id === ownerId)?.name ?? 'Someone';
  return ownerId === meId ? `${name} (you)` : name;
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
}: ActionItemRowProps) {
  const overdue = isActionOverdue(item, today);
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
        aria-label={`Done: ${item.text}`}
        onChange={(e) => updateActionItem(space, item.id, { doneAt: e.target.checked ? now() : null })}
      />
      <div className="action-item-body">
        <p className="action-item-text">{item.text}</p>
        <p className="oo-meta">
          Owner: {ownerName(item.ownerId, members, meId)}
          {item.dueDate && ` · Due ${formatCalendarDate(item.dueDate)}`}
          {overdue && (
            <span className="oo-badge" data-tone="danger">
              <AlertTriangle size={12} aria-hidden /> Overdue
            </span>
          )}
          {item.carriedFrom && (
            <span className="oo-badge">Carried from {formatCalendarDate(item.carriedFrom.meetingDate)}</span>
          )}
          {meetingLabel && <span className="oo-badge">{meetingLabel}</span>}
        </p>
      </div>
      {!readOnly && (
        <button
          type="button"
          className="button"
          data-variant="ghost"
          aria-label={`Remove action ${item.text}`}
          onClick={() => updateActionItem(space, item.id, { removed: true })}
        >
          <Trash2 size={14} aria-hidden />
        </button>
      )}
    </li>
  );
}
