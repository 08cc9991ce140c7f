import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SearchHit } from '../../../../shared/search/journalSearch';
import type { JournalSearchService, JournalSearchSnapshot } from '../../services/search/JournalSearchService';

export interface JournalSearchView extends JournalSearchSnapshot {
  hits: SearchHit[];
}

/**
 * Results for `query`, re-run whenever the index changes (an entry indexed or edited, a body
 * loaded for a better snippet). Queries take a few milliseconds even on a 10-year journal, so
 * re-running one per change is cheaper than caching results per query.
 */
export function useJournalSearch(
  service: JournalSearchService,
  query: string,
  limit = 20,
): JournalSearchView {
  const snapshot = useSyncExternalStore(service.subscribe, service.getSnapshot);
  const hits = useMemo(
    () => service.query(query, limit),
    // `revision` is the signal that the same query may now give other results.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [service, query, limit, snapshot.revision],
  );
  useEffect(() => {
    service.loadSnippets(hits);
  }, [service, hits]);
  return { ...snapshot, hits };
}
