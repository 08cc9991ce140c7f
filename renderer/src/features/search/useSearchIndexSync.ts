import { useEffect, useRef } from 'react';
import type { VaultEntry } from '../../../../shared/schema/vault';
import type { JournalRepository } from '../../services/journal/JournalRepository';
import type { JournalSearchService } from '../../services/search/JournalSearchService';

const REFRESH_DELAY_MS = 300;

/**
 * Starts search once the journal is on screen (so loading the index never delays the list),
 * and keeps it in step with the vault: new, retitled, deleted and restored entries.
 */
export function useSearchIndexSync(
  search: JournalSearchService,
  journal: JournalRepository,
  entries: readonly VaultEntry[],
): void {
  const latest = useRef(entries);
  useEffect(() => {
    latest.current = entries;
  }, [entries]);

  useEffect(() => {
    if (search.hasStarted) return;
    const timer = setTimeout(() => {
      if (search.hasStarted) return;
      search
        .start({ entries: latest.current, loadBodyText: (id) => journal.bodyText(id) })
        .catch((error: unknown) => {
          console.warn('Tandem search could not start', error);
        });
    }, 0);
    return () => clearTimeout(timer);
  }, [search, journal]);

  useEffect(() => {
    const timer = setTimeout(() => void search.refresh(entries), REFRESH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, entries]);
}
