import { displayLocale } from '../../i18n/displayLocale';

/**
 * Keyboard shortcuts shown on the toolbar, written once in ProseMirror's notation (`Mod-b`)
 * and rendered for the platform: ⌘ symbols on macOS, `Ctrl+` elsewhere.
 */

export interface Shortcuts {
  heading2: string;
  heading3: string;
  bold: string;
  italic: string;
  bulletList: string;
  orderedList: string;
  taskList: string;
  link: string;
  undo: string;
  redo: string;
}

/** ProseMirror key names, as the extensions bind them (see each extension's keymap). */
export function shortcutKeys(isMac: boolean): Shortcuts {
  return {
    heading2: 'Mod-Alt-2',
    heading3: 'Mod-Alt-3',
    bold: 'Mod-b',
    italic: 'Mod-i',
    bulletList: 'Mod-Shift-8',
    orderedList: 'Mod-Shift-7',
    taskList: 'Mod-Shift-9',
    // Not Mod-k: the app's command palette owns Ctrl/Cmd+K everywhere.
    link: 'Mod-Shift-k',
    undo: 'Mod-z',
    // Both are bound by y-tiptap; show the one each platform's users expect.
    redo: isMac ? 'Mod-Shift-z' : 'Mod-y',
  };
}

/** The user agent names the OS in Electron too (`navigator.platform` is deprecated). */
export function isMacPlatform(userAgent: string = navigator.userAgent): boolean {
  return /Macintosh|Mac OS X|iPhone|iPad/i.test(userAgent);
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Alt: '⌥', Shift: '⇧', Ctrl: '⌃' };
const MAC_ORDER = ['Ctrl', 'Alt', 'Shift', 'Mod'];

/** `Mod-Shift-8` → `⇧⌘8` on macOS, `Ctrl+Shift+8` elsewhere (`Strg+Umschalt+8` in German). */
export function formatShortcut(keys: string, isMac: boolean): string {
  const parts = keys.split('-');
  const key = (parts.pop() ?? '').toUpperCase();
  if (isMac) {
    const mods = MAC_ORDER.filter((m) => parts.includes(m)).map((m) => MAC_SYMBOLS[m] ?? m);
    return `${mods.join('')}${key}`;
  }
  const mods = parts.map((m) => (m === 'Mod' ? 'Ctrl' : m));
  // German keyboards name their modifier keys differently.
  const names = displayLocale() === 'de' ? GERMAN_KEYS : {};
  return [...mods.map((m) => names[m] ?? m), key].join('+');
}

const GERMAN_KEYS: Readonly<Record<string, string>> = { Ctrl: 'Strg', Shift: 'Umschalt' };

/** The same shortcut in `aria-keyshortcuts` syntax, so assistive tech can announce it. */
export function ariaShortcut(keys: string, isMac: boolean): string {
  const parts = keys.split('-');
  const key = (parts.pop() ?? '').toUpperCase();
  const mods = parts.map((m) => (m === 'Mod' ? (isMac ? 'Meta' : 'Control') : m));
  return [...mods, key].join('+');
}
