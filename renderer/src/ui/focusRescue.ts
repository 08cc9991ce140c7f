import { useEffect } from 'react';

/**
 * Keeps keyboard focus off the page body. When the focused element disappears (the Delete button
 * of an item just deleted, a toast's Undo button, a dialog whose opener is gone, a list hidden by
 * the narrow layout), focus moves to the nearest sensible place instead: the chosen item in the
 * list, the item pane when the list is hidden, the list, or the page's main landmark.
 */

function isShown(element: Element): boolean {
  return element.isConnected && element.getClientRects().length > 0;
}

function firstShown(root: Document, selector: string): HTMLElement | null {
  for (const candidate of root.querySelectorAll<HTMLElement>(selector)) {
    if (isShown(candidate)) return candidate;
  }
  return null;
}

/** Where focus goes, best first; the first one on screen wins. */
const RESCUE_TARGETS: ((root: Document) => HTMLElement | null)[] = [
  // The chosen item in a list (after Undo brings it back, or a search result opened).
  (root) => firstShown(root, '.two-pane-sidebar [aria-current="page"]'),
  // The item's pane, when the narrow layout shows it instead of the list.
  (root) =>
    firstShown(root, '.two-pane-sidebar')
      ? null
      : firstShown(root, '.two-pane[data-detail-shown] .two-pane-main'),
  // The list itself, from its first row (after Delete).
  (root) => firstShown(root, '.two-pane-sidebar .pane-list a[href]'),
  // An empty list: the button that starts its first item.
  (root) => firstShown(root, '[data-primary-action]'),
];

/** The element focus should move to now; `mainId` names the main landmark, the last resort. */
export function focusRescueTarget(root: Document, mainId: string): HTMLElement | null {
  for (const target of RESCUE_TARGETS) {
    const found = target(root);
    if (found) return found;
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

const FOCUS_WAIT_MS = 2_000;

/**
 * Focuses the list row that links to `itemId` as soon as it is on screen (an item brought back
 * by Undo is listed a moment later), giving up after a short while. Focus the person has moved
 * elsewhere meanwhile is left alone.
 */
export function focusListRowWhenShown(itemId: string): void {
  const deadline = performance.now() + FOCUS_WAIT_MS;
  const started = document.activeElement;
  const attempt = () => {
    const active = document.activeElement;
    const moved = active !== started && active !== document.body && active !== null;
    if (moved && active.closest('.two-pane-sidebar') === null) return;
    const row = firstShown(document, `.two-pane-sidebar a[href$="/${CSS.escape(itemId)}"]`);
    if (row) row.focus();
    else if (performance.now() < deadline) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
