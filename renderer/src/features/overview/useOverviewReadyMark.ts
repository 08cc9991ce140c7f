import { useEffect } from 'react';

/**
 * Marks the moment the Growth overview is on screen with its data, for benchmarks and tests:
 * `data-overview-state="ready"` on <html> and a `tandem:overview-ready` performance mark.
 * Unlike the journal's mark it is cleared when the overview goes away, so every visit (the
 * benchmark navigates to it again and again) is timed afresh.
 */
export function useOverviewReadyMark(): void {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.overviewState = 'ready';
    performance.mark('tandem:overview-ready');
    return () => {
      delete root.dataset.overviewState;
    };
  }, []);
}
