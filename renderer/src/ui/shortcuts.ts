import { useEffect, useRef } from 'react';
import { displayLocale } from '../i18n/displayLocale';

/** True on macOS, where the primary modifier is Cmd rather than Ctrl. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** Label for a Mod+key shortcut as the user's platform writes it. */
export function shortcutLabel(key: string, { shift = false } = {}): string {
  return isMac
    ? `${shift ? '⇧' : ''}⌘${key.toUpperCase()}`
    : `Ctrl+${shift ? 'Shift+' : ''}${key.toUpperCase()}`;
}

/**
 * The same shortcut as the person's keyboard names it, for text on screen: German keyboards
 * say "Strg" and "Umschalt". `aria-keyshortcuts` keeps `shortcutLabel`'s fixed names.
 */
export function shortcutText(key: string, options: { shift?: boolean } = {}): string {
  const label = shortcutLabel(key, options);
  if (isMac || displayLocale() !== 'de') return label;
  return label.replace(/^Ctrl\+/, 'Strg+').replace('Shift+', 'Umschalt+');
}

/**
 * Runs `handler` on Mod+key (Cmd on macOS, Ctrl elsewhere) anywhere in the window, including
 * inside text fields and the editor, as desktop apps do for their global shortcuts.
 */
export function useModShortcut(keys: readonly string[], handler: (event: KeyboardEvent) => void): void {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  }, [handler]);
  const keyList = keys.join(',');
  useEffect(() => {
    const wanted = new Set(keyList.split(','));
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = isMac ? event.metaKey : event.ctrlKey;
      if (!mod || event.altKey || event.shiftKey) return;
      if (!wanted.has(event.key.toLowerCase())) return;
      event.preventDefault();
      handlerRef.current(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [keyList]);
}
