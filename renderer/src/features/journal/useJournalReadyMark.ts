import { useEffect } from 'react';

/**
 * Marks the moment the journal list is on screen and interactive, for benchmarks and tests:
 * `data-journal-state="ready"` on <html> and a `tandem:journal-ready` performance mark.
 */
export function useJournalReadyMark(): void {
  useEffect(() => {
    const root = document.documentElement;
    if (root.dataset.journalState === 'ready') return;
    root.dataset.journalState = 'ready';
    performance.mark('tandem:journal-ready');
  }, []);
}
