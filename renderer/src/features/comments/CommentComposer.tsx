import { useId, useState, type KeyboardEvent } from 'react';
import { MAX_COMMENT_LENGTH, type CommentProblem } from '../../../../shared/schema/comments';
import { useT } from '../../i18n/useT';

/**
 * A text box for a comment, a reply or an edit. Ctrl+Enter (⌘+Enter) sends, Escape cancels
 * (when there is something to cancel). A problem is said beside the box and the text stays.
 */
export function CommentComposer({
  label,
  submitLabel,
  initial = '',
  onSubmit,
  onCancel,
  anchors,
  autoFocus = false,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  /** Returns a problem to show, or null when it was written. */
  onSubmit: (text: string, anchor: string | undefined) => CommentProblem | null;
  onCancel?: () => void;
  /** What a new thread can be about (a plan's milestones); none: the whole item. */
  anchors?: readonly { id: string; label: string }[];
  autoFocus?: boolean;
}) {
  const t = useT();
  const [text, setText] = useState(initial);
  const [anchor, setAnchor] = useState('');
  const [problem, setProblem] = useState<CommentProblem | null>(null);
  const boxId = useId();
  const anchorId = useId();
  const problemId = useId();

  const submit = () => {
    const result = onSubmit(text, anchor === '' ? undefined : anchor);
    setProblem(result);
    if (result === null) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      className="comment-composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {anchors && anchors.length > 0 && (
        <>
          <label htmlFor={anchorId}>{t('comments.composer.about')}</label>
          <select
            id={anchorId}
            className="text-input"
            value={anchor}
            onChange={(e) => setAnchor(e.target.value)}
          >
            <option value="">{t('comments.composer.aboutWhole')}</option>
            {anchors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={boxId}>{label}</label>
      <textarea
        id={boxId}
        className="text-input"
        rows={3}
        value={text}
        // Lets a person type past the limit, then says so, rather than cutting a paste short.
        maxLength={MAX_COMMENT_LENGTH * 2}
        autoFocus={autoFocus}
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p className="comment-hint">{t('comments.composer.hint')}</p>
      {problem && (
        <p id={problemId} className="comment-problem" role="alert">
          {t(`comments.problem.${problem}`, { max: MAX_COMMENT_LENGTH, length: text.length })}
        </p>
      )}
      <div className="comment-actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('comments.composer.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
