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
import { firstIssueText } from '../../../../shared/schema/validation';
import { useToasts } from '../../ui/toasts';
import { isolate } from '../../../../shared/i18n/locales';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
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
  const t = useT();
  const dates = useDates();
  const listRef = useRef<HTMLOListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  useFocusKeptOnReorder(agenda, listRef, points.map((p) => p.id).join('\n'));

  const move = (point: TalkingPoint, to: number) => {
    if (to < 0 || to >= points.length) return;
    // False when the point is gone (the other person removed it a moment ago): nothing to say.
    if (moveTalkingPoint(agenda, point.id, to)) {
      setAnnouncement(
        t('oneOnOnes.points.moved', { text: point.text, position: to + 1, total: points.length }),
      );
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
    toasts.show(t('oneOnOnes.points.removed', { text: isolate(point.text) }), {
      label: t('oneOnOnes.undo'),
      run: () => restoreTalkingPoint(agenda, point.id),
    });
  };

  return (
    <section className="oo-section" aria-labelledby="talking-points-heading">
      <div className="oo-section-heading">
        <h4 id="talking-points-heading">{t('oneOnOnes.points.heading')}</h4>
        {!readOnly && onBringIn && (
          <button type="button" className="button" data-variant="ghost" onClick={onBringIn}>
            <Import size={14} aria-hidden /> {t('oneOnOnes.points.bringIn')}
          </button>
        )}
      </div>
      {points.length === 0 ? (
        <p className="oo-empty">{t('oneOnOnes.points.none')}</p>
      ) : (
        <ol className="talking-points" ref={listRef} aria-label={t('oneOnOnes.points.heading')}>
          {points.map((point, index) => (
            <li
              key={point.id}
              className="talking-point"
              data-point-id={point.id}
              data-discussed={point.discussed || undefined}
              data-dragging={dragging === point.id || undefined}
              tabIndex={readOnly ? undefined : 0}
              aria-keyshortcuts={readOnly ? undefined : 'Alt+ArrowUp Alt+ArrowDown'}
              aria-label={t('oneOnOnes.points.label', {
                text: point.text,
                author: point.authorName,
                discussed: point.discussed ? 'yes' : 'no',
              })}
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
                aria-label={t('oneOnOnes.points.discussed', { text: point.text })}
                onChange={(e) => setPointDiscussed(agenda, point.id, e.target.checked)}
              />
              <div className="talking-point-body">
                <p className="talking-point-text">{point.text}</p>
                <p className="oo-meta">
                  {t.rich('oneOnOnes.points.addedBy', {
                    author:
                      point.authorId === me.id
                        ? t('oneOnOnes.you', { name: point.authorName })
                        : point.authorName,
                    bdi: (chunks) => <bdi>{chunks}</bdi>,
                  })}
                  {point.carriedFrom && (
                    <span className="oo-badge">
                      {t('oneOnOnes.carriedFrom', { date: dates.calendar(point.carriedFrom.meetingDate) })}
                    </span>
                  )}
                  {carriedTo && !point.discussed && (
                    <Link className="oo-badge" to={carriedTo.path}>
                      {t('oneOnOnes.carriedTo', { meeting: carriedTo.label })}
                    </Link>
                  )}
                  {point.source && (
                    <span className="oo-badge">
                      {t('oneOnOnes.points.from', {
                        kind: point.source.kind,
                        title: point.source.kind === 'reflection' ? '' : point.source.title,
                      })}
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
                    aria-label={t('oneOnOnes.points.moveUp', { text: point.text })}
                    disabled={index === 0}
                    onClick={() => move(point, index - 1)}
                  >
                    <ArrowUp size={14} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="button"
                    data-variant="ghost"
                    aria-label={t('oneOnOnes.points.moveDown', { text: point.text })}
                    disabled={index === points.length - 1}
                    onClick={() => move(point, index + 1)}
                  >
                    <ArrowDown size={14} aria-hidden />
                  </button>
                  <button
                    type="button"
                    className="button"
                    data-variant="ghost"
                    aria-label={t('oneOnOnes.points.remove', { text: point.text })}
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
  const t = useT();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = pointTextSchema.safeParse(text);
    if (!parsed.success) {
      setError(firstIssueText(parsed.error, t) ?? t('oneOnOnes.points.cannotAdd'));
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
    <form className="oo-add" aria-label={t('oneOnOnes.points.addForm')} onSubmit={submit} noValidate>
      <label className="visually-hidden" htmlFor="new-talking-point">
        {t('oneOnOnes.points.new')}
      </label>
      <input
        id="new-talking-point"
        className="text-input"
        value={text}
        placeholder={t('oneOnOnes.points.placeholder')}
        aria-invalid={error !== null || undefined}
        aria-describedby={error ? 'new-talking-point-error' : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(null);
        }}
      />
      <button type="submit" className="button" data-variant="primary">
        {t('oneOnOnes.points.add')}
      </button>
      {error && (
        <p id="new-talking-point-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
