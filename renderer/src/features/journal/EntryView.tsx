import { Trash2 } from 'lucide-react';
import { useCallback, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { findTemplate } from '../../../../shared/journal/templates';
import { useT, type Translate } from '../../i18n/useT';
import {
  MAX_TITLE_LENGTH,
  addReflectionTag,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  type TagProblem,
  readReflectionMeta,
  readReflectionTags,
  reflectionBody,
  reflectionMeta,
  reflectionTags,
  removeReflectionTag,
  setReflectionTitle,
} from '../../../../shared/schema/reflection';
import type { OpenDocument } from '../../data/DocumentStore';
import { useYSnapshot } from '../../data/useYSnapshot';
import { PaneError } from '../../ui/DocumentPane';
import { RichTextEditor } from '../editor';
import { formatEntryDate } from '../../ui/dates';
import type { ReceivedItem } from '../../services/sharing/useReceivedItems';
import { EntryLinks } from './EntryLinks';
import { EntrySharing } from './EntrySharing';
import { CommentsSection } from '../comments';
import { ItemHistory } from '../history';
import { TagEditor } from './TagEditor';

interface EntryViewProps {
  item: OpenDocument;
  vault: Y.Doc;
  now: () => number;
  wordCount: number;
  focusTitle?: boolean;
  onDelete: () => void;
  onOpenLink: (url: string) => void;
  /** Set when someone shared this reflection with this user: it is theirs, shown read-only. */
  received?: ReceivedItem | undefined;
}

/**
 * One reflection, editable: title, tags and the rich-text body. A reflection someone shared
 * with this user is shown read-only, with who wrote it (their side takes in no change anyway).
 */
export function EntryView({
  item,
  vault,
  now,
  wordCount,
  focusTitle = false,
  onDelete,
  onOpenLink,
  received,
}: EntryViewProps) {
  const { doc } = item;
  const readMeta = useCallback(() => {
    try {
      return readReflectionMeta(doc);
    } catch {
      return null;
    }
  }, [doc]);
  const meta = useYSnapshot(reflectionMeta(doc), readMeta);
  const readTags = useCallback(() => readReflectionTags(doc), [doc]);
  const tags = useYSnapshot(reflectionTags(doc), readTags);
  const t = useT();
  const addTag = (tag: string) => {
    const result = addReflectionTag(doc, tag, now());
    return result.ok ? result : { ok: false as const, error: describeTagProblem(result, t) };
  };

  if (!meta) {
    return <PaneError>{t('journal.entry.unreadable')}</PaneError>;
  }
  // The template's name in the window's language, whatever language the entry was written in.
  const template = findTemplate(meta.templateId, t);

  return (
    <article className="entry" data-entry-id={meta.id}>
      <header className="entry-header">
        <label htmlFor="entry-title" className="visually-hidden">
          {t('journal.entry.titleLabel')}
        </label>
        {/* A one-line title that wraps instead of clipping long titles; Enter moves to the body. */}
        <textarea
          id="entry-title"
          className="entry-title"
          rows={1}
          value={meta.title}
          placeholder={t('journal.untitled')}
          maxLength={MAX_TITLE_LENGTH}
          autoFocus={focusTitle && received === undefined}
          readOnly={received !== undefined}
          onChange={(e) => setReflectionTitle(doc, e.target.value.replace(/[\r\n]+/g, ' '), now())}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            e.currentTarget.closest('article')?.querySelector<HTMLElement>('.ProseMirror')?.focus();
          }}
        />
        <button type="button" className="button" data-variant="danger" onClick={onDelete}>
          <Trash2 size={16} aria-hidden /> {t('journal.entry.delete')}
        </button>
      </header>
      <p className="entry-meta">
        {t('journal.entry.meta', {
          date: formatEntryDate(meta.createdAt),
          template: template && template.id !== 'blank' ? template.name : 'none',
          words: wordCount,
        })}
      </p>
      <EntrySharing doc={doc} docId={item.docId} title={meta.title} received={received} />
      {received ? (
        <ReadOnlyTags tags={tags} />
      ) : (
        <>
          <TagEditor tags={tags} onAdd={addTag} onRemove={(tag) => removeReflectionTag(doc, tag, now())} />
          <EntryLinks doc={doc} vault={vault} />
        </>
      )}
      <RichTextEditor
        key={item.docId}
        readOnly={received !== undefined}
        fragment={reflectionBody(doc)}
        label={t('journal.entry.bodyLabel')}
        placeholder={t('journal.entry.bodyPlaceholder')}
        onOpenLink={onOpenLink}
      />
      <ItemHistory itemId={item.docId.slice('item:'.length)} item={doc} readOnly={received !== undefined} />
      <CommentsSection itemId={item.docId.slice('item:'.length)} />
    </article>
  );
}

function ReadOnlyTags({ tags }: { tags: readonly string[] }) {
  const t = useT();
  if (tags.length === 0) return null;
  return (
    <ul aria-label={t('journal.tags.label')} className="tag-list">
      {tags.map((tag) => (
        <li key={tag} className="tag">
          #{tag}
        </li>
      ))}
    </ul>
  );
}

/** Why a tag was not added, in the person's language. */
function describeTagProblem({ problem, tag }: TagProblem, t: Translate): ReactNode {
  switch (problem) {
    case 'empty':
      return t('journal.tags.empty');
    case 'tooLong':
      return t('journal.tags.tooLong', { max: MAX_TAG_LENGTH });
    case 'duplicate':
      return t.rich('journal.tags.duplicate', { tag: <bdi>{tag}</bdi> });
    case 'tooMany':
      return t('journal.tags.tooMany', { max: MAX_TAGS });
  }
}
