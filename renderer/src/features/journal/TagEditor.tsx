import { X } from 'lucide-react';
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';

interface TagEditorProps {
  tags: string[];
  onAdd: (tag: string) => { ok: true } | { ok: false; error: ReactNode };
  onRemove: (tag: string) => void;
}

/** Tags as removable chips plus an input; Enter or comma adds, with inline errors. */
export function TagEditor({ tags, onAdd, onRemove }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const t = useT();
  const [error, setError] = useState<ReactNode>(null);
  const inputId = useId();
  const errorId = useId();

  const commit = () => {
    if (draft.trim() === '') return;
    const result = onAdd(draft);
    if (result.ok) {
      setDraft('');
      setError(null);
    } else setError(result.error);
  };

  return (
    <div className="tag-editor">
      <ul aria-label={t('journal.tags.label')} className="tag-list">
        {tags.map((tag) => (
          <li key={tag} className="tag">
            #{tag}
            <button
              type="button"
              className="tag-remove"
              aria-label={t('journal.tags.remove', { tag })}
              onClick={() => onRemove(tag)}
            >
              <X size={12} aria-hidden />
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={inputId} className="visually-hidden">
        {t('journal.tags.add')}
      </label>
      <input
        id={inputId}
        className="tag-input"
        placeholder={t('journal.tags.placeholder')}
        value={draft}
        maxLength={60}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setDraft(e.target.value.replace(',', ''));
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Backspace' && draft === '' && tags.length > 0) {
            onRemove(tags[tags.length - 1] ?? '');
          }
        }}
        onBlur={commit}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
