import { Trash2 } from 'lucide-react';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { findTemplate } from '../../../../shared/journal/templates';
import {
  MAX_TITLE_LENGTH,
  addReflectionTag,
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

  if (!meta) {
    return <PaneError>This entry’s details could not be read. Its data has been kept as it is.</PaneError>;
  }
  const template = findTemplate(meta.templateId);

  return (
    <article className="entry" data-entry-id={meta.id}>
      <header className="entry-header">
        <label htmlFor="entry-title" className="visually-hidden">
          Title
        </label>
        {/* A one-line title that wraps instead of clipping long titles; Enter moves to the body. */}
        <textarea
          id="entry-title"
          className="entry-title"
          rows={1}
          value={meta.title}
          placeholder="Untitled"
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
          <Trash2 size={16} aria-hidden /> Delete
        </button>
      </header>
      <p className="entry-meta">
        Written {formatEntryDate(meta.createdAt)}
        {template && template.id !== 'blank' ? ` · ${template.name}` : ''} · {wordCount}{' '}
        {wordCount === 1 ? 'word' : 'words'}
      </p>
      <EntrySharing doc={doc} docId={item.docId} title={meta.title} received={received} />
      {received ? (
        <ReadOnlyTags tags={tags} />
      ) : (
        <>
          <TagEditor
            tags={tags}
            onAdd={(tag) => addReflectionTag(doc, tag, now())}
            onRemove={(tag) => removeReflectionTag(doc, tag, now())}
          />
          <EntryLinks doc={doc} vault={vault} />
        </>
      )}
      <RichTextEditor
        key={item.docId}
        readOnly={received !== undefined}
        fragment={reflectionBody(doc)}
        label="Entry body"
        placeholder="Write freely — this stays on your computer."
        onOpenLink={onOpenLink}
      />
    </article>
  );
}

function ReadOnlyTags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="tag-list">
      {tags.map((tag) => (
        <li key={tag} className="tag">
          #{tag}
        </li>
      ))}
    </ul>
  );
}
