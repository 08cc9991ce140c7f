import { describe, expect, it } from 'vitest';
import {
  ariaShortcut,
  formatShortcut,
  isMacPlatform,
  shortcutKeys,
} from '../../../renderer/src/features/editor/shortcuts';
import { setDisplayLocale } from '../../../renderer/src/i18n/displayLocale';

describe('shortcuts', () => {
  it('shows Cmd symbols on macOS and Ctrl+ elsewhere', () => {
    expect(formatShortcut('Mod-b', true)).toBe('⌘B');
    expect(formatShortcut('Mod-Shift-8', true)).toBe('⇧⌘8');
    expect(formatShortcut('Mod-Alt-2', true)).toBe('⌥⌘2');
    expect(formatShortcut('Mod-b', false)).toBe('Ctrl+B');
    expect(formatShortcut('Mod-Shift-8', false)).toBe('Ctrl+Shift+8');
  });

  it('writes aria-keyshortcuts with Meta or Control', () => {
    expect(ariaShortcut('Mod-Shift-k', true)).toBe('Meta+Shift+K');
    expect(ariaShortcut('Mod-Alt-3', false)).toBe('Control+Alt+3');
  });

  it('offers the redo shortcut each platform expects', () => {
    expect(shortcutKeys(true).redo).toBe('Mod-Shift-z');
    expect(shortcutKeys(false).redo).toBe('Mod-y');
    expect(shortcutKeys(false).link).not.toBe('Mod-k');
  });

  it('recognises macOS from the user agent', () => {
    expect(
      isMacPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 Electron/45.5.0'),
    ).toBe(true);
    expect(
      isMacPlatform('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Electron/45.5.0'),
    ).toBe(false);
    expect(isMacPlatform('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36')).toBe(false);
  });

  it('names the modifier keys as a German keyboard does, and leaves the ARIA form alone', () => {
    setDisplayLocale('de');
    try {
      expect(formatShortcut('Mod-Shift-8', false)).toBe('Strg+Umschalt+8');
      expect(formatShortcut('Mod-Shift-8', true)).toBe('⇧⌘8');
      expect(ariaShortcut('Mod-Shift-8', false)).toBe('Control+Shift+8');
    } finally {
      setDisplayLocale('en');
    }
  });
});
