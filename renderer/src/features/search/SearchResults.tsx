import { Link } from 'react-router';
import type { JournalSearchService } from '../../services/search/JournalSearchService';
import { useT } from '../../i18n/useT';
import { Highlighted } from './Highlighted';
import { useJournalSearch } from './useJournalSearch';
import './search.css';

interface SearchResultsProps {
  search: JournalSearchService;
  query: string;
  selectedId: string | null;
}

/** Matches for the query over titles, tags and bodies, best first, with the matched words marked. */
export function SearchResults({ search, query, selectedId }: SearchResultsProps) {
  const { hits, status, indexedCount, totalCount } = useJournalSearch(search, query);
  const t = useT();
  return (
    <div className="search-results pane-list" data-testid="search-results" data-query={query}>
      <p className="search-summary" role="status" aria-live="polite">
        {t('search.results.summary', {
          count: hits.length,
          indexing: status === 'ready' ? 'no' : 'yes',
          indexed: indexedCount,
          total: totalCount,
        })}
      </p>
      <ul aria-label={t('search.results.label')}>
        {hits.map((hit) => (
          <li key={hit.id}>
            <Link
              to={`/journal/${hit.id}`}
              className="list-item"
              aria-current={hit.id === selectedId ? 'page' : undefined}
            >
              <span className="journal-entry-title">
                <Highlighted
                  text={hit.title.trim() || t('search.results.untitled')}
                  ranges={hit.titleRanges}
                />
              </span>
              {hit.snippet && (
                <span className="journal-entry-excerpt">
                  <Highlighted text={hit.snippet.text} ranges={hit.snippet.ranges} />
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
