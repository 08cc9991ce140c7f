import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type * as Y from 'yjs';

/**
 * Keeps keyboard focus with the point being moved when the move takes it from its control, and
 * otherwise leaves focus alone, whoever reordered.
 *
 * React itself puts focus back on the element that had it after each commit, so a row whose DOM
 * node is moved keeps focus (checked in Chromium). What it cannot put back is focus on a move
 * button that the move disabled — "Move up" once the point is first: Chromium drops focus from a
 * disabled control to the page, and the next key press goes nowhere. So the focused element in
 * the list is noted as each change to the agenda begins (`beforeTransaction`, before React
 * renders it); once the new order is on screen, if that element lost focus or can no longer
 * hold it, focus goes to it again or to its point's row. Nothing is remembered beyond one
 * change: focus never jumps back later, when the person has gone on to type elsewhere (the bug
 * of issue 14 was exactly such a remembered "focus this point after the move").
 */
export function useFocusKeptOnReorder(
  agenda: Y.Doc,
  list: RefObject<HTMLElement | null>,
  orderKey: string,
): void {
  const focusedAtChange = useRef<HTMLElement | null>(null);
  const shownOrder = useRef(orderKey);

  useEffect(() => {
    const remember = () => {
      const active = document.activeElement;
      focusedAtChange.current =
        active instanceof HTMLElement && list.current?.contains(active) ? active : null;
    };
    agenda.on('beforeTransaction', remember);
    return () => agenda.off('beforeTransaction', remember);
  }, [agenda, list]);

  useLayoutEffect(() => {
    if (shownOrder.current === orderKey) return;
    shownOrder.current = orderKey;
    const element = focusedAtChange.current;
    focusedAtChange.current = null;
    if (!element) return;
    const active = document.activeElement;
    // Focus is somewhere else the person put it: leave it there.
    if (active && active !== document.body && active !== element) return;
    const usable = element.isConnected && !(element instanceof HTMLButtonElement && element.disabled);
    const target = usable ? element : element.closest<HTMLElement>('[data-point-id]');
    if (target?.isConnected && target !== active) target.focus();
  }, [orderKey]);
}
