import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu, built from Electron's standard roles so every platform gets its
 * native items, shortcuts and translations. Pure: only Electron *types* are imported, so the
 * template for each platform is a plain unit test.
 */
export function buildMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    // macOS puts About, Hide and Quit under the app's own menu; elsewhere Quit is in File.
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      // On macOS About lives in the app menu and the Help menu gets the system search field.
      submenu: isMac ? [] : [{ role: 'about' }],
    },
  ];
}
