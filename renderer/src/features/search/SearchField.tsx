import { Search, X } from 'lucide-react';
import { forwardRef } from 'react';
import { useT } from '../../i18n/useT';
import { shortcutLabel, shortcutText } from '../../ui/shortcuts';
import './search.css';

interface SearchFieldProps {
  value: string;
  onChange: (value: string) => void;
}

/** The journal's search box; Escape clears it. */
export const SearchField = forwardRef<HTMLInputElement, SearchFieldProps>(function SearchField(
  { value, onChange },
  ref,
) {
  const t = useT();
  return (
    <div className="search-field">
      <Search size={16} aria-hidden className="search-field-icon" />
      <input
        ref={ref}
        type="search"
        className="text-input"
        aria-label={t('search.field.label')}
        aria-keyshortcuts={`${shortcutLabel('k')} ${shortcutLabel('f')}`}
        placeholder={t('search.field.placeholder', { shortcut: shortcutText('k') })}
        value={value}
        maxLength={200}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value !== '') {
            e.preventDefault();
            onChange('');
          }
        }}
      />
      {value !== '' && (
        <button
          type="button"
          className="search-field-clear"
          aria-label={t('search.field.clear')}
          onClick={() => onChange('')}
        >
          <X size={14} aria-hidden />
        </button>
      )}
    </div>
  );
});
