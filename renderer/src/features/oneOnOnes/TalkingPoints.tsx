import { ArrowDown, ArrowUp, GripVertical, Import, Trash2 } from 'lucide-react';
import { useRef, useState, type DragEvent, type SubmitEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type * as Y from 'yjs';
import {
  addTalkingPoint,
  moveTalkingPoint,
  pointTextSchema,
  removeTalkingPoint,
  restoreTalkingPoint,
  setPointDiscussed,
  type TalkingPoint,
} from '../../../../shared/schema/meeting';
import { newItemId } from '../../../../shared/schema/ids';
import type { Member } from '../../../../shared/schema/spaceMembers';
import { useToasts } from '../../ui/toasts';
import { formatCalendarDate } from '../../ui/dates';
import type { MeetingLink } from './ActionItemRow';
import { useFocusKeptOnReorder } from './useFocusKeptOnReorder';
import { useTalkingPoints } from './useSeries';

interface TalkingPointsProps {
  agenda: Y.Doc;
  me: Member;
  now: () => number;
  readOnly: boolean;
  /** For a closed meeting: where its open points were carried. */
  carriedTo?: MeetingLink | null;
  /** Opens "Bring in…" (a goal's or plan's progress, a reflection excerpt, as a point). */
  onBringIn?: () => void;
}

const DRAG_TYPE = 'application/x-tandem-talking-point';

/**
 * The agenda's talking points: added by either person (attributed), marked discussed, and
 * reordered with the arrow buttons, Alt+↑/↓ on a point, or by dragging it.
 */
export function TalkingPoints({
  agenda,
  me,
  now,
  readOnly,
  carriedTo = null,
  onBringIn,
}: TalkingPointsProps) {
  const points = useTalkingPoints(agenda);
  const toasts = useToasts();
  const listRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  useFocusKeptOnReorder(agenda, listRef, points.map((p) => p.id).join('\n'));

  const move = (point: TalkingPoint, to: number) => {
    if (to < 0 || to >= points.length) return;
    // False when the point is gone (the other person removed it a moment ago): nothing to say.
    if (moveTalkingPoint(agenda, point.id, to)) {
      setAnnouncement(`Moved “${point.text}” to position ${to + 1} of ${points.length}`);
    }
  };

  const onKeyDown = (event: KeyboardEvent, point: TalkingPoint, index: number) => {
    if (readOnly || !event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(point, event.key === 'ArrowUp' ? index - 1 : index + 1);
    }
  };

  const onDrop = (event: DragEvent, index: number) => {
    const id = event.dataTransfer.getData(DRAG_TYPE) || dragging;
    setDragging(null);
    const point = points.find((p) => p.id === id);
    if (!point) return;
    event.preventDefault();
    move(point, index);
  };

  const remove = (point: TalkingPoint) => {
    removeTalkingPoint(agenda, point.id);
    toasts.show(`Removed “${point.text}”`, {
      label: 'Undo',
      run: () => restoreTalkingPoint(agenda, point.id),
    });
  };

  return (
    <section className="oo-section" aria-labelledby="talking-points-heading">
      <div className="oo-section-heading">
        <h4 id="talking-points-heading">Talking points</h4>
        {!readOnly && onBringIn && (
          <button type="button" className="button" data-variant="ghost" onClick={onBringIn}>
            <Import size={14} aria-hidden /> Bring in…
          </button>
        )}
      </div>
      {points.length === 0 ? (
        <p className="oo-empty">No talking points yet. Either of you can add one.</p>
      ) : (
        <ol className="talking-points" ref={listRef} aria-label="Talking points">
          {points.map((point, index) => (
            <li
              key={point.id}
              className="talking-point"
              data-point-id={point.id}
              data-discussed={point.discussed || undefined}
              data-dragging={dragging === point.id || undefined}
              tabIndex={readOnly ? undefined : 0}
              aria-keyshortcuts={readOnly ? undefined : 'Alt+ArrowUp Alt+ArrowDown'}
              aria-label={`${point.text}, added by ${point.authorName}${point.discussed ? ', discussed' : ''}`}
              draggable={!readOnly}
              onKeyDown={(e) => onKeyDown(e, point, index)}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, point.id);
                e.dataTransfer.effectAllowed = 'move';
                setDragging(point.id);
              }}
              onDragEnd={() => setDragging(null)}
              onDragOver={(e) => {
                if (dragging !== null) e.preventDefault();
              }}
              onDrop={(e) => onDrop(e, index)}
            >
              {!readOnly && <GripVertical size={16} className="drag-handle" aria-hidden />}
              <input
                type="checkbox"
                checked={point.discussed}
                disabled={readOnly}
                aria-label={`Discussed: ${point.text}`}
                onChange={(e) => setPointDiscussed(agenda, point.id, e.target.checked)}
              />
              <div className="talking-point-body">
                <p className="talking-point-text">{point.text}</p>
                <p className="oo-meta">
                  Added by {point.authorId === me.id ? `${point.authorName} (you)` : point.authorName}
                  {point.carriedFrom && (
                    <span className="oo-badge">
                      Carried from {formatCalendarDate(point.carriedFrom.meetingDate)}
                    </span>
                  )}
                  {carriedTo && !point.discussed && (
                    <Link className="oo-badge" to={carriedTo.path}>
                      Carried to {carriedTo.label}
                    </Link>
                  )}
                  {point.source && (
                    <span className="oo-badge">
                      From{' '}
                      {point.source.kind === 'reflection'
                        ? 'a reflection'
                        : `${point.source.kind} “${point.source.title}”`}
                    </span>
                  )}
                </p>
              </div>
              {!readOnly && (
                <div className="row-actions">
                  <button
                    type="button"
                    className="button"
                    data-variant="ghost"
                    aria-label={`Move ${point.text} up`}
                    disabled={index === 0}
                    onClick={() => move(point, index - 1)}
                  >
                    <ArrowUp size={14} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="button"
                    data-variant="ghost"
                    aria-label={`Move ${point.text} down`}
                    disabled={index === points.length - 1}
                    onClick={() => move(point, index + 1)}
                  >
                    <ArrowDown size={14} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="button"
                    data-variant="ghost"
                    aria-label={`Remove ${point.text}`}
                    onClick={() => remove(point)}
                  >
                    <Trash2 size={14} aria-hidden />
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {!readOnly && <AddTalkingPoint agenda={agenda} me={me} now={now} />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

function AddTalkingPoint({ agenda, me, now }: Pick<TalkingPointsProps, 'agenda' | 'me' | 'now'>) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = pointTextSchema.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'This talking point cannot be added');
      return;
    }
    addTalkingPoint(agenda, {
      id: newItemId(),
      text: parsed.data,
      authorId: me.id,
      authorName: me.name,
      createdAt: now(),
    });
    setText('');
    setError(null);
  };
  return (
    <form className="oo-add" aria-label="Add a talking point" onSubmit={submit} noValidate>
      <label className="visually-hidden" htmlFor="new-talking-point">
        New talking point
      </label>
      <input
        id="new-talking-point"
        className="text-input"
        value={text}
        placeholder="Something to talk about…"
        aria-invalid={error !== null || undefined}
        aria-describedby={error ? 'new-talking-point-error' : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(null);
        }}
      />
      <button type="submit" className="button" data-variant="primary">
        Add point
      </button>
      {error && (
        <p id="new-talking-point-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
