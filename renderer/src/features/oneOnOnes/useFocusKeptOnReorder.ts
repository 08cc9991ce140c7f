import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type * as Y from 'yjs';

/**
 * Keeps keyboard focus where the person left it when the talking points change order, whoever
 * moved them.
 *
 * React reorders keyed rows by moving their DOM nodes, and a focused node that is moved loses
 * focus: after Alt+↓ the point would no longer have it, and when the other person reorders, the
 * point or button this person was on would drop focus to the page. So the focused element inside
 * the list is noted as each change to the agenda begins (`beforeTransaction`, before React
 * renders it) and, once the new order is on screen, given focus back only if that change took it
 * away. Nothing is remembered beyond one change: focus never jumps back to a point later, when
 * the person has gone on to type somewhere else (issue 14: typing after a reorder went nowhere).
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
