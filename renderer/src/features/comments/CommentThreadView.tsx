import { useState } from 'react';
import type { Comment, CommentProblem, CommentRole, CommentThread } from '../../../../shared/schema/comments';
import { useDates } from '../../i18n/useDates';
import { useT } from '../../i18n/useT';
import { CommentComposer } from './CommentComposer';

export interface ThreadActions {
  reply(threadId: string, text: string): CommentProblem | null;
  edit(commentId: string, text: string): CommentProblem | null;
  remove(commentId: string): void;
  setResolved(threadId: string, resolved: boolean): void;
}

/**
 * One thread: its comments in order, each with who wrote it and when; this person's own
 * comments can be edited and deleted. Either person replies, resolves or reopens. With
 * `readOnly` (sharing stopped) nothing can be changed.
 */
export function CommentThreadView({
  thread,
  myRole,
  anchorLabel,
  readOnly,
  actions,
}: {
  thread: CommentThread;
  myRole: CommentRole;
  anchorLabel: string | null;
  readOnly: boolean;
  actions: ThreadActions;
}) {
  const t = useT();
  const dates = useDates();
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const first = thread.comments[0];
  return (
    <article
      className={thread.resolved ? 'comment-thread comment-thread-resolved' : 'comment-thread'}
      aria-label={t('comments.thread.label', { name: first?.authorName ?? '' })}
    >
      {anchorLabel && <p className="comment-anchor">{t('comments.thread.about', { what: anchorLabel })}</p>}
      <ol className="comment-list">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment">
            {editing === comment.id ? (
              <CommentComposer
                label={t('comments.edit.label')}
                submitLabel={t('comments.edit.save')}
                initial={comment.text}
                autoFocus
                onCancel={() => setEditing(null)}
                onSubmit={(text) => {
                  const problem = actions.edit(comment.id, text);
                  if (problem === null) setEditing(null);
                  return problem;
                }}
              />
            ) : (
              <CommentBody
                comment={comment}
                mine={comment.author === myRole}
                readOnly={readOnly}
                when={dates.dayAndTime(comment.createdAt)}
                editedWhen={comment.editedAt === null ? null : dates.dayAndTime(comment.editedAt)}
                onEdit={() => setEditing(comment.id)}
                onDelete={() => actions.remove(comment.id)}
              />
            )}
          </li>
        ))}
      </ol>
      {thread.resolved && (
        <p className="comment-resolved" role="note">
          {t.rich('comments.thread.resolvedBy', {
            name: thread.resolved.name,
            when: dates.dayAndTime(thread.resolved.at),
            bdi: (chunks) => <bdi>{chunks}</bdi>,
          })}
        </p>
      )}
      {!readOnly && (
        <div className="comment-actions">
          {!thread.resolved && !replying && (
            <button type="button" className="button" onClick={() => setReplying(true)}>
              {t('comments.thread.reply')}
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() => actions.setResolved(thread.id, !thread.resolved)}
          >
            {thread.resolved ? t('comments.thread.reopen') : t('comments.thread.resolve')}
          </button>
        </div>
      )}
      {replying && !readOnly && !thread.resolved && (
        <CommentComposer
          label={t('comments.reply.label')}
          submitLabel={t('comments.reply.send')}
          autoFocus
          onCancel={() => setReplying(false)}
          onSubmit={(text) => {
            const problem = actions.reply(thread.id, text);
            if (problem === null) setReplying(false);
            return problem;
          }}
        />
      )}
    </article>
  );
}

function CommentBody({
  comment,
  mine,
  readOnly,
  when,
  editedWhen,
  onEdit,
  onDelete,
}: {
  comment: Comment;
  mine: boolean;
  readOnly: boolean;
  when: string;
  editedWhen: string | null;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <p className="comment-meta">
        <bdi className="comment-author">{mine ? t('comments.comment.you') : comment.authorName}</bdi>{' '}
        <span className="comment-when">{when}</span>
        {editedWhen && !comment.deleted && (
          <span className="comment-edited"> {t('comments.comment.edited', { when: editedWhen })}</span>
        )}
      </p>
      {comment.deleted ? (
        <p className="comment-deleted">{t('comments.comment.deleted')}</p>
      ) : (
        <p className="comment-text">{comment.text}</p>
      )}
      {mine && !readOnly && !comment.deleted && (
        <div className="comment-actions">
          {confirming ? (
            <>
              <span role="status">{t('comments.comment.deleteConfirm')}</span>
              <button type="button" className="button" onClick={onDelete} autoFocus>
                {t('comments.comment.deleteYes')}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('comments.composer.cancel')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button" onClick={onEdit}>
                {t('comments.comment.edit')}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(true)}>
                {t('comments.comment.delete')}
              </button>
            </>
          )}
        </div>
      )}
    </>
  );
}
