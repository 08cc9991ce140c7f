import type * as Y from 'yjs';
import { z } from 'zod';
import {
  createRecord,
  readMergedRecords,
  recordMaps,
  setRecordField,
  type RecordMaps,
} from './meetingRecords';

/**
 * The comments on one shared item (issue 17, point 2), in a document of their own beside it:
 * `comments:<itemId>` beside `item:<itemId>`. A sibling document rather than a map in the item,
 * because the item may be read-only for the other person (a reflection stays its writer's words)
 * while both may comment. It follows the item's consent exactly (spaceConsent.ts,
 * `spaceCovers`): it flows only while the item is shared and accepted, and stops with it. A
 * private item has no comments document: the window creates one only for a shared item.
 *
 * Comments are records kept as a shared one-on-one's are (meetingRecords.ts): a base written once
 * (author, thread, anchor, first text) and one key per later edit (`text`, `editedAt`,
 * `deleted`, and a thread's `resolved`), so concurrent edits of different fields both survive.
 * The peer can write anything into this document, so every record is checked when read, and
 * main refuses a peer's change to what this side wrote (commentGuard.ts).
 */

export const COMMENTS_DOC_PREFIX = 'comments:';
export const COMMENTS_SCHEMA_VERSION = 1;
export const MAX_COMMENT_LENGTH = 4000;
export const MAX_COMMENTS_PER_ITEM = 2000;
const MAX_NAME_LENGTH = 80;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const commentsDocId = (itemId: string): `comments:${string}` => `${COMMENTS_DOC_PREFIX}${itemId}`;

/** The item a comments document belongs to, or null when `docId` is not one. */
export function itemIdOfCommentsDoc(docId: string): string | null {
  if (!docId.startsWith(COMMENTS_DOC_PREFIX)) return null;
  const id = docId.slice(COMMENTS_DOC_PREFIX.length);
  return ID_PATTERN.test(id) ? id : null;
}

export const commentRoleSchema = z.enum(['employee', 'manager']);
export type CommentRole = z.infer<typeof commentRoleSchema>;

const idSchema = z.string().regex(ID_PATTERN);
const instantSchema = z.number().int().nonnegative().max(8.64e15);

const resolvedSchema = z
  .object({ by: commentRoleSchema, name: z.string().max(MAX_NAME_LENGTH), at: instantSchema })
  .strict();

/** A comment as stored (base and fields merged); anything else in the document is not shown. */
const storedCommentSchema = z.object({
  id: idSchema,
  /** The thread's first comment; a reply names it. Absent on a thread's first comment. */
  replyTo: idSchema.optional(),
  /** What the thread is about inside the item (a plan's milestone id); absent: the whole item. */
  anchor: idSchema.optional(),
  author: commentRoleSchema,
  authorName: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  createdAt: instantSchema,
  text: z.string().max(MAX_COMMENT_LENGTH),
  editedAt: instantSchema.optional(),
  deleted: z.literal(true).optional(),
  resolved: resolvedSchema.nullable().optional(),
});
export type StoredComment = z.infer<typeof storedCommentSchema>;

export interface Comment {
  id: string;
  author: CommentRole;
  authorName: string;
  createdAt: number;
  /** Empty once deleted (the place in the thread stays, saying it was deleted). */
  text: string;
  editedAt: number | null;
  deleted: boolean;
}

export interface CommentThread {
  id: string;
  anchor: string | null;
  resolved: { by: CommentRole; name: string; at: number } | null;
  /** The first comment, then the replies oldest first. */
  comments: Comment[];
}

export interface CommentsView {
  threads: CommentThread[];
  /** Records that are malformed, too long or orphaned: not shown. */
  ignored: number;
}

const maps = (doc: Y.Doc): RecordMaps => recordMaps(doc, 'comments');

/** Marks a new comments document (inside the caller's transaction, or on its own). */
export function initComments(doc: Y.Doc, itemId: string): void {
  const meta = doc.getMap<unknown>('meta');
  if (meta.get('kind') === 'comments') return;
  doc.transact(() => {
    meta.set('schemaVersion', COMMENTS_SCHEMA_VERSION);
    meta.set('kind', 'comments');
    meta.set('itemId', itemId);
  });
}

/** Why a comment cannot be written, for the window to say in words. */
export type CommentProblem = 'empty' | 'tooLong' | 'notYours' | 'unknown' | 'full';

export function checkCommentText(text: string): CommentProblem | null {
  if (text.trim().length === 0) return 'empty';
  if (text.length > MAX_COMMENT_LENGTH) return 'tooLong';
  return null;
}

export interface NewComment {
  id: string;
  author: CommentRole;
  authorName: string;
  text: string;
  now: number;
  replyTo?: string;
  anchor?: string;
}

export function addComment(doc: Y.Doc, comment: NewComment): CommentProblem | null {
  const problem = checkCommentText(comment.text);
  if (problem) return problem;
  const m = maps(doc);
  if (m.base.size >= MAX_COMMENTS_PER_ITEM) return 'full';
  if (comment.replyTo !== undefined && !m.base.has(comment.replyTo)) return 'unknown';
  const base: Record<string, unknown> = {
    author: comment.author,
    authorName: comment.authorName.slice(0, MAX_NAME_LENGTH),
    createdAt: comment.now,
    text: comment.text,
  };
  if (comment.replyTo !== undefined) base.replyTo = comment.replyTo;
  if (comment.anchor !== undefined) base.anchor = comment.anchor;
  doc.transact(() => createRecord(m, comment.id, base));
  return null;
}

function ownComment(doc: Y.Doc, id: string, role: CommentRole): CommentProblem | null {
  const record = readMergedRecords(maps(doc)).get(id);
  if (!record) return 'unknown';
  return record.author === role ? null : 'notYours';
}

/** Changes the text of one of this person's own comments. */
export function editComment(doc: Y.Doc, id: string, role: CommentRole, text: string, now: number) {
  const problem = ownComment(doc, id, role) ?? checkCommentText(text);
  if (problem) return problem;
  const m = maps(doc);
  doc.transact(() => {
    setRecordField(m, id, 'text', text);
    setRecordField(m, id, 'editedAt', now);
  });
  return null;
}

/** Deletes one of this person's own comments: its text goes, its place in the thread stays. */
export function deleteComment(doc: Y.Doc, id: string, role: CommentRole): CommentProblem | null {
  const problem = ownComment(doc, id, role);
  if (problem) return problem;
  const m = maps(doc);
  doc.transact(() => {
    setRecordField(m, id, 'deleted', true);
    setRecordField(m, id, 'text', '');
  });
  return null;
}

/** Resolves a thread (either person may), or reopens it with `null`. */
export function setThreadResolved(
  doc: Y.Doc,
  threadId: string,
  resolved: { by: CommentRole; name: string; at: number } | null,
): CommentProblem | null {
  const m = maps(doc);
  if (!m.base.has(threadId)) return 'unknown';
  doc.transact(() => setRecordField(m, threadId, 'resolved', resolved));
  return null;
}

/** Every stored comment that reads as one, by id, and how many records did not. */
export function readStoredComments(doc: Y.Doc): { comments: Map<string, StoredComment>; ignored: number } {
  const comments = new Map<string, StoredComment>();
  let ignored = 0;
  for (const [id, record] of readMergedRecords(maps(doc))) {
    const parsed = storedCommentSchema.safeParse(record);
    if (parsed.success && parsed.data.id === id) comments.set(id, parsed.data);
    else ignored += 1;
  }
  return { comments, ignored };
}

/** The comments as threads, oldest thread first; replies to a reply or to nothing are ignored. */
export function readComments(doc: Y.Doc): CommentsView {
  const { comments, ignored: malformed } = readStoredComments(doc);
  let ignored = malformed;
  const threads = new Map<string, CommentThread>();
  const toComment = (c: StoredComment): Comment => ({
    id: c.id,
    author: c.author,
    authorName: c.authorName,
    createdAt: c.createdAt,
    text: c.deleted ? '' : c.text,
    editedAt: c.editedAt ?? null,
    deleted: c.deleted === true,
  });
  const byTime = [...comments.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  for (const c of byTime) {
    if (c.replyTo !== undefined) continue;
    threads.set(c.id, {
      id: c.id,
      anchor: c.anchor ?? null,
      resolved: c.resolved ?? null,
      comments: [toComment(c)],
    });
  }
  for (const c of byTime) {
    if (c.replyTo === undefined) continue;
    const thread = threads.get(c.replyTo);
    if (thread) thread.comments.push(toComment(c));
    else ignored += 1;
  }
  return { threads: [...threads.values()], ignored };
}
