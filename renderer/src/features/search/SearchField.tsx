import { Search, X } from 'lucide-react';
import { forwardRef } from 'react';
import { shortcutLabel } from '../../ui/shortcuts';
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
  return (
    <div className="search-field">
      <Search size={16} aria-hidden className="search-field-icon" />
      <input
        ref={ref}
        type="search"
        className="text-input"
        aria-label="Search journal"
        aria-keyshortcuts={`${shortcutLabel('k')} ${shortcutLabel('f')}`}
        placeholder={`Search (${shortcutLabel('k')})`}
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
          aria-label="Clear search"
          onClick={() => onChange('')}
        >
          <X size={14} aria-hidden />
        </button>
      )}
    </div>
  );
});
