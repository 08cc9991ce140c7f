import { X } from 'lucide-react';
import { useId, useState } from 'react';

interface TagEditorProps {
  tags: string[];
  onAdd: (tag: string) => { ok: true } | { ok: false; error: string };
  onRemove: (tag: string) => void;
}

/** Tags as removable chips plus an input; Enter or comma adds, with inline errors. */
export function TagEditor({ tags, onAdd, onRemove }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
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
      <ul aria-label="Tags" className="tag-list">
        {tags.map((tag) => (
          <li key={tag} className="tag">
            #{tag}
            <button
              type="button"
              className="tag-remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onRemove(tag)}
            >
              <X size={12} aria-hidden />
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={inputId} className="visually-hidden">
        Add tag
      </label>
      <input
        id={inputId}
        className="tag-input"
        placeholder="Add tag…"
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
