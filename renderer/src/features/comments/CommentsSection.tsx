import { useCallback, useId, useState } from 'react';
import type * as Y from 'yjs';
import {
  addComment,
  commentsDocId,
  deleteComment,
  editComment,
  initComments,
  readComments,
  setThreadResolved,
  type CommentRole,
} from '../../../../shared/schema/comments';
import { newItemId } from '../../../../shared/schema/ids';
import { useDocSnapshot } from '../../data/useDocSnapshot';
import { useOpenDocument } from '../../data/useOpenDocument';
import { useT } from '../../i18n/useT';
import { useAppServices } from '../../services/AppServicesContext';
import { useProfile } from '../../services/useVault';
import { defaultSharingClient, useItemSpace, type ItemSpace, type SharingClient } from '../sharing';
import { CommentComposer } from './CommentComposer';
import { CommentThreadView, type ThreadActions } from './CommentThreadView';
import './comments.css';

export interface CommentAnchor {
  id: string;
  label: string;
}

/**
 * The conversation beside a shared goal, plan or reflection (issue 17, point 2): threads either
 * person starts, replies, edits of one's own words, resolving. Only for an item shared in a
 * space: a private item shows nothing and has no comments document. Once sharing stopped, what
 * was said stays readable and nothing new can be written.
 */
export function CommentsSection(props: {
  itemId: string;
  anchors?: readonly CommentAnchor[];
  client?: SharingClient;
}) {
  const [client] = useState(() => props.client ?? defaultSharingClient());
  if (!client) return null;
  return <SharedItemComments {...props} client={client} />;
}

function SharedItemComments({
  itemId,
  anchors,
  client,
}: {
  itemId: string;
  anchors?: readonly CommentAnchor[];
  client: SharingClient;
}) {
  const space = useItemSpace(`item:${itemId}`, client);
  if (!space) return null;
  return <CommentsOf itemId={itemId} anchors={anchors} space={space} />;
}

function CommentsOf({
  itemId,
  anchors,
  space,
}: {
  itemId: string;
  anchors?: readonly CommentAnchor[];
  space: ItemSpace;
}) {
  const { store } = useAppServices();
  const opened = useOpenDocument(commentsDocId(itemId), (docId) => store.open(docId));
  if (opened.status !== 'ready') return null;
  return <CommentsPanel doc={opened.item.doc} itemId={itemId} anchors={anchors} space={space} />;
}

function CommentsPanel({
  doc,
  itemId,
  anchors,
  space,
}: {
  doc: Y.Doc;
  itemId: string;
  anchors?: readonly CommentAnchor[];
  space: ItemSpace;
}) {
  const t = useT();
  const { vault, now } = useAppServices();
  const myName = useProfile(vault.doc).displayName.trim() || t('comments.comment.you');
  const view = useDocSnapshot(doc, readComments);
  const [showResolved, setShowResolved] = useState(false);
  const headingId = useId();
  const role: CommentRole = space.myRole;
  const readOnly = !space.live;

  const write = useCallback(
    (replyTo: string | undefined, text: string, anchor: string | undefined) => {
      initComments(doc, itemId);
      return addComment(doc, {
        id: newItemId(),
        author: role,
        authorName: myName,
        text,
        now: now(),
        ...(replyTo === undefined ? {} : { replyTo }),
        ...(anchor === undefined ? {} : { anchor }),
      });
    },
    [doc, itemId, role, myName, now],
  );
  const actions: ThreadActions = {
    reply: (threadId, text) => write(threadId, text, undefined),
    edit: (commentId, text) => editComment(doc, commentId, role, text, now()),
    remove: (commentId) => void deleteComment(doc, commentId, role),
    setResolved: (threadId, resolved) =>
      void setThreadResolved(doc, threadId, resolved ? { by: role, name: myName, at: now() } : null),
  };

  if (readOnly && view.threads.length === 0) return null;
  const open = view.threads.filter((thread) => !thread.resolved);
  const resolved = view.threads.filter((thread) => thread.resolved);
  const anchorLabel = (id: string | null) =>
    id === null ? null : (anchors?.find((a) => a.id === id)?.label ?? t('comments.thread.removedAnchor'));
  const shown = showResolved ? [...open, ...resolved] : open;

  return (
    <section className="comments" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t.rich('comments.heading', { name: space.peerName, bdi: (chunks) => <bdi>{chunks}</bdi> })}
      </h2>
      <p className="comment-hint">
        {readOnly
          ? t.rich('comments.stopped', { name: space.peerName, bdi: (chunks) => <bdi>{chunks}</bdi> })
          : t.rich('comments.lead', { name: space.peerName, bdi: (chunks) => <bdi>{chunks}</bdi> })}
      </p>
      <p role="status" className="comment-count">
        {t('comments.count', { open: open.length, resolved: resolved.length })}
      </p>
      {view.ignored > 0 && (
        <p className="comment-problem" role="note">
          {t('comments.ignored', { count: view.ignored })}
        </p>
      )}
      {shown.map((thread) => (
        <CommentThreadView
          key={thread.id}
          thread={thread}
          myRole={role}
          anchorLabel={anchorLabel(thread.anchor)}
          readOnly={readOnly}
          actions={actions}
        />
      ))}
      {resolved.length > 0 && (
        <button
          type="button"
          className="button"
          aria-expanded={showResolved}
          onClick={() => setShowResolved((value) => !value)}
        >
          {showResolved ? t('comments.hideResolved') : t('comments.showResolved', { count: resolved.length })}
        </button>
      )}
      {!readOnly && (
        <CommentComposer
          label={t('comments.composer.label')}
          submitLabel={t('comments.composer.send')}
          anchors={anchors}
          onSubmit={(text, anchor) => write(undefined, text, anchor)}
        />
      )}
    </section>
  );
}
