import { useEffect } from 'react';

/**
 * Keeps keyboard focus off the page body. When the focused element disappears (the Delete button
 * of an item just deleted, a toast's Undo button, a dialog whose opener is gone, a list hidden by
 * the narrow layout), focus moves to the nearest sensible place instead: the chosen item in the
 * list, the item pane when the list is hidden, the list, or the page's main landmark.
 */

/** Where focus goes, best first. The first one that is on screen wins. */
const RESCUE_TARGETS = [
  // The chosen item in a list (after Undo brings it back, or a search result opened).
  '.two-pane-sidebar [aria-current="page"]',
  // The detail pane, when it is on screen and the list is not (the narrow layout).
  '.two-pane[data-detail-shown] .two-pane-main',
  // The list itself, from its first row (after Delete).
  '.two-pane-sidebar .pane-list a[href]',
];

function isShown(element: Element): boolean {
  return element.isConnected && element.getClientRects().length > 0;
}

/** The element focus should move to now; `mainId` names the main landmark, the last resort. */
export function focusRescueTarget(root: Document, mainId: string): HTMLElement | null {
  for (const selector of RESCUE_TARGETS) {
    for (const candidate of root.querySelectorAll<HTMLElement>(selector)) {
      if (isShown(candidate)) return candidate;
    }
  }
  return root.getElementById(mainId);
}

/** Installs the rescue while the shell is on screen. */
export function useFocusRescue(mainId: string): void {
  useEffect(() => {
    let lastFocused: Element | null = document.activeElement;
    let pending = 0;
    const onFocusIn = (event: FocusEvent) => {
      lastFocused = event.target instanceof Element ? event.target : null;
    };
    const check = () => {
      pending = 0;
      const active = document.activeElement;
      if (active !== null && active !== document.body) return;
      // Focus the person moved to nothing on purpose (clicking empty space) stays where it is.
      if (lastFocused === null || isShown(lastFocused)) return;
      lastFocused = null;
      focusRescueTarget(document, mainId)?.focus({ preventScroll: false });
    };
    // The node is removed (or hidden) by a render; what replaces it may come a frame later
    // (the restored item's row), so look after the next frame, not in the same task.
    const observer = new MutationObserver(() => {
      if (pending === 0) pending = requestAnimationFrame(() => requestAnimationFrame(check));
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-detail-shown', 'hidden'],
    });
    document.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      if (pending !== 0) cancelAnimationFrame(pending);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [mainId]);
}
